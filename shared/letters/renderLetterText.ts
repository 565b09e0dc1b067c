import type { Letter } from './letterModel.ts';

/** Word-wraps a paragraph at `width` columns (a word longer than that keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The letter as plain text, for printing or pasting into an e-mail. */
export function renderLetterText(letter: Letter, width = 78): string {
  const referenceLabel = letter.language === 'nl' ? 'Kenmerk' : 'Reference';
  const out = [
    ...letter.senderLines,
    '',
    ...letter.recipientLines,
    '',
    letter.date,
    `${referenceLabel}: ${letter.reference}`,
    ...(letter.concerning ? [`${letter.language === 'nl' ? 'Betrokkene' : 'Data subject'}: ${letter.concerning}`] : []),
    '',
    ...wrap(letter.subject, width),
    '',
    letter.salutation,
    '',
  ];
  for (const paragraph of [...letter.paragraphs, ...(letter.freeParagraph ? [letter.freeParagraph] : [])])
    out.push(...wrap(paragraph, width), '');
  out.push(...letter.closing);
  return `${out.join('\n')}\n`;
}
