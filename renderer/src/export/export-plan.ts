import { toAppError } from '../../../shared/api/errors';
import type { ReportPreview, ReportProgress, ReportSectionId } from '../../../shared/domain/report';

export interface ExportChoice {
  sections: ReportSectionId[];
  views: string[];
  zip: boolean;
  maxTableRows: number;
  /** Every ledger row in the CSVs; otherwise only the rows touching the accepted findings. */
  allRows: boolean;
}

/** Everything ticked: what the engine would write without a choice. */
export const fullChoice = (preview: ReportPreview): ExportChoice => ({
  sections: preview.sections.map((s) => s.id),
  views: preview.views.map((v) => v.name),
  zip: false,
  maxTableRows: 500,
  allRows: false,
});

/**
 * What the package will hold, as the user should read it before exporting (mirrors the layout in core/report/README.md).
 * `sealed` counts what the result and verify count: every file SHA256SUMS lists (each figure and document is one), not SHA256SUMS
 * itself nor the zip.
 */
export function packageContents(preview: ReportPreview, choice: ExportChoice): { files: string[]; sealed: number; sections: string[]; csvTables: number } {
  const chosen = new Set(choice.sections);
  const sections = preview.sections.filter((s) => chosen.has(s.id)).map((s) => s.title);
  const figures = chosen.has('views') ? choice.views.length : 0;
  const sealedFiles = ['report.pdf', ...preview.csvTables.map((t) => `csv/${t}`), 'csv/README.txt', 'VERIFY.txt', 'manifest.json'];
  const files = [
    ...sealedFiles.slice(0, -2),
    ...(preview.documents > 0 ? [`documents/ (${preview.documents} off-chain document${preview.documents === 1 ? '' : 's'})`] : []),
    ...(figures > 0 ? [`figures/ (${figures} SVG view${figures === 1 ? '' : 's'})`] : []),
    ...sealedFiles.slice(-2),
    'SHA256SUMS',
    ...(choice.zip ? ['evidence-package.zip'] : []),
  ];
  return { files, sealed: sealedFiles.length + preview.documents + figures, sections, csvTables: preview.csvTables.length };
}

/** The engine refuses a non-empty folder this way; the dialog then asks before resending with force. */
export function isNotEmptyRefusal(error: unknown): boolean {
  const e = toAppError(error);
  const details = e.details as { reason?: unknown } | undefined;
  return e.code === 'VALIDATION' && details?.reason === 'NOT_EMPTY';
}

export const progressFraction = (p: ReportProgress | null): number => (p && p.steps > 0 ? Math.min(1, p.step / p.steps) : 0);

/** A name stem the browser host accepts for packages and cases (letters, digits, spaces, _ ( ) , -), from the case title. */
export function safeNameStem(title: string): string {
  return title.replace(/[^\p{L}\p{N} _(),-]+/gu, ' ').replace(/\s+/g, ' ').replace(/^[-. ]+|[-. ]+$/g, '').slice(0, 60).trim() || 'case';
}

export const defaultPackageName = (title: string): string => `${safeNameStem(title)} evidence`;
