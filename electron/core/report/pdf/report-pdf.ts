import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { REPORT_SECTIONS, type ManifestSection } from '../../../../shared/domain/report';
import type { ReportContext } from '../report-context';
import { renderCover } from './sections/cover';
import { reportSections } from './sections';
import { PdfWriter, TEXT_WIDTH } from './pdf-writer';

const CONTENTS_LINES = 40;

/** The contents page: each section with its first page, then its subsections while they fit; every line links. */
function writeContents(w: PdfWriter, page: number, top: number): void {
  w.doc.switchToPage(page);
  const sections = w.sections.slice(2);
  let room = CONTENTS_LINES - sections.length;
  let y = top;
  const line = (title: string, target: number, destination: string, indent: number, size: number): void => {
    w.doc.font('sans').fontSize(size).fillColor('#111827');
    w.doc.text(title, 50 + indent, y, { width: TEXT_WIDTH - 40 - indent, lineBreak: false, goTo: destination });
    w.doc.text(String(target), 50, y, { width: TEXT_WIDTH, lineBreak: false, align: 'right' });
    y += size + 6;
  };
  for (const s of sections) {
    line(s.title, s.firstPage, `section-${s.id}`, 0, 10);
    const subs = w.subsections.filter((sub) => sub.section === s.id);
    const shown = subs.slice(0, Math.max(0, room));
    for (const sub of shown) line(sub.title, sub.page, sub.destination, 14, 8.5);
    room -= shown.length;
    if (shown.length < subs.length) line(`… and ${subs.length - shown.length} more`, s.firstPage, `section-${s.id}`, 14, 8.5);
  }
}

/** Renders report.pdf and returns its page count and the section chain for the manifest. */
export async function writeReportPdf(ctx: ReportContext, filePath: string): Promise<{ pages: number; sections: ManifestSection[] }> {
  const w = new PdfWriter(ctx.caseId, {
    title: `Evidence report: ${ctx.meta.title}`,
    author: ctx.meta.examiner,
    date: new Date(ctx.exportedAt),
  });
  const out = fs.createWriteStream(filePath, { flags: 'wx', mode: 0o600 });
  w.doc.pipe(out);
  renderCover(w, ctx);
  const chosen = REPORT_SECTIONS.filter((id) => ctx.sections.has(id)).map((id) => reportSections[id]);
  w.beginSection('contents', 'Contents', chosen.map((s) => s.title));
  const contentsPage = w.pageCount - 1;
  const contentsTop = w.doc.y + 6;
  for (const section of chosen) section.render(w, ctx);
  writeContents(w, contentsPage, contentsTop);
  w.writeFooters(ctx.marking.final ? 'FINAL' : 'DRAFT');
  w.doc.end();
  await finished(out);
  return { pages: w.pageCount, sections: w.sections };
}
