import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ManifestSection } from '../../../../shared/domain/report';
import { fontPath, MONO_ADVANCE, type FontName } from './fonts';
import { withGlyphs } from './glyph-coverage';
import { chainNext, chainStart, FOOTER_HASH_DIGITS, sectionHash } from './page-chain';
import { plainText } from './plain-text';

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  /** mono: hex ids and amounts, wrapped between whole tokens by arithmetic; text: wrapped prose. */
  kind: 'text' | 'mono';
  align?: 'left' | 'right';
  /** Printed under the row on a line of its own across the table ("SHA-256 e3b0…"): for hashes no column can hold. */
  line?: boolean;
}

/** A cell as drawn: its type size (shrunk so its longest word fits whole) and, for mono cells, its lines. */
interface CellLayout {
  size: number;
  lines: number;
  mono: string[] | null;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 9.5;
/** Table text size: small enough that a full 0x-prefixed 32-byte id fits one line of the transactions table. */
const CELL = 6.6;
const CELL_LINE = CELL * 1.25;
/** The smallest type a cell shrinks to so an identifier, hash or time stays whole on one line. */
export const MIN_CELL = 6;
const MAX_CELL_LINES = 6;
const INK = '#111827';
const MUTED = '#4b5563';

/**
 * pdfkit with the report's typography and a section/page bookkeeping that yields the footer hash chain.
 * Pages are buffered so footers (page N of M) and the contents page are written at the end.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly sections: ManifestSection[] = [];
  /** Named subsections (findings) for the contents page: their section, title and page. */
  readonly subsections: { section: string; title: string; page: number; destination: string }[] = [];
  private readonly pageSection: number[] = [];
  private chain: string;
  private outlineItem: PDFKit.PDFOutline | null = null;

  constructor(private readonly caseId: string, info: { title: string; author: string; date: Date }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      compress: true,
      // pdfkit caches the glyph layout of every distinct word for the whole document: with thousands of unique txids
      // that cache held most of a 200-page report's memory (522 MB peak with it, 355 MB without).
      fontLayoutCache: false,
      displayTitle: true,
      lang: 'en',
      info: { Title: info.title, Author: info.author, Creator: 'Assay', Producer: 'Assay (pdfkit)', CreationDate: info.date, ModDate: info.date },
    });
    for (const name of ['sans', 'bold', 'mono'] as FontName[]) this.doc.registerFont(name, fontPath(name));
    this.doc.on('pageAdded', () => this.pageSection.push(this.sections.length - 1));
    this.chain = chainStart(caseId);
  }

  get pageCount(): number {
    return this.pageSection.length;
  }

  /** Starts a section on a new page; `content` is the data it shows, hashed into the footer chain. */
  beginSection(id: string, title: string, content: unknown, options: { heading?: boolean } = {}): void {
    const sha256 = sectionHash(content);
    const previous = this.chain;
    this.chain = chainNext(previous, sha256);
    this.sections.push({ id, title, firstPage: this.pageCount + 1, lastPage: this.pageCount + 1, sha256, chain: this.chain });
    this.doc.addPage();
    this.doc.addNamedDestination(`section-${id}`);
    this.outlineItem = this.doc.outline.addItem(title);
    if (options.heading !== false) this.heading(title, 1);
  }

  /** A level-2 heading that also gets a bookmark and a line on the contents page. */
  subsection(title: string): void {
    // Keep a subsection's heading with the start of its content rather than alone at the foot of a page.
    this.ensureSpace(160);
    this.heading(title, 2);
    const section = this.sections.at(-1)?.id ?? '';
    const destination = `${section}-${this.subsections.length + 1}`;
    this.doc.addNamedDestination(destination, 'XYZ', null, this.doc.y - 20, null);
    this.outlineItem?.addItem(plainText(title, { max: 120 }));
    this.subsections.push({ section, title: withGlyphs(plainText(title, { max: 120 }), 'sans'), page: this.pageCount, destination });
  }

  private get bottom(): number {
    return PAGE.height - MARGIN.bottom;
  }

  /** Starts a new page when fewer than `height` points are left, unless this page is still empty (no blank pages). */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 17 : level === 2 ? 12.5 : 10.5;
    this.ensureSpace(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(size).fillColor(INK).text(withGlyphs(plainText(text, { max: 300 }), 'bold'), MARGIN.left, this.doc.y, { width: TEXT_WIDTH });
    if (level === 1) {
      const y = this.doc.y + 3;
      this.doc.moveTo(MARGIN.left, y).lineTo(PAGE.width - MARGIN.right, y).lineWidth(0.8).strokeColor('#9ca3af').stroke();
      this.doc.y = y + 8;
    } else this.doc.moveDown(0.3);
  }

  paragraph(text: string, options: { size?: number; color?: string; font?: FontName; max?: number } = {}): void {
    const size = options.size ?? BODY;
    this.ensureSpace(size * 2.5);
    this.doc
      .font(options.font ?? 'sans')
      .fontSize(size)
      .fillColor(options.color ?? INK)
      .text(withGlyphs(plainText(text, { keepLines: true, max: options.max ?? 6000 }), options.font ?? 'sans'), MARGIN.left, this.doc.y, {
        width: TEXT_WIDTH,
        lineGap: 1.5,
      });
    this.doc.moveDown(0.45);
  }

  note(text: string): void {
    this.paragraph(text, { size: 8, color: MUTED });
  }

  /** Label/value pairs as a two-column table. */
  fields(pairs: [string, string][]): void {
    this.table([{ header: 'Field', width: 0.28, kind: 'text' }, { header: 'Value', width: 0.72, kind: 'text' }], pairs, { header: false });
  }

  /**
   * Lays a cell out so no word (an identifier, hash or time) is cut: the type shrinks until the longest word fits
   * (down to MIN_CELL), lines break between words only; a word wider than the cell even then is cut as a last resort.
   */
  private layoutCell(text: string, column: Column, width: number): CellLayout {
    const room = width - 4;
    const words = text.split(/\s+/).filter((w) => w !== '');
    if (column.kind === 'mono') {
      const longest = Math.max(1, ...words.map((w) => w.length));
      const size = Math.max(MIN_CELL, Math.min(CELL, room / (longest * MONO_ADVANCE)));
      const perLine = Math.max(1, Math.floor(room / (size * MONO_ADVANCE)));
      const lines: string[] = [];
      for (const word of words) {
        const last = lines.at(-1);
        if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
        else for (let i = 0; i < word.length; i += perLine) lines.push(word.slice(i, i + perLine));
      }
      const shown = lines.slice(0, MAX_CELL_LINES);
      if (lines.length > MAX_CELL_LINES) shown[MAX_CELL_LINES - 1] = `${(shown[MAX_CELL_LINES - 1] ?? '').slice(0, -1)}…`;
      return { size, lines: Math.max(1, shown.length), mono: shown };
    }
    // No printable ASCII glyph of DejaVu Sans is wider than 1 em ('@'): such short text fits one line unmeasured.
    if (text.length * CELL <= room && /^[\x20-\x7e]*$/.test(text)) return { size: CELL, lines: 1, mono: null };
    this.doc.font('sans').fontSize(CELL);
    // pdfkit's wrapper measures a word with its trailing space: so does the fit.
    const widest = Math.max(0, ...words.map((w) => this.doc.widthOfString(`${w} `)));
    const size = widest > room ? Math.max(MIN_CELL, (CELL * room) / widest) : CELL;
    this.doc.fontSize(size);
    const h = this.doc.heightOfString(text, { width: room });
    return { size, lines: Math.min(MAX_CELL_LINES, Math.max(1, Math.round(h / this.doc.currentLineHeight(true)))), mono: null };
  }

  private drawCell(text: string, column: Column, x: number, y: number, width: number, layout: CellLayout): void {
    const lineHeight = layout.size * 1.25;
    if (layout.mono) {
      // Monospace widths are arithmetic, so cells go straight to pdfkit's line writer without its word wrapper.
      const advance = layout.size * MONO_ADVANCE;
      this.doc.font('mono').fontSize(layout.size).fillColor(INK);
      layout.mono.forEach((part, i) => {
        const left = column.align === 'right' ? x + width - 2 - part.length * advance : x + 2;
        this.doc.text(part, left, y + i * lineHeight, { lineBreak: false });
      });
      return;
    }
    if (text === '') return;
    this.doc.font('sans').fontSize(layout.size).fillColor(INK)
      .text(text, x + 2, y, { width: width - 4, height: layout.lines * lineHeight + 1, ellipsis: true, align: column.align ?? 'left', lineGap: 0 });
  }

  private tableHeader(columns: Column[], widths: number[]): void {
    const y = this.doc.y;
    this.doc.rect(MARGIN.left, y, TEXT_WIDTH, CELL_LINE + 4).fill('#e5e7eb');
    let x = MARGIN.left;
    this.doc.font('bold').fontSize(CELL).fillColor(INK);
    columns.forEach((c, i) => {
      this.doc.text(c.header, x + 2, y + 2, { width: (widths[i] ?? 0) - 4, lineBreak: false, align: c.align ?? 'left' });
      x += widths[i] ?? 0;
    });
    this.doc.y = y + CELL_LINE + 5;
  }

  /** A table that repeats its header on each page; cells are plain text, wrapped within their column, never spilled. */
  table(all: Column[], rows: Iterable<string[]>, options: { header?: boolean } = {}): void {
    const columns = all.filter((c) => !c.line);
    const lineColumns = all.flatMap((c, i) => (c.line ? [{ header: c.header, index: i }] : []));
    const widths = columns.map((c) => c.width * TEXT_WIDTH);
    const showHeader = options.header !== false;
    this.ensureSpace(CELL_LINE * 3);
    if (showHeader) this.tableHeader(columns, widths);
    let striped = false;
    const lineColumn: Column = { header: '', width: 1, kind: 'mono' };
    for (const raw of rows) {
      const cells = all.flatMap((c, i) => (c.line ? [] : [withGlyphs(plainText(raw[i] ?? '', { max: 600 }), c.kind === 'mono' ? 'mono' : 'sans')]));
      const layouts = cells.map((text, i) => this.layoutCell(text, columns[i] as Column, widths[i] ?? 0));
      const extra = lineColumns.map(({ header, index }) => {
        const text = withGlyphs(plainText(header ? `${header} ${raw[index] ?? ''}` : (raw[index] ?? ''), { max: 600 }), 'mono');
        return { text, layout: this.layoutCell(text, lineColumn, TEXT_WIDTH) };
      });
      const rowHeight = Math.max(...layouts.map((l) => l.lines * l.size * 1.25)) + 3;
      const height = rowHeight + extra.reduce((sum, e) => sum + e.layout.lines * e.layout.size * 1.25, 0);
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (showHeader) this.tableHeader(columns, widths);
      }
      const y = this.doc.y;
      if (striped) this.doc.rect(MARGIN.left, y, TEXT_WIDTH, height).fill('#f3f4f6');
      striped = !striped;
      let x = MARGIN.left;
      cells.forEach((text, i) => {
        this.drawCell(text, columns[i] as Column, x, y + 1.5, widths[i] ?? 0, layouts[i] as CellLayout);
        x += widths[i] ?? 0;
      });
      let lineY = y + rowHeight - 1.5;
      for (const e of extra) {
        this.drawCell(e.text, lineColumn, MARGIN.left, lineY, TEXT_WIDTH, e.layout);
        lineY += e.layout.lines * e.layout.size * 1.25;
      }
      this.doc.y = y + height;
    }
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.6);
  }

  /** An engine-drawn SVG placed as vector graphics at full text width. */
  figure(svg: string, height: number, caption: string): void {
    this.ensureSpace(height + 24);
    const y = this.doc.y;
    SVGtoPDF(this.doc, svg, MARGIN.left, y, {
      width: TEXT_WIDTH,
      height,
      assumePt: true,
      // Figures name real families ('DejaVu Sans', 'DejaVu Sans Mono' with fallbacks): the embedded DejaVu draws them.
      fontCallback: (family, bold) => (/mono/i.test(family) ? 'mono' : bold ? 'bold' : 'sans'),
    });
    this.doc.y = y + height + 4;
    this.doc.x = MARGIN.left;
    if (caption) this.note(caption);
  }

  /** Writes every page's footer (case id, DRAFT/FINAL, chain hashes, page N of M) with the bottom margin lifted, so no page is added. */
  writeFooters(marking: string): void {
    const total = this.pageCount;
    const short = (h: string): string => h.slice(0, FOOTER_HASH_DIGITS);
    for (let i = 0; i < total; i += 1) {
      this.doc.switchToPage(i);
      const index = this.pageSection[i] ?? 0;
      const section = this.sections[index];
      const previous = index > 0 ? (this.sections[index - 1]?.chain ?? '') : chainStart(this.caseId);
      if (section) section.lastPage = Math.max(section.lastPage, i + 1);
      const y = PAGE.height - 40;
      this.doc.page.margins.bottom = 0;
      this.doc.moveTo(MARGIN.left, y - 5).lineTo(PAGE.width - MARGIN.right, y - 5).lineWidth(0.4).strokeColor('#d1d5db').stroke();
      this.doc.font('mono').fontSize(6.5).fillColor(MUTED);
      this.doc.text(`Case ${this.caseId}`, MARGIN.left, y, { width: TEXT_WIDTH, lineBreak: false, align: 'left' });
      this.doc.text(`Page ${i + 1} of ${total}`, MARGIN.left, y, { width: TEXT_WIDTH, lineBreak: false, align: 'right' });
      this.doc.font('bold').fontSize(7).fillColor(marking === 'FINAL' ? MUTED : '#b91c1c');
      this.doc.text(marking, MARGIN.left, y, { width: TEXT_WIDTH, lineBreak: false, align: 'center' });
      this.doc.font('mono').fontSize(6.5).fillColor(MUTED);
      this.doc.text(`§${index + 1} prev ${short(previous)}  this ${short(section?.chain ?? '')}`, MARGIN.left, y + 9, {
        width: TEXT_WIDTH,
        lineBreak: false,
        align: 'left',
      });
      this.doc.page.margins.bottom = MARGIN.bottom;
    }
  }
}
