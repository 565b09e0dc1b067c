import { describe, expect, it } from 'vitest';
import { correctionIndex, correctionsIn } from '../../../../electron/core/search/correctionIndex.ts';

describe('correctionIndex: typo correction shared by both search backends', () => {
  const vocabulary = correctionIndex(3, ['mulder', 'jansen', 'janssen', 'amsterdam']);

  it('corrects a mistyped word to the vocabulary words within the allowed edits, nearest first', () => {
    expect(correctionsIn(vocabulary, 'muldr')).toEqual(['mulder']);
    // One edit from both: equally near, then alphabetical.
    expect(correctionsIn(vocabulary, 'jannsen')).toEqual(['jansen', 'janssen']);
    expect(correctionsIn(vocabulary, 'amsterdma')).toEqual(['amsterdam']);
    expect(correctionsIn(vocabulary, 'rotterdam')).toEqual([]);
  });

  it('takes a word of the vocabulary as meant: "Jansen" is not widened to "Janssen"', () => {
    expect(correctionsIn(vocabulary, 'jansen')).toEqual([]);
    expect(vocabulary.generation).toBe(3);
  });
});
