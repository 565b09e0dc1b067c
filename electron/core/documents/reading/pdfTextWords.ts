import type { PageWord } from '../../../../shared/documents/documentModel.ts';

/**
 * A run of text as pdf.js gives it (getTextContent), already in the page's top-left coordinates:
 * where its baseline starts, its font height and its advance width, in points.
 */
export interface TextRun {
  text: string;
  x: number;
  baseline: number;
  fontHeight: number;
  width: number;
  /** Font ascent/descent as fractions of the font height (pdf.js styles; descent is negative). */
  ascent: number;
  descent: number;
  /** pdf.js marks the run that ends a line. */
  endsLine: boolean;
}

/** Measures a string's advance in any consistent unit; the runs' own widths scale it. */
export type MeasureText = (text: string) => number;

/**
 * Splits pdf.js text runs into words with boxes, line by line. pdf.js gives a run's total width only,
 * so each character's share of it is estimated by measuring the characters with a real font and
 * scaling the result to the run's width: exact at both ends of the run, close inside it. Boxes span
 * the font's ascent to descent so a redaction painted over them covers the glyphs (issue 16.5).
 * Runs on one baseline that touch are one word (a word pdf.js cut for kerning stays whole).
 */
export function wordsFromRuns(runs: readonly TextRun[], measure: MeasureText): PageWord[][] {
  const lines: PageWord[][] = [];
  let line: PageWord[] | null = null;
  let lineBaseline = 0;
  let previousEndedInWord = false;
  let forceBreak = false;
  for (const run of runs) {
    if (run.text.length === 0) {
      forceBreak ||= run.endsLine;
      continue;
    }
    const sameLine = line !== null && !forceBreak && Math.abs(run.baseline - lineBaseline) < run.fontHeight / 2;
    if (!sameLine) {
      line = [];
      lines.push(line);
      lineBaseline = run.baseline;
      previousEndedInWord = false;
    }
    const top = run.baseline - run.ascent * run.fontHeight;
    const height = (run.ascent - run.descent) * run.fontHeight;
    const offsets = characterOffsets(run, measure);
    for (const match of run.text.matchAll(/\S+/g)) {
      const start = match.index;
      const end = start + match[0].length;
      const x = run.x + offsets[start]!;
      const right = run.x + offsets[end]!;
      const last = line!.at(-1);
      const touches =
        last !== undefined && start === 0 && previousEndedInWord && Math.abs(x - (last.x + last.width)) < run.fontHeight * 0.15;
      if (touches) {
        const bottom = Math.max(last.y + last.height, top + height);
        last.text += match[0];
        last.y = Math.min(last.y, top);
        last.width = right - last.x;
        last.height = bottom - last.y;
      } else {
        line!.push({ text: match[0], x, y: top, width: right - x, height });
      }
    }
    previousEndedInWord = /\S$/.test(run.text);
    forceBreak = run.endsLine;
  }
  return lines.filter((words) => words.length > 0);
}

/** offsets[i] = the estimated distance from the run's start to character i (offsets[length] = the run's width). */
function characterOffsets(run: TextRun, measure: MeasureText): number[] {
  const characters = [...run.text];
  const widths = characters.map((character) => Math.max(measure(character), 0));
  const total = widths.reduce((sum, width) => sum + width, 0);
  const offsets: number[] = [0];
  let sum = 0;
  // Code units, not code points: matchAll's indexes are in code units.
  characters.forEach((character, index) => {
    sum += widths[index]!;
    const at = total > 0 ? (sum / total) * run.width : ((index + 1) / characters.length) * run.width;
    for (let unit = 0; unit < character.length; unit++) offsets.push(at);
  });
  return offsets;
}
