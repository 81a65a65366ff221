import fs from 'node:fs';
import Database from 'better-sqlite3';
import { REPORT_SECTIONS, type ExportResult, type ReportProgress, type ReportSectionId } from '../../../shared/domain/report';
import { APP_VERSION } from '../app-version';
import { AppError } from '../../../shared/api/errors';
import { GENESIS_HASH } from '../audit/audit-log';
import { checkCaseIntegrity } from '../audit/case-integrity';
import { hardenConnection } from '../db/open-database';
import { csvReadme, writeCsv } from './csv/write-csv';
import { manifestRows, prepareRowScope } from './csv/row-scope';
import { csvTablesFor } from './csv/tables';
import { figureForView } from './figure/subgraph';
import { figureSvg } from './figure/svg';
import { writeDocuments } from './package/documents';
import { SUMS, sealPackage, type PackageSigner } from './package/manifest';
import { PackageFiles, prepareOutDir } from './package/output-folder';
import { signerOf } from './package/signing';
import { reportMarking } from './review';
import { insideDir, slug } from './package/paths';
import { zipPackage } from './package/zip';
import { writeReportPdf } from './pdf/report-pdf';
import { chosenViews } from './pdf/sections/views';
import type { ReportContext } from './report-context';

export interface ExportOptions {
  /** The open case's file; the export reads it through its own read-only connection (one consistent snapshot). */
  caseFile: string;
  outDir: string;
  sections?: readonly ReportSectionId[] | undefined;
  views?: readonly string[] | undefined;
  zip: boolean;
  force: boolean;
  maxTableRows: number;
  /** Every ledger row in the CSVs; by default only the rows touching the accepted findings (csv/row-scope.ts). */
  allRows?: boolean;
  now?: () => Date;
  /** Skip the PDF (CSV-only export, used by the streaming benchmark). */
  pdf?: boolean;
  onProgress?: (progress: ReportProgress) => void;
  /** The examiner's key: manifest.json is signed with it (manifest.json.sig, allowed_signers). */
  key?: PackageSigner;
}

export const ZIP_NAME = 'evidence-package.zip';
const SVG_SIZE = { width: 900, height: 640 };

/** The report's view of a case snapshot; exported for the benchmark, which times the PDF alone. */
export function readContext(db: Database.Database, options: Pick<ExportOptions, 'sections' | 'views' | 'maxTableRows' | 'key'>, exportedAt: string): ReportContext {
  const meta = (key: string): string => (db.prepare('SELECT value FROM case_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? '';
  const head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined;
  return {
    db,
    caseId: meta('case_id'),
    meta: { title: meta('title'), examiner: meta('examiner'), caseNumber: meta('case_number'), agency: meta('agency'), createdAt: meta('created_at') },
    appVersion: APP_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt,
    auditHead: head ?? GENESIS_HASH,
    contentDigest: null,
    signer: options.key ? signerOf(options.key) : null,
    marking: reportMarking(db),
    rowScope: { all: true, transactions: null, addresses: null },
    sections: new Set(options.sections ?? REPORT_SECTIONS),
    views: options.views ?? null,
    maxTableRows: options.maxTableRows,
  };
}

/** One SVG per included view, named by position and a slug of its (untrusted) name. */
function writeFigures(out: PackageFiles, ctx: ReportContext): void {
  const views = chosenViews(ctx).flatMap((v) => (v.data ? [{ name: v.name, data: v.data }] : []));
  if (views.length === 0) return;
  fs.mkdirSync(insideDir(out.root, 'figures'), { recursive: true, mode: 0o700 });
  views.forEach((view, i) => {
    const figure = figureForView(ctx.db, view.data);
    const name = `figures/view-${String(i + 1).padStart(2, '0')}-${slug(view.name)}.svg`;
    fs.writeFileSync(out.path(name), figureSvg(figure, SVG_SIZE.width, SVG_SIZE.height), { flag: 'wx', mode: 0o600 });
  });
}

/** Writes the evidence package: csv/, documents/, figures/, report.pdf, VERIFY.txt, manifest.json, SHA256SUMS and optionally a zip. */
export async function exportPackage(options: ExportOptions): Promise<ExportResult> {
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  const zipName = options.zip ? ZIP_NAME : null;
  const db = hardenConnection(new Database(options.caseFile, { readonly: true, fileMustExist: true }));
  try {
    db.exec('BEGIN');
    const integrity = checkCaseIntegrity(db);
    if (!integrity.ok) {
      throw new AppError('CASE_INVALID', `The case does not verify (${integrity.item}: ${integrity.reason}); no evidence package is written from it.`, {
        item: integrity.item,
        reason: integrity.reason,
      });
    }
    const rowScope = prepareRowScope(db, options.allRows ?? false);
    const ctx: ReportContext = { ...readContext(db, options, exportedAt), contentDigest: integrity.contentDigest, rowScope };
    const root = prepareOutDir(options.outDir, options.force);
    const out = new PackageFiles(root);
    fs.mkdirSync(insideDir(root, 'csv'), { recursive: true, mode: 0o700 });
    const tables = csvTablesFor(db, rowScope.all);
    const steps = tables.length + 3 + (zipName ? 1 : 0);
    let step = 0;
    const progress = (stage: ReportProgress['stage'], item: string): void => options.onProgress?.({ stage, item, step: (step += 1), steps });
    for (const table of tables) {
      progress('csv', `${table.name}.csv`);
      await writeCsv(db, table, out.path(`csv/${table.name}.csv`));
    }
    fs.writeFileSync(out.path('csv/README.txt'), csvReadme(tables, rowScope), { flag: 'wx', mode: 0o600 });
    const documents = writeDocuments(out, ctx);
    progress('figures', 'figures/');
    if (ctx.sections.has('views')) writeFigures(out, ctx);
    progress('pdf', 'report.pdf');
    const report = options.pdf === false ? null : await writeReportPdf(ctx, out.path('report.pdf'));
    progress('seal', 'manifest.json');
    const files = await sealPackage(root, out.written, {
      appVersion: APP_VERSION,
      caseId: ctx.caseId,
      exportedAt,
      auditHead: ctx.auditHead,
      contentDigest: integrity.contentDigest,
      rows: manifestRows(rowScope),
      report,
      zip: zipName,
      documents,
    }, options.key ?? null);
    if (zipName) progress('zip', zipName);
    const zip = zipName ? await zipPackage(root, [...files.map((f) => f.path), SUMS], zipName, new Date(exportedAt)) : null;
    const signer = ctx.signer ? { examiner: ctx.signer.examiner, fingerprint: ctx.signer.fingerprint } : null;
    return { outDir: root, zip, exportedAt, pages: report?.pages ?? 0, files, auditHead: ctx.auditHead, signer };
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}
