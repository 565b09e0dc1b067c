import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const door = 'electron/core/output/pdf/engine/pdfkitInternals.ts';

/**
 * Members of pdfkit 0.20's PDFDocument, EmbeddedFont and PDFPage that pdfkit does not publish; the
 * fast engine uses each of them. (The fontkit font and glyph encoding behind an EmbeddedFont are
 * reached through the door's opaque EmbeddedFont type, which other code could only open with a cast.)
 */
const privateMembers: [string, RegExp][] = [
  ['PDFDocument._font and friends', /\._(font|fontSize|fontFamilies|lineGap|write|offset|text|initOptions|fragment|textOptions)\b/],
  ['EmbeddedFont.layoutRun / layoutCache', /\.(layoutRun|layoutCache|layoutCached)\b/],
  ['PDFPage.content / fonts / write', /\bpage\.(content|fonts|write)\b/],
  ['a cast through unknown (how private members are reached in TypeScript)', /\bas unknown as\b/],
];
/** The cast is only looked for in files that use pdfkit or the engine (other layers cast for their own reasons). */
const usesPdfkit = /from 'pdfkit'|\bPDFKit\.|\/engine\/|\/pdf\/[^']*'/;

/** Source without comments: the rule is about code reaching in, not prose naming what pdfkit does. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

function reaches(file: string): string[] {
  const source = code(readFileSync(join(root, file), 'utf8'));
  const checked = usesPdfkit.test(source) ? privateMembers : privateMembers.slice(0, -1);
  return checked.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

describe("pdfkit's and fontkit's private members are reached through one door", () => {
  it('the door itself reaches every member this test looks for (so the patterns match real accesses)', () => {
    expect(reaches(door)).toEqual(privateMembers.map(([name]) => name));
  });

  it('no other application or shared source reaches any of them', () => {
    const files = [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'shared'))].filter((file) => file !== door);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.map((file) => ({ file, reaches: reaches(file) })).filter((entry) => entry.reaches.length > 0);
    expect(offenders).toEqual([]);
  });
});
