import { describeRowScope } from '../../csv/row-scope';
import type { ReportContext } from '../../report-context';
import { draftWarning } from '../../review';
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
    ['Report status', ctx.marking.final ? 'FINAL: every finding reviewed' : `DRAFT: ${ctx.marking.unreviewed.length} finding(s) not reviewed`],
    ['CSV rows', describeRowScope(ctx.rowScope)],
    ['Signed by', ctx.signer ? `${ctx.signer.examiner}, key ${ctx.signer.fingerprint}` : 'not signed (no examiner key)'],
  ];
  w.beginSection('cover', 'Cover', fixed, { heading: false });
  w.doc.moveDown(6);
  w.paragraph(`EVIDENCE REPORT · ${ctx.marking.final ? 'FINAL' : 'DRAFT'}`, { size: 11, color: ctx.marking.final ? '#4b5563' : '#b91c1c', font: 'bold' });
  w.paragraph(meta.title, { size: 22, font: 'bold', max: 200 });
  w.doc.moveDown(1);
  w.fields([...fixed.slice(0, 4), ['Report produced', ctx.exportedAt], ...fixed.slice(4)]);
  w.doc.moveDown(1);
  if (!ctx.marking.final) w.paragraph(draftWarning(ctx.marking), { size: 9, color: '#b91c1c', max: 2000 });
  w.doc.moveDown(1);
  w.note(
    'This report was produced offline by Assay from the case file identified above. The accompanying manifest.json and ' +
      'SHA256SUMS list the SHA-256 of every file in the evidence package; VERIFY.txt explains how to check them with standard tools.',
  );
}
