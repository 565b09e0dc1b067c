import { describe, expect, it } from 'vitest';
import { decodeDocuments, encodeDocuments } from '../../../../electron/core/importer/documentBatchWire.ts';
import type { SubjectDocument } from '../../../../electron/core/search/subjectDocument.ts';

const documents: SubjectDocument[] = [
  {
    id: 'S0000001',
    names: 'lukasz muller ozturk #l#',
    places: 'stratumseind eindhoven',
    born: '1975-06-14',
    profile: '{"n":[["legal","Łukasz",null,"Müller-Öztürk"]],"b":"1975-06-14"}',
    keys: [
      ['postcode', '5645EN', 'postcode', '5645 EN'],
      ['email', 'l.muller@example.nl', 'email', 'l.muller@example.nl'],
    ],
    terms: ['lukasz', 'muller', 'ozturk'],
  },
  { id: 'S0000002', names: '', places: '', born: '', profile: '{}', keys: [], terms: [] },
  { id: 'S0000003', names: 'zoë 👩‍💻', places: 'ş', born: '', profile: '{}', keys: [['iban', 'NL91ABNA0417164300', 'iban', '']], terms: [] },
];

describe('documentBatchWire', () => {
  it('gives back every document as it was, through a structured clone: keys, terms, empty and non-Latin strings', () => {
    const wire = structuredClone(encodeDocuments(documents));
    expect('text' in wire).toBe(true);
    expect(decodeDocuments(wire)).toEqual(documents);
  });

  it('sends a batch in which a string holds the separator as it is, and an empty batch as none', () => {
    const odd: SubjectDocument[] = [{ ...documents[0]!, keys: [['phone', 'a\u0000b', 'phone', 'a\u0000b']] }];
    const wire = structuredClone(encodeDocuments(odd));
    expect('documents' in wire).toBe(true);
    expect(decodeDocuments(wire)).toEqual(odd);
    expect(decodeDocuments(structuredClone(encodeDocuments([])))).toEqual([]);
  });
});
