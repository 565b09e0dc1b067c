import { describe, expect, it } from 'vitest';
import { guessLanguage, otherLanguageOf } from '../../../shared/letters/textLanguage.ts';

describe('the stop-word guess of a reason’s language (a heuristic, issue 12.8)', () => {
  it('tells typical Dutch and English reasons apart', () => {
    expect(guessLanguage('Het verzoek betreft 14 dossiers over een periode van 9 jaar')).toBe('nl');
    expect(guessLanguage('De aanvraag herhaalt het verzoek dat wij op 2 maart hebben beantwoord')).toBe('nl');
    expect(guessLanguage('The request covers 14 cases over 9 years and needs a review of each file')).toBe('en');
    expect(guessLanguage('the request repeats the one answered on 2 March')).toBe('en');
  });

  it('stays silent on short, neutral or mixed texts rather than guess', () => {
    expect(guessLanguage('14 cases')).toBeNull();
    expect(guessLanguage('Art. 12(5) AVG / GDPR')).toBeNull();
    expect(guessLanguage('')).toBeNull();
    // One hit on each side: no verdict.
    expect(guessLanguage('de request')).toBeNull();
  });

  it('flags only a language other than the letter’s', () => {
    expect(otherLanguageOf('the request repeats the one answered on 2 March', 'nl')).toBe('en');
    expect(otherLanguageOf('the request repeats the one answered on 2 March', 'en')).toBeNull();
    expect(otherLanguageOf('kennelijk ongegrond: het is de derde keer deze maand', 'en')).toBe('nl');
    expect(otherLanguageOf('kennelijk ongegrond: het is de derde keer deze maand', 'nl')).toBeNull();
  });
});
