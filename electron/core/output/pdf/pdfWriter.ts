import { join } from 'node:path';
import { resourcesDir } from '../../paths.ts';
import PDFDocument from 'pdfkit';
import type { PdfEngine, PdfEngineName, WrapOptions } from './engine/pdfEngine.ts';
import { createPdfEngine } from './engine/pdfEngine.ts';

/** The fonts the documents use: DejaVu covers Latin Extended (Ł, Ö, Ĳ, Ç) and is embedded as a subset. */
/** Asked when a document is made, so a packaged app's INZAGE_RESOURCES is in place by then. */
export function fontPath(file: string): string {
  return join(resourcesDir(), 'fonts', file);
}
export const fontFiles = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

export const palette = {
  ink: '#1b1f24',
  heading: '#1f3a5f',
  muted: '#5b6570',
  rule: '#c9d2dc',
  headerFill: '#e6ecf3',
  zebra: '#f6f8fa',
  accent: '#2f6f9f',
};

/** A4 in points, and the margins every page keeps (header above `top`, footer below `bottom`). */
export const page = { width: 595.28, height: 841.89, left: 62, right: 62, top: 76, bottom: 68 };
export const contentWidth = page.width - page.left - page.right;

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  weight: number;
  align?: 'left' | 'right';
}

/** Padding inside a table cell, each side. */
const cellPad = 3.5;

/** A measured text: its height, and either its width (it fits on one line) or the lines it wraps into. */
interface MeasuredText {
  height: number;
  singleLineWidth: number | null;
  /** The lines pdfkit's wrapper makes of it (null: one line, or not known). */
  lines: string[] | null;
}

interface MeasuredRow {
  height: number;
  cells: MeasuredText[];
}
interface MeasuredTable {
  header: MeasuredRow;
  rows: MeasuredRow[];
}

/** Column widths in points: each column's share of the content width. */
function columnWidths(columns: TableColumn[]): number[] {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  return columns.map((column) => (column.weight / totalWeight) * contentWidth);
}

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

export interface PdfWriterOptions {
  title: string;
  language: string;
  author: string;
  subject: string;
  /** How text is drawn and bytes collected (engine/pdfEngine.ts): the same document either way; default fast. */
  engine?: PdfEngineName;
  /** The document's creation date (the signing time, from the caller's clock); absent: pdfkit's own. */
  createdAt?: Date | undefined;
  /** Called as each page is added while laying out, with the pages so far and the records laid out so far (progress, issue 14.6). */
  onPage?: ((pages: number, recordsLaidOut: number) => void) | undefined;
}

/**
 * A thin layout layer over pdfkit with its own cursor, so that the renderer controls every page
 * break: headings keep with what follows, table headers repeat on a new page, rows never split.
 * Every block is a structure element (H1/H2/H3/P/L/Table) so the PDF is tagged for screen readers;
 * running header and footer are marked as pagination artifacts.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  y = page.top;
  /** Records of the copy laid out so far (copySections counts them: a table row or a record's own table each), for progress. */
  recordsLaidOut = 0;
  private readonly root: Struct;
  private readonly engine: PdfEngine;

  constructor(options: PdfWriterOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
      bufferPages: true,
      autoFirstPage: true,
      tagged: true,
      lang: options.language,
      displayTitle: true,
      pdfVersion: '1.7',
      compress: true,
      info: {
        Title: options.title,
        Author: options.author,
        Subject: options.subject,
        Creator: 'Inzage',
        Producer: 'Inzage (pdfkit)',
        ...(options.createdAt ? { CreationDate: options.createdAt } : {}),
      },
    });
    for (const [name, file] of Object.entries(fontFiles)) this.doc.registerFont(name, fontPath(file));
    this.engine = createPdfEngine(options.engine ?? 'fast', this.doc);
    this.doc.on('pageAdded', () => {
      this.engine.pageAdded();
      options.onPage?.(this.doc.bufferedPageRange().count, this.recordsLaidOut);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.font('body').fontSize(10).fillColor(palette.ink);
  }

  get bottom(): number {
    return page.height - page.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = page.top;
  }

  /**
   * A one-line text at (x, y) in the current font, size and colour, as text(…, {lineBreak: false})
   * draws it; `measuredWidth` is its width from measureCell.
   */
  drawLine(text: string, x: number, y: number, measuredWidth: number): void {
    this.engine.drawLine(text, x, y, measuredWidth);
  }

  /** text(text, x, y, options), reusing the lines measureCell found for the same text, width, font and size. */
  drawWrapped(text: string, x: number, y: number, options: WrapOptions & { align?: 'left' | 'right' }, lines: string[] | null): void {
    this.engine.drawWrapped(text, x, y, options, lines);
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** Height of `text` in `width` at the current font; one cheap width check for the common one-liner. */
  measure(text: string, width: number, font: FontName, size: number, lineGap = 1.5): number {
    return this.measureCell(text, width, font, size, lineGap).height;
  }

  /** Like measure, and for a one-line text also its width, so it can be drawn without the line wrapper. */
  measureCell(text: string, width: number, font: FontName, size: number, lineGap = 1.5): MeasuredText {
    this.doc.font(font).fontSize(size);
    const lineHeight = this.doc.currentLineHeight(true) + lineGap;
    if (text === '') return { height: lineHeight, singleLineWidth: 0, lines: null };
    if (!text.includes('\n')) {
      const textWidth = this.quickWidth(text, font, size);
      if (textWidth <= width) return { height: lineHeight, singleLineWidth: textWidth, lines: null };
    }
    return { ...this.engine.measureWrapped(text, width, lineGap), singleLineWidth: null };
  }

  private readonly advances = new Map<string, Map<string, number>>();

  /**
   * The width of a one-line text from cached per-character advances, 2 % generous to cover kerning:
   * full glyph layout of every unique cell value (ids, amounts) was the costliest part of rendering.
   */
  quickWidth(text: string, font: FontName, size: number): number {
    let table = this.advances.get(font);
    if (!table) this.advances.set(font, (table = new Map()));
    let units = 0;
    for (const char of text) {
      let advance = table.get(char);
      if (advance === undefined) {
        this.doc.font(font).fontSize(1000);
        advance = this.doc.widthOfString(char);
        table.set(char, advance);
        this.doc.fontSize(size);
      }
      units += advance;
    }
    return (units * size * 1.02) / 1000;
  }

  /** Content drawn by another module (a document page in an appendix, issue 16.4) as one structure element of the document. */
  block(type: string, draw: () => void): void {
    this.tag(type, draw);
  }

  private tag(type: string, draw: () => void, parent: Struct = this.root): void {
    parent.add(this.doc.struct(type, {}, draw));
  }

  /** A heading that never ends a page: it moves to the next page with at least `keepWithNext` points of what follows. */
  heading(level: 1 | 2 | 3, text: string, keepWithNext = 60): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    const before = level === 1 ? 6 : level === 2 ? 14 : 10;
    const height = this.measure(text, contentWidth, 'bold', size, 0);
    if (this.y !== page.top) this.y += before;
    if (this.y + height + keepWithNext > this.bottom) this.newPage();
    this.tag(`H${level}`, () => {
      this.doc.font('bold').fontSize(size).fillColor(palette.heading).text(text, page.left, this.y, { width: contentWidth, lineGap: 0 });
    });
    this.y += height + 4;
    if (level === 1) {
      this.rule(palette.heading, 1.2);
      this.y += 8;
    }
    this.doc.fillColor(palette.ink);
  }

  rule(color = palette.rule, width = 0.6): void {
    this.doc
      .save()
      .moveTo(page.left, this.y)
      .lineTo(page.width - page.right, this.y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  /** A paragraph; long ones flow onto the next page (pdfkit continues the tag there), but never start with fewer than two lines of room. */
  paragraph(
    text: string,
    options: { font?: FontName; size?: number; color?: string; indent?: number; gapAfter?: number; width?: number } = {},
  ): void {
    const font = options.font ?? 'body';
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const lineHeight = this.measure('X', 100, font, size);
    this.ensureSpace(lineHeight * 2);
    this.tag('P', () => {
      this.doc
        .font(font)
        .fontSize(size)
        .fillColor(options.color ?? palette.ink)
        .text(text, page.left + indent, this.y, { width: options.width ?? contentWidth - indent, lineGap: 1.5 });
    });
    this.y = this.doc.y + (options.gapAfter ?? 6);
    this.doc.fillColor(palette.ink);
  }

  /** A bulleted list, tagged L / LI; items do not split across pages. */
  bullets(items: string[], options: { size?: number } = {}): void {
    const size = options.size ?? 10;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const height = this.measure(item, contentWidth - 16, 'body', size);
      this.ensureSpace(height + 3);
      const y = this.y;
      list.add(
        this.doc.struct('LI', {}, () => {
          this.doc
            .font('body')
            .fontSize(size)
            .fillColor(palette.accent)
            .text('•', page.left + 4, y, { lineBreak: false });
          this.doc.fillColor(palette.ink).text(item, page.left + 16, y, { width: contentWidth - 16, lineGap: 1.5 });
        }),
      );
      this.y = y + height + 3;
    }
    list.end();
    this.y += 3;
  }

  /** Label/value lines in two columns (no borders): for letter metadata and short facts. */
  facts(pairs: [string, string][], options: { labelWidth?: number; size?: number; x?: number; width?: number } = {}): void {
    const size = options.size ?? 10;
    const x = options.x ?? page.left;
    const width = options.width ?? contentWidth;
    const labelWidth = options.labelWidth ?? 150;
    for (const [label, value] of pairs) {
      const labelSize = this.measureCell(label, labelWidth - 8, 'bold', size);
      const valueSize = this.measureCell(value, width - labelWidth, 'body', size);
      const height = Math.max(labelSize.height, valueSize.height);
      this.ensureSpace(height + 2);
      const y = this.y;
      this.tag('P', () => {
        this.doc.font('bold').fontSize(size).fillColor(palette.muted);
        if (labelSize.singleLineWidth !== null) this.drawLine(label, x, y, labelSize.singleLineWidth);
        else this.drawWrapped(label, x, y, { width: labelWidth - 8, lineGap: 1.5 }, labelSize.lines);
        this.doc.font('body').fillColor(palette.ink);
        if (valueSize.singleLineWidth !== null) this.drawLine(value, x + labelWidth, y, valueSize.singleLineWidth);
        else this.drawWrapped(value, x + labelWidth, y, { width: width - labelWidth, lineGap: 1.5 }, valueSize.lines);
      });
      this.y = y + height + 2;
    }
  }

  /** The table tableHeight measured last, handed to the table() call that draws it so its cells are not measured twice. */
  private measuredTable: { columns: TableColumn[]; rows: string[][]; size: number; measured: MeasuredTable } | undefined;

  /** Every cell's height and one-line width (header row in bold), unclamped; reuses tableHeight's work for the same table. */
  private measureTable(columns: TableColumn[], rows: string[][], size: number): MeasuredTable {
    const cached = this.measuredTable;
    this.measuredTable = undefined;
    if (cached && cached.columns === columns && cached.rows === rows && cached.size === size) return cached.measured;
    const widths = columnWidths(columns);
    const measureRow = (cells: string[], font: FontName): MeasuredRow => {
      const measured = cells.map((cell, index) => this.measureCell(cell, widths[index]! - 2 * cellPad, font, size));
      return { height: Math.max(...measured.map((cell) => cell.height)) + 2 * cellPad, cells: measured };
    };
    return {
      header: measureRow(
        columns.map((column) => column.header),
        'condBold',
      ),
      rows: rows.map((row) => measureRow(row, 'cond')),
    };
  }

  /** The height a table would take (header and all rows), to keep a heading with a short table. */
  tableHeight(columns: TableColumn[], rows: string[][], size = 8.5): number {
    const measured = this.measureTable(columns, rows, size);
    this.measuredTable = { columns, rows, size, measured };
    return measured.header.height + measured.rows.reduce((sum, row) => sum + row.height, 0);
  }

  /**
   * A table with a shaded header row that is repeated on every page the table spans. Rows never
   * split; a cell too tall for a page is cut off with an ellipsis rather than overflowing.
   */
  table(columns: TableColumn[], rows: string[][], options: { size?: number; keepTogether?: boolean; rowsAreRecords?: boolean } = {}): void {
    const size = options.size ?? 8.5;
    const pad = cellPad;
    const widths = columnWidths(columns);
    const maxRow = this.bottom - page.top - 40;
    type Measured = MeasuredRow['cells'];
    const clamp = (row: MeasuredRow): MeasuredRow => ({ height: Math.min(maxRow, row.height), cells: row.cells });
    const measuredTable = this.measureTable(columns, rows, size);
    const headerCells = columns.map((column) => column.header);
    const header = clamp(measuredTable.header);
    const table = this.doc.struct('Table');
    this.root.add(table);
    const drawRow = (cells: string[], measured: { height: number; cells: Measured }, isHeader: boolean, zebra: boolean) => {
      const y = this.y;
      const height = measured.height;
      if (isHeader || zebra)
        this.doc
          .save()
          .rect(page.left, y, contentWidth, height)
          .fill(isHeader ? palette.headerFill : palette.zebra)
          .restore();
      const tr = this.doc.struct('TR');
      table.add(tr);
      let x = page.left;
      this.doc
        .font(isHeader ? 'condBold' : 'cond')
        .fontSize(size)
        .fillColor(isHeader ? palette.heading : palette.ink);
      cells.forEach((cell, index) => {
        const width = widths[index]!;
        const cellX = x;
        const single = measured.cells[index]!.singleLineWidth;
        // One-line cells skip pdfkit's line wrapper (the slow part of text layout); they were measured already.
        const draw =
          single !== null
            ? () => {
                this.drawLine(cell, columns[index]?.align === 'right' ? cellX + width - pad - single : cellX + pad, y + pad, single);
              }
            : () => {
                this.drawWrapped(
                  cell,
                  cellX + pad,
                  y + pad,
                  {
                    width: width - 2 * pad,
                    height: height - 2 * pad,
                    ellipsis: true,
                    align: columns[index]?.align ?? 'left',
                    lineGap: 1.5,
                  },
                  measured.cells[index]!.lines,
                );
              };
        this.tag(isHeader ? 'TH' : 'TD', draw, tr);
        x += width;
      });
      tr.end();
      this.doc
        .save()
        .moveTo(page.left, y + height)
        .lineTo(page.left + contentWidth, y + height)
        .lineWidth(0.4)
        .strokeColor(palette.rule)
        .stroke()
        .restore();
      this.y = y + height;
    };
    const measuredRows = measuredTable.rows.map(clamp);
    const total = header.height + measuredRows.reduce((sum, row) => sum + row.height, 0);
    // A short table moves whole to the next page rather than leave a row or two behind.
    this.ensureSpace(options.keepTogether && total < (this.bottom - page.top) / 2 ? total : header.height + (measuredRows[0]?.height ?? 0));
    drawRow(headerCells, header, true, false);
    rows.forEach((row, index) => {
      const measured = measuredRows[index]!;
      if (this.y + measured.height > this.bottom) {
        this.newPage();
        drawRow(headerCells, header, true, false);
      }
      drawRow(row, measured, false, index % 2 === 1);
      if (options.rowsAreRecords) this.recordsLaidOut++;
    });
    table.end();
    this.y += 8;
    this.doc.fillColor(palette.ink);
  }

  /** Running header (from page 2) and "page X of Y" footer on every page, marked as artifacts. */
  finishPages(
    headerLeft: string,
    headerRight: string,
    footer: (index: number, count: number) => string,
    onPage?: (page: number, pages: number) => void,
  ): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      onPage?.(index - range.start + 1, range.count);
      this.doc.switchToPage(index);
      const savedBottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      if (index > range.start) {
        this.doc.font('body').fontSize(8).fillColor(palette.muted);
        this.doc.text(headerLeft, page.left, 38, { width: contentWidth * 0.6, lineBreak: false });
        this.doc.text(headerRight, page.left + contentWidth * 0.4, 38, { width: contentWidth * 0.6, align: 'right', lineBreak: false });
        this.doc
          .save()
          .moveTo(page.left, 52)
          .lineTo(page.width - page.right, 52)
          .lineWidth(0.5)
          .strokeColor(palette.rule)
          .stroke()
          .restore();
      }
      this.doc
        .font('body')
        .fontSize(8)
        .fillColor(palette.muted)
        .text(footer(index - range.start + 1, range.count), page.left, page.height - 42, {
          width: contentWidth,
          align: 'center',
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = savedBottom;
    }
  }

  /** Ends the document and collects its bytes. */
  toBuffer(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      // What went through pdfkit's stream (with the fast engine: only the file header), then what the engine collected directly.
      const streamed: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => streamed.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat([...streamed, ...this.engine.collectedBytes()])));
      this.doc.on('error', reject);
      this.root.end();
      this.doc.end();
    });
  }
}
