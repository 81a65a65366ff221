import { z } from 'zod';
import { method } from '../define';
import { KeyFingerprint } from '../../domain/keys';
import { ExportResult, ReportPreview, ReportSectionId, VerifyResult } from '../../domain/report';

const Choice = {
  sections: z.array(ReportSectionId).max(20).optional(),
  /** Names of saved views to draw; all views when omitted. */
  views: z.array(z.string().min(1).max(200)).max(100).optional(),
};

export const reportMethods = {
  'report.chooseFolder': method({
    summary: 'Ask the user for the folder of an evidence package (native dialog); null when cancelled or unavailable.',
    params: z.object({}).strict(),
    result: z.object({ location: z.string() }).nullable(),
  }),
  'report.preview': method({
    summary: 'What an evidence package of the open case would contain: sections with item counts, views, CSV tables.',
    params: z.object({ ...Choice }).strict(),
    result: ReportPreview,
  }),
  'report.export': method({
    summary: 'Write an evidence package (report.pdf, csv/, figures, manifest.json, VERIFY.txt) to a folder the user chose.',
    params: z
      .object({
        ...Choice,
        outDir: z.string().min(1).max(4096),
        zip: z.boolean().default(false),
        /** The user confirmed writing into an existing non-empty folder. */
        force: z.boolean().default(false),
        /** Rows per table in the PDF. */
        maxTableRows: z.number().int().min(0).max(100_000).default(500),
        /** Every ledger row in the CSVs instead of only the rows touching the accepted findings. */
        allRows: z.boolean().default(false),
      })
      .strict(),
    result: ExportResult,
  }),
  'report.exportMisp': method({
    summary: "Write the open case's accepted findings as a MISP event (JSON) for partner agencies, naming the evidence package it accompanies.",
    params: z
      .object({
        /** The file to write (browser host: a name in the exports folder; .misp.json is added); default: beside the package. */
        outFile: z.string().min(1).max(4096).optional(),
        /** The evidence package (folder) whose manifest hash the event names. */
        packageLocation: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    result: z.object({ file: z.string(), attributes: z.number().int(), objects: z.number().int() }),
  }),
  'report.verify': method({
    summary: 'Check an evidence package (folder or zip) or a case file\'s audit chain.',
    params: z
      .object({
        location: z.string().min(1).max(4096),
        /** Fail unless the package's manifest is signed by this key. */
        expectKey: KeyFingerprint.optional(),
        /** A case file (location as for case.open) whose audit chain must contain the package's head. */
        caseLocation: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    result: VerifyResult,
  }),
};
