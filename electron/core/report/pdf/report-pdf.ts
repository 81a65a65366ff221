import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { REPORT_SECTIONS, type ManifestSection } from '../../../../shared/domain/report';
import type { ReportContext } from '../report-context';
import { renderCover } from './sections/cover';
import { reportSections } from './sections';
import { PdfWriter, TEXT_WIDTH } from './pdf-writer';

/** The contents page: one line per section with its first page, each a link to it. */
function writeContents(w: PdfWriter, page: number, top: number): void {
  w.doc.switchToPage(page);
  let y = top;
  w.doc.font('sans').fontSize(10).fillColor('#111827');
  for (const s of w.sections.slice(2)) {
    w.doc.text(s.title, 50, y, { width: TEXT_WIDTH - 40, lineBreak: false, goTo: `section-${s.id}` });
    w.doc.text(String(s.firstPage), 50, y, { width: TEXT_WIDTH, lineBreak: false, align: 'right' });
    y += 17;
  }
}

/** Renders report.pdf and returns its page count and the section chain for the manifest. */
export async function writeReportPdf(ctx: ReportContext, filePath: string): Promise<{ pages: number; sections: ManifestSection[] }> {
  const w = new PdfWriter(ctx.caseId, {
    title: `Evidence report: ${ctx.meta.title}`,
    author: ctx.meta.examiner,
    date: new Date(ctx.exportedAt),
  });
  const out = fs.createWriteStream(filePath, { flags: 'wx' });
  w.doc.pipe(out);
  renderCover(w, ctx);
  const chosen = REPORT_SECTIONS.filter((id) => ctx.sections.has(id)).map((id) => reportSections[id]);
  w.beginSection('contents', 'Contents', chosen.map((s) => s.title));
  const contentsPage = w.pageCount - 1;
  const contentsTop = w.doc.y + 6;
  for (const section of chosen) section.render(w, ctx);
  writeContents(w, contentsPage, contentsTop);
  w.writeFooters();
  w.doc.end();
  await finished(out);
  return { pages: w.pageCount, sections: w.sections };
}
