import { describe, expect, it } from 'vitest';
import { matchPage } from '../../../shared/documents/matchMentions.ts';
import { mentionTargets, targetPhrases } from '../../../shared/documents/mentionTargets.ts';
import { ibanFromBban } from '../../../shared/identifiers/iban.ts';

const iban = ibanFromBban('NL', 'TRIO4335164527');
const records = {
  subject_names: [
    { id: 'N2', kind: 'alias', given_names: 'Sophie Maria', particle: 'ter', surname: 'Horst' },
    { id: 'N1', kind: 'legal', given_names: 'Sophie Maria', particle: 'ter', surname: 'Horst-Dekker' },
    { id: 'N3', kind: 'former', given_names: null, particle: null, surname: 'Dekker' },
  ],
  addresses: [
    { id: 'A1', street: 'Oudegracht', house_number: 12, house_number_suffix: 'A', postcode: '3511 AB', city: 'Utrecht', country: 'NL' },
  ],
  bank_accounts: [{ id: 'B1', iban }],
  cases: [
    { id: 'INC-2019-0000095', client_reference: '03-02232158' },
    { id: 'INC-2020-0000100', client_reference: '123' },
  ],
};

describe("a person's targets (issue 16.3)", () => {
  it('takes full names of every kind (legal first), never a surname alone, and long enough references', () => {
    const targets = mentionTargets(records);
    expect(targets.names).toEqual([
      ['sophie', 'maria', 'ter', 'horst', 'dekker'],
      ['sophie', 'ter', 'horst', 'dekker'],
      ['sophie', 'maria', 'ter', 'horst'],
      ['sophie', 'ter', 'horst'],
    ]);
    expect(targets.nameLines[0]).toBe('Sophie Maria ter Horst-Dekker');
    expect(targets.ibans).toEqual([iban]);
    expect(targets.addresses).toEqual([{ street: ['oudegracht'], houseNumber: '12', suffix: 'a', postcode: '3511AB', city: ['utrecht'] }]);
    expect(targets.caseNumbers).toEqual([
      ['inc', '2019', '0000095'],
      ['03', '02232158'],
      ['inc', '2020', '0000100'],
    ]);
    expect(targetPhrases(targets)).toContainEqual(['oudegracht', '12a']);
  });
});

describe('a page checked word by word against the targets', () => {
  const targets = mentionTargets(records);
  const fields = (text: string) => matchPage(targets, 1, text).map((m) => m.field);

  it('finds the full name across a line break, in any case, without diacritics', () => {
    expect(fields('Betreft: mevrouw SOPHIE ter\nHorst, wonende te Utrecht')).toEqual(['name']);
    expect(fields('Betreft: mevrouw S. ter Horst')).toEqual([]);
    expect(fields('Dekker schreef ons')).toEqual([]);
  });

  it('finds the IBAN in any grouping', () => {
    const grouped = iban.replace(/(.{4})/g, '$1 ').trim();
    const [match] = matchPage(targets, 2, `betaald vanaf rekening ${grouped} op 3 maart`);
    expect(match).toMatchObject({ field: 'iban', page: 2 });
    expect(match!.snippet).toContain(grouped);
  });

  it('finds the address by street, house number (the right suffix) and city or postcode, or by postcode and house number', () => {
    expect(fields('woont aan de Oudegracht 12 A te Utrecht')).toEqual(['address']);
    expect(fields('woont aan de Oudegracht 12a te Utrecht')).toEqual(['address']);
    expect(fields('woont aan de Oudegracht 12 te Utrecht')).toEqual(['address']);
    expect(fields('Oudegracht 12 A\n3511AB')).toEqual(['address']);
    expect(fields('woont aan de Oudegracht 12 B te Utrecht')).toEqual([]);
    expect(fields('woont aan de Oudegracht 12 A, een mooi huis')).toEqual([]);
    expect(fields('Oudegrcht 12 A\n3511 AB UTRECHT')).toEqual(['address']);
    expect(fields('Postbus 99\n3511 AB UTRECHT')).toEqual([]);
  });

  it('finds a case number or a long client reference, not a short one', () => {
    expect(fields('Uw dossier INC-2019-0000095 is gesloten')).toEqual(['case-number']);
    expect(fields('Kenmerk 03-02232158')).toEqual(['case-number']);
    expect(fields('bedrag 123 euro')).toEqual([]);
  });

  it('gives each field once per page, with the words around it', () => {
    const matches = matchPage(targets, 1, 'Sophie ter Horst, Oudegracht 12A Utrecht. Sophie ter Horst.');
    expect(matches).toEqual([
      { field: 'name', page: 1, snippet: 'Sophie ter Horst, Oudegracht 12A Utrecht. Sophie ter Horst.' },
      { field: 'address', page: 1, snippet: 'Sophie ter Horst, Oudegracht 12A Utrecht. Sophie ter Horst.' },
    ]);
  });
});
