import { z } from 'zod';
import { method } from '../define';
import { Annotation, AnnotationInput, AnnotationSubject, OffchainLink } from '../../domain/annotation';
import { Chain } from '../../domain/chain';

export const TABLE_IDS = ['transactions', 'addresses', 'findings', 'sources', 'audit'] as const;
export const TableId = z.enum(TABLE_IDS);
export type TableId = z.infer<typeof TableId>;

/** Column keys are checked against the table's whitelist by the engine; they never reach SQL as text. */
const ColumnKey = z.string().regex(/^[a-z_]{1,40}$/, 'expected a column key');

export const TableQuery = z
  .object({
    table: TableId,
    sort: z.object({ column: ColumnKey, direction: z.enum(['asc', 'desc']).default('asc') }).strict().nullable().default(null),
    /** Case-insensitive substring over the text columns; per-column filters narrow further. */
    filter: z
      .object({
        text: z.string().max(200).default(''),
        columns: z.record(ColumnKey, z.string().max(200)).default({}),
        /** The graph's time window [from, to] in unix seconds; tables without chain times (sources, audit) ignore it. */
        timeWindow: z
          .tuple([z.number().int(), z.number().int()])
          .refine(([from, to]) => from <= to, 'expected from <= to')
          .nullable()
          .default(null),
      })
      .strict()
      .prefault({}),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type TableQuery = z.input<typeof TableQuery>;

export const TableColumn = z.object({ key: z.string(), label: z.string(), kind: z.enum(['text', 'number', 'time', 'iso']) });
export type TableColumn = z.infer<typeof TableColumn>;
export const TableCell = z.union([z.string(), z.number(), z.null()]);
export type TableCell = z.infer<typeof TableCell>;

export const TablePage = z.object({
  table: TableId,
  columns: z.array(TableColumn),
  rows: z.array(z.array(TableCell)),
  /** Rows matching the filter (not just this page). */
  total: z.number().int(),
  offset: z.number().int(),
});
export type TablePage = z.infer<typeof TablePage>;

export const workspaceMethods = {
  'annotations.list': method({
    summary: 'Annotations on one address, transaction, edge or cluster, newest first, with their off-chain links.',
    params: z.object({ subject: AnnotationSubject }).strict(),
    result: z.array(Annotation),
  }),
  'annotations.add': method({
    summary: 'Add a note/labels or a typed hash-rental deposit (which links the deposit to its payout address); audited.',
    params: z.object({ subject: AnnotationSubject, annotation: AnnotationInput }).strict(),
    result: Annotation,
  }),
  'annotations.update': method({
    summary: 'Replace an annotation\'s fields (and its off-chain link); audited.',
    params: z.object({ id: z.number().int().min(1), annotation: AnnotationInput }).strict(),
    result: Annotation,
  }),
  'annotations.delete': method({
    summary: 'Delete an annotation and the off-chain links it justified; audited.',
    params: z.object({ id: z.number().int().min(1) }).strict(),
    result: z.object({ deleted: z.boolean() }),
  }),
  'offchain.links': method({
    summary: 'Off-chain links that start or end at an address, with the annotation that justifies each.',
    params: z.object({ chain: Chain, address: z.string().trim().min(1).max(200) }).strict(),
    result: z.array(OffchainLink.extend({ annotationId: z.number().int(), kind: z.string(), note: z.string() })),
  }),
  'tables.query': method({
    summary: 'One page of a case table (transactions, addresses, findings, sources, audit log), sorted and filtered.',
    params: TableQuery,
    result: TablePage,
  }),
  'tables.exportCsv': method({
    summary: 'A case table as sorted, filtered CSV text (RFC 4180, formula cells neutralised) for the UI to save.',
    params: TableQuery.omit({ offset: true, limit: true }),
    result: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int(), truncated: z.boolean() }),
  }),
};
