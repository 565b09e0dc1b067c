import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../../../electron/core/documents/reading/pdfTextWords.ts';
import { wordsFromRuns } from '../../../../../electron/core/documents/reading/pdfTextWords.ts';

/** A monospaced measure: every character one unit wide, so the expected boxes are simple to state. */
const mono = (text: string) => [...text].length;

function run(text: string, x: number, baseline: number, options: Partial<TextRun> = {}): TextRun {
  return { text, x, baseline, fontHeight: 10, width: [...text].length * 6, ascent: 0.8, descent: -0.2, endsLine: false, ...options };
}

describe('wordsFromRuns (pdf.js text runs → words with boxes)', () => {
  it('splits a run at spaces, each word its share of the run width, the box from ascent to descent', () => {
    const [line] = wordsFromRuns([run('Gerrit Hoekstra', 100, 200)], mono);
    expect(line).toEqual([
      { text: 'Gerrit', x: 100, y: 192, width: 36, height: 10 },
      { text: 'Hoekstra', x: 142, y: 192, width: 48, height: 10 },
    ]);
  });

  it('keeps a word whole that pdf.js cut into touching runs (kerning), and starts a new word after a gap', () => {
    const [line] = wordsFromRuns([run('Hoek', 100, 200), run('stra', 124, 200), run('belde', 160, 200)], mono);
    expect(line!.map((word) => [word.text, word.x, word.width])).toEqual([
      ['Hoekstra', 100, 48],
      ['belde', 160, 30],
    ]);
  });

  it('starts a new line on another baseline or after a run that ends a line', () => {
    const lines = wordsFromRuns(
      [
        run('een', 100, 200, { endsLine: true }),
        run('twee', 124, 200),
        run('drie', 100, 215),
        run('', 0, 0, { endsLine: true }),
        run('vier', 130, 215),
      ],
      mono,
    );
    expect(lines.map((line) => line.map((word) => word.text))).toEqual([['een'], ['twee'], ['drie'], ['vier']]);
  });
});
