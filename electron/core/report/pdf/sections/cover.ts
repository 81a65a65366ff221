import type { ReportContext } from '../../report-context';
import type { PdfWriter } from '../pdf-writer';

/** The cover: who, what case, when. Its hash leaves out the export time so footers do not change between exports. */
export function renderCover(w: PdfWriter, ctx: ReportContext): void {
  const { meta } = ctx;
  const fixed: [string, string][] = [
    ['Case title', meta.title],
    ['Case number', meta.caseNumber || '—'],
    ['Examiner', meta.examiner || '—'],
    ['Agency', meta.agency || '—'],
    ['Case created', meta.createdAt],
    ['Case id', ctx.caseId],
    ['Application', `Assay ${ctx.appVersion} (case schema v${ctx.schemaVersion})`],
    ['Audit-log head', ctx.auditHead],
    ['Content digest', ctx.contentDigest ?? '—'],
    ['Signed by', ctx.signer ? `${ctx.signer.examiner}, key ${ctx.signer.fingerprint}` : 'not signed (no examiner key)'],
  ];
  w.beginSection('cover', 'Cover', fixed, { heading: false });
  w.doc.moveDown(6);
  w.paragraph('EVIDENCE REPORT', { size: 11, color: '#4b5563', font: 'bold' });
  w.paragraph(meta.title, { size: 22, font: 'bold', max: 200 });
  w.doc.moveDown(1);
  w.fields([...fixed.slice(0, 4), ['Report produced', ctx.exportedAt], ...fixed.slice(4)]);
  w.doc.moveDown(2);
  w.note(
    'This report was produced offline by Assay from the case file identified above. The accompanying manifest.json and ' +
      'SHA256SUMS list the SHA-256 of every file in the evidence package; VERIFY.txt explains how to check them with standard tools.',
  );
}
