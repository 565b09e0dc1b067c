/**
 * The one door to pdfkit's and fontkit's private members. The fast engine draws text the way pdfkit's
 * text() does without going through it, writes content and output without pdfkit's per-piece byte
 * arrays and lays out plain words without shaping them; all of that needs members pdfkit does not
 * publish (names starting with `_`, its EmbeddedFont, its page content stream). They are reached here
 * and nowhere else (test/electron/core/output/pdf/engine/oneDoor.test.ts keeps it so), and only after
 * the installed pdfkit and fontkit have been checked to be the versions this was written for
 * (engineVersions.ts): upgrading pdfkit means running the golden test, then moving `writtenFor`.
 */
import type { EngineVersions } from './engineVersions.ts';
import { installedVersions, versionMismatch } from './engineVersions.ts';

/** A glyph's placement as pdfkit's EmbeddedFont gives it, in 1000ths of the font size. */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
/** fontkit's public glyph and font API, reached through pdfkit's private EmbeddedFont.font. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
export interface FontkitFont {
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): { glyphs: FontkitGlyph[]; positions: Omit<GlyphPosition, 'advanceWidth'>[] };
}
/** EmbeddedFont.layoutRun's result: fontkit's run scaled to 1000 units, with each glyph's advance width. */
export interface GlyphRun {
  glyphs: FontkitGlyph[];
  positions: GlyphPosition[];
  advanceWidth: number;
}
export type LayoutRun = (text: string, features?: unknown) => GlyphRun;

declare const embeddedFontBrand: unique symbol;
/** A font pdfkit embedded in one document (its EmbeddedFont): opaque outside this module. */
export type EmbeddedFont = { readonly [embeddedFontBrand]: true };

/** pdfkit 0.20's EmbeddedFont, as far as the fast engine uses it. */
interface EmbeddedFontMembers {
  id: string;
  ascender: number;
  font: FontkitFont;
  scale: number;
  layoutCache?: Record<string, unknown>;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
  layoutRun: LayoutRun;
}
interface ContentStream {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}
/** pdfkit 0.20's PDFDocument, as far as the fast engine uses it. */
interface DocumentMembers {
  _font: EmbeddedFontMembers;
  _fontSize: number;
  _lineGap?: number;
  _fontFamilies: Record<string, EmbeddedFontMembers>;
  _offset: number;
  _write(data: string | Uint8Array): void;
  _initOptions(options: Record<string, unknown>): Record<string, unknown>;
  _text(text: string, x: number, y: number, options: Record<string, unknown>, onLine: (line: string) => void): unknown;
  page: { fonts: Record<string, unknown>; write(chunk: string): void; content?: ContentStream };
}

const members = (doc: PDFKit.PDFDocument) => doc as unknown as DocumentMembers;
const fontMembers = (font: EmbeddedFont) => font as unknown as EmbeddedFontMembers;

/** A line wrapping set up as heightOfString sets it up: pdfkit's options for `width`, and the line gap it adds. */
export interface PreparedWrap {
  width: number;
  gap: number;
  /** Runs pdfkit's line wrapper from the current position, calling `onLine` for each line it breaks `text` into. */
  wrap(text: string, onLine: (line: string) => void): void;
}

const internals = {
  currentFont: (doc: PDFKit.PDFDocument): EmbeddedFont => members(doc)._font as unknown as EmbeddedFont,
  currentFontSize: (doc: PDFKit.PDFDocument): number => members(doc)._fontSize,
  /** The name the current font was registered under (registerFont), or undefined. */
  currentFontName: (doc: PDFKit.PDFDocument): string | undefined =>
    Object.entries(members(doc)._fontFamilies).find(([, font]) => font === members(doc)._font)?.[0],
  /** The document's default line gap (lineGap()), which text() adds when an option gives none. */
  documentLineGap: (doc: PDFKit.PDFDocument): number => members(doc)._lineGap || 0,

  /** The resource name pdfkit gives the font on a page (F1, F2 …): one per font per document. */
  fontId: (font: EmbeddedFont): string => fontMembers(font).id,
  fontAscender: (font: EmbeddedFont): number => fontMembers(font).ascender,
  /** What _fragment writes for `text`: the hex glyph ids and their positions (shaped, kerned). */
  encode: (font: EmbeddedFont, text: string): [string[], GlyphPosition[]] => fontMembers(font).encode(text),

  /** Writes `chunk` to the current page's content stream, after making `font` one of the page's resources as _fragment does. */
  writeWithFont(doc: PDFKit.PDFDocument, font: EmbeddedFont, chunk: string): void {
    const page = members(doc).page;
    const id = fontMembers(font).id;
    if (page.fonts[id] == null) page.fonts[id] = fontMembers(font).ref();
    page.write(chunk);
  },

  prepareWrap(doc: PDFKit.PDFDocument, width: number, lineGap: number): PreparedWrap {
    const document = members(doc);
    const options = document._initOptions({ width, lineGap });
    options.height = Infinity;
    return {
      width: options.width as number,
      gap: (options.lineGap as number | undefined) || document._lineGap || 0,
      wrap: (text, onLine) => void document._text(text, doc.x, doc.y, options, onLine),
    };
  },

  /**
   * text(…, {lineBreak: false}) options for a text whose width is known: _fragment reads textWidth and
   * wordCount (undocumented) only to size links and underlines, and lays the text out once more without them.
   */
  oneLineTextOptions: (measuredWidth: number): PDFKit.Mixins.TextOptions =>
    ({ lineBreak: false, textWidth: measuredWidth, wordCount: 1 }) as PDFKit.Mixins.TextOptions,

  /** Replaces the write and finalize of the current page's content stream with `override(original)`'s; false if it has none. */
  overridePageContent(doc: PDFKit.PDFDocument, override: (original: ContentStream) => ContentStream): boolean {
    const content = members(doc).page.content;
    if (!content) return false;
    const original: ContentStream = { write: content.write.bind(content), finalize: content.finalize.bind(content) };
    const replaced = override(original);
    content.write = replaced.write;
    content.finalize = replaced.finalize;
    return true;
  },
  /** The current page's content stream object (to tell pages apart). */
  pageContent: (doc: PDFKit.PDFDocument): object | undefined => members(doc).page.content,

  /**
   * Sends everything pdfkit writes for the document from now on to `sink` instead of its Readable
   * stream, keeping the byte offset pdfkit records for its xref table as _write keeps it (a string
   * piece is written as its characters' low bytes plus a newline).
   */
  redirectOutput(doc: PDFKit.PDFDocument, sink: { text(data: string): void; bytes(data: Uint8Array): void }): void {
    const document = members(doc);
    document._write = (data) => {
      if (typeof data === 'string') {
        sink.text(data);
        document._offset += data.length + 1;
      } else {
        sink.bytes(data);
        document._offset += data.length;
      }
    };
  },

  /** The fontkit font behind an embedded font and pdfkit's layoutRun over it, which `replace` swaps (for this font only). */
  shaping(font: EmbeddedFont): { fontkit: FontkitFont; scale: number; layoutRun: LayoutRun; replace(layoutRun: LayoutRun): void } | null {
    const embedded = fontMembers(font);
    if (typeof embedded.layoutRun !== 'function' || !embedded.font) return null;
    return {
      fontkit: embedded.font,
      scale: embedded.scale,
      layoutRun: embedded.layoutRun.bind(embedded),
      replace: (layoutRun) => void (embedded.layoutRun = layoutRun),
    };
  },

  /** Empties each font's per-word layout cache that holds more than `maxWords` words. */
  trimLayoutCaches(doc: PDFKit.PDFDocument, maxWords: number): void {
    for (const font of Object.values(members(doc)._fontFamilies)) {
      if (font.layoutCache && Object.keys(font.layoutCache).length > maxWords)
        font.layoutCache = Object.create(null) as Record<string, unknown>;
    }
  },
};

export type PdfkitInternals = typeof internals;

let checked: EngineVersions | undefined;

/**
 * The private members, after checking once per process that the installed pdfkit and fontkit are
 * the versions they were written for; throws PdfEngineVersionError (naming both versions) if not.
 */
export function pdfkitInternals(): PdfkitInternals {
  if (!checked) {
    const installed = installedVersions();
    const mismatch = versionMismatch(installed);
    if (mismatch) throw mismatch;
    checked = installed;
  }
  return internals;
}
