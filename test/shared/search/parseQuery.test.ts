import { describe, expect, it } from 'vitest';
import { foldedWords, foldText } from '../../../shared/search/foldText.ts';
import { parseNameWords } from '../../../shared/search/nameTokens.ts';
import { parseDate } from '../../../shared/search/parseDate.ts';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import { phoneToE164 } from '../../../shared/search/phone.ts';
import { deletions, editDistance } from '../../../shared/search/similarity.ts';

describe('foldText', () => {
  it('folds diacritics and the letters NFD leaves alone', () => {
    expect(foldText('Łukasz Müller-Öztürk')).toBe('lukasz muller-ozturk');
    expect(foldedWords('Yılmaz, Søren Groß Çelik Doğan Nguyễn')).toEqual(['yilmaz', 'soren', 'gross', 'celik', 'dogan', 'nguyen']);
  });
});

describe('parseNameWords', () => {
  it('separates words, initials and particles in any order, expanding vd and v.d.', () => {
    expect(parseNameWords('Berg, J. van den')).toEqual({ words: ['berg'], initials: ['j'], particles: [['van'], ['den']], shortWords: [] });
    expect(parseNameWords('vd berg').particles).toEqual([['van'], ['der', 'den', 'de']]);
    expect(parseNameWords('J.H. v.d. Berg')).toEqual({
      words: ['berg'],
      initials: ['j', 'h'],
      particles: [['van'], ['der', 'den', 'de']],
      shortWords: [],
    });
    expect(parseNameWords('Bo Müller').shortWords).toEqual(['bo']);
  });
});

describe('phoneToE164', () => {
  it('reads every common Dutch notation and refuses what is not a number', () => {
    for (const input of ['06-12345678', '0612345678', '+31 6 1234 5678', '0031612345678', '+31 (0)6 12 34 56 78', '06 1234 5678']) {
      expect(phoneToE164(input)).toBe('+31612345678');
    }
    expect(phoneToE164('050-1234567')).toBe('+31501234567');
    expect(phoneToE164('+49 30 1234567')).toBe('+49301234567');
    expect(phoneToE164('0612345')).toBeNull();
    expect(phoneToE164('12345678')).toBeNull();
    expect(phoneToE164('06-ABC')).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads Dutch and ISO notations, day before month, and refuses impossible dates', () => {
    for (const input of [
      '12-03-1984',
      '12.3.1984',
      '12/03/1984',
      '1984-03-12',
      '12 maart 1984',
      '12 mrt 1984',
      '12 March 1984',
      '12-03-84',
    ]) {
      expect(parseDate(input)).toBe('1984-03-12');
    }
    expect(parseDate('01-02-03')).toBe('2003-02-01');
    expect(parseDate('31-02-1984')).toBeNull();
    expect(parseDate('12 foo 1984')).toBeNull();
  });
});

describe('parseSearchQuery', () => {
  it('recognises keys written across spaces and leaves the rest as name words', () => {
    const parsed = parseSearchQuery('Müller 1012 AB 4 NL91 abna 0417 1643 00 +31 6 1234 5678 12 maart 1984 x@Example.NL INC-2020-0000012');
    expect(parsed.keyTerms.map((t) => t.keys[0])).toEqual([
      { kind: 'address', value: '1012AB 4' },
      { kind: 'iban', value: 'NL91ABNA0417164300' },
      { kind: 'phone', value: '+31612345678' },
      { kind: 'birth-date', value: '1984-03-12' },
      { kind: 'email', value: 'x@example.nl' },
      { kind: 'case', value: 'INC-2020-0000012' },
    ]);
    expect(parsed.name.words).toEqual(['muller']);
  });

  it('tells a year from a postcode and keeps house numbers for street searches', () => {
    expect(parseSearchQuery('van den Berg 1984')).toMatchObject({ years: [1984], keyTerms: [] });
    expect(parseSearchQuery('1984 de Vries')).toMatchObject({ years: [1984], keyTerms: [] });
    expect(parseSearchQuery('2011 AB').keyTerms[0]!.keys).toEqual([{ kind: 'postcode', value: '2011AB' }]);
    expect(parseSearchQuery('Kinkerstraat 112 Amsterdam')).toMatchObject({
      numbers: ['112'],
      name: { words: ['kinkerstraat', 'amsterdam'] },
    });
  });

  it('tries a phone-like client reference both ways', () => {
    expect(parseSearchQuery('01-12345678').keyTerms[0]!.keys.map((k) => k.kind)).toEqual(['phone', 'client-ref', 'case']);
  });
});

describe('similarity', () => {
  it('counts a transposition as one edit and stops early past the bound', () => {
    expect(editDistance('muller', 'mulelr')).toBe(1);
    expect(editDistance('jansen', 'janssen')).toBe(1);
    expect(editDistance('sophie', 'sofie')).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(deletions('berg', 1)).toEqual(new Set(['berg', 'erg', 'brg', 'beg', 'ber']));
  });
});
