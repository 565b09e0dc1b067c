import { describe, expect, it } from 'vitest';
import type { PageWord } from '../../../shared/documents/documentModel.ts';
import { wordOffsets, wordsInRange } from '../../../shared/documents/wordOffsets.ts';

function box(text: string, x: number): PageWord {
  return { text, x, y: 10, width: text.length * 6, height: 12 };
}

const page = {
  text: 'Geachte heer Jansen,\nuw buurman Gerrit Hoekstra belde.',
  words: ['Geachte', 'heer', 'Jansen,', 'uw', 'buurman', 'Gerrit', 'Hoekstra', 'belde.'].map((text, index) => box(text, index * 50)),
};

describe('wordOffsets', () => {
  it('finds each word of the page text left to right, line breaks included', () => {
    const located = wordOffsets(page);
    expect(located.map((word) => page.text.slice(word.start, word.end))).toEqual(page.words.map((word) => word.text));
    expect(located[3]).toMatchObject({ index: 3, start: 21, end: 23 });
  });

  it('keeps repeated words apart: the second "de" is the one after the first', () => {
    const repeated = { text: 'de man de vrouw', words: ['de', 'man', 'de', 'vrouw'].map((text, i) => box(text, i * 30)) };
    expect(wordOffsets(repeated).map((word) => word.start)).toEqual([0, 3, 7, 10]);
  });

  it('leaves out a word the text does not hold and goes on with the rest', () => {
    const broken = { text: 'een twee drie', words: ['een', 'vier', 'twee', 'drie'].map((text, i) => box(text, i * 30)) };
    expect(wordOffsets(broken).map((word) => word.index)).toEqual([0, 2, 3]);
  });
});

describe('wordsInRange', () => {
  it('gives the words a text stretch covers, with their boxes', () => {
    const start = page.text.indexOf('Gerrit');
    const end = page.text.indexOf(' belde');
    const words = wordsInRange(page, start, end);
    expect(words.map((word) => word.word.text)).toEqual(['Gerrit', 'Hoekstra']);
    expect(words[0]!.word.x).toBe(250);
  });

  it('counts a partly covered word as covered (redaction removes whole words)', () => {
    const start = page.text.indexOf('rrit');
    expect(wordsInRange(page, start, start + 2).map((word) => word.word.text)).toEqual(['Gerrit']);
  });

  it('gives nothing for an empty stretch, a stretch of spaces only, or a page without words', () => {
    expect(wordsInRange(page, 5, 5)).toEqual([]);
    const space = page.text.indexOf(' heer');
    expect(page.text[space]).toBe(' ');
    expect(wordsInRange(page, space, space + 1)).toEqual([]);
    expect(wordsInRange({ text: 'plain text', words: [] }, 0, 5)).toEqual([]);
  });
});
