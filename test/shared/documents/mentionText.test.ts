import { describe, expect, it } from 'vitest';
import { ibansIn, indexedText, pageTokens, phraseAt, postcodesIn, snippetAround } from '../../../shared/documents/mentionText.ts';
import { ibanFromBban } from '../../../shared/identifiers/iban.ts';

describe('a page as the possible-mention search reads it (issue 16.3)', () => {
  it('folds words (case, diacritics, hyphens) and keeps where each was written', () => {
    const text = 'Geachte heer\nMÜLLER-Öztürk, Łukasz';
    const tokens = pageTokens(text);
    expect(tokens.map((t) => t.word)).toEqual(['geachte', 'heer', 'muller', 'ozturk', 'lukasz']);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('MÜLLER');
    expect(indexedText(tokens)).toBe('geachte heer muller ozturk lukasz');
  });

  it('finds a phrase across line breaks and punctuation', () => {
    const tokens = pageTokens('Namens Jan van den\nBerg, en ook jan VAN DEN berg.');
    expect(phraseAt(tokens, ['jan', 'van', 'den', 'berg'])).toEqual([1, 7]);
    expect(phraseAt(tokens, ['van', 'den', 'bergen'])).toEqual([]);
  });

  it('reads IBANs in any grouping and only where the check digits hold', () => {
    const iban = ibanFromBban('NL', 'ABNA0417164300');
    const grouped = iban.replace(/(.{4})/g, '$1 ').trim();
    expect(ibansIn(`Over te maken op ${grouped} ten name van X`)).toContain(iban);
    expect(ibansIn(`rekening ${iban.toLowerCase()}.`)).toContain(iban);
    const wrong = iban.slice(0, 2) + (iban.slice(2, 4) === '00' ? '01' : '00') + iban.slice(4);
    expect(ibansIn(`rekening ${wrong}`)).not.toContain(wrong);
    const second = ibanFromBban('NL', 'INGB2777722534');
    expect(ibansIn(`${iban} ${second}`)).toEqual(expect.arrayContaining([iban, second]));
  });

  it('reads Dutch postcodes with or without the space, upper case only', () => {
    expect(postcodesIn('Kinkerstraat 112\n1053 ED  Amsterdam, of 1053ED')).toEqual(['1053ED']);
    expect(postcodesIn('in 1984 en later; 1234 SS')).toEqual([]);
  });

  it('shows a match with a few words either side as written, and says where the page goes on', () => {
    const text = 'een twee drie vier vijf zes zeven Jan van den\nBerg acht negen tien elf twaalf dertien veertien';
    const tokens = pageTokens(text);
    const [at] = phraseAt(tokens, ['jan', 'van', 'den', 'berg']);
    expect(snippetAround(text, tokens, at!, at! + 3)).toBe(
      '… twee drie vier vijf zes zeven Jan van den Berg acht negen tien elf twaalf dertien …',
    );
  });
});
