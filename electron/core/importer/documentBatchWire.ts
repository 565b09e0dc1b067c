import type { KeyKind } from '../../../shared/search/parseQuery.ts';
import type { SearchKey, SubjectDocument } from '../search/subjectDocument.ts';

/**
 * A batch of search documents as the parser worker posts them to the importer. Structured clone of
 * 2,000 documents (each with its keys as small arrays) cost the writing thread more to take apart
 * than to write the index rows of a third of them (measured); here every string of the batch travels
 * in one string, cut apart with one split(), and the number of keys and terms per document in one
 * Uint32Array. A batch in which some string holds the separator itself travels as it is.
 */
export type DocumentWire = { text: string; counts: Uint32Array } | { documents: SubjectDocument[] };

const separator = '\u0000';
/** id, names, places, born, profile: then 4 strings per key, then the terms. */
const fixedFields = 5;

export function encodeDocuments(documents: readonly SubjectDocument[]): DocumentWire {
  const strings: string[] = [];
  const counts = new Uint32Array(documents.length * 2);
  for (let d = 0; d < documents.length; d++) {
    const document = documents[d]!;
    strings.push(document.id, document.names, document.places, document.born, document.profile);
    for (const [kind, value, field, shown] of document.keys) strings.push(kind, value, field, shown);
    for (const term of document.terms) strings.push(term);
    counts[2 * d] = document.keys.length;
    counts[2 * d + 1] = document.terms.length;
  }
  const text = strings.join(separator);
  // n strings joined hold n - 1 separators, unless a string brought its own.
  let separators = 0;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) separators++;
  return separators === strings.length - 1 ? { text, counts } : { documents: [...documents] };
}

export function decodeDocuments(wire: DocumentWire): SubjectDocument[] {
  if ('documents' in wire) return wire.documents;
  const { counts } = wire;
  if (counts.length === 0) return [];
  const strings = wire.text.split(separator);
  const documents: SubjectDocument[] = new Array<SubjectDocument>(counts.length / 2);
  let at = 0;
  for (let d = 0; d < documents.length; d++) {
    const id = strings[at]!;
    const names = strings[at + 1]!;
    const places = strings[at + 2]!;
    const born = strings[at + 3]!;
    const profile = strings[at + 4]!;
    at += fixedFields;
    const keys: SearchKey[] = new Array<SearchKey>(counts[2 * d]!);
    for (let k = 0; k < keys.length; k++, at += 4) keys[k] = [strings[at] as KeyKind, strings[at + 1]!, strings[at + 2]!, strings[at + 3]!];
    const terms = strings.slice(at, at + counts[2 * d + 1]!);
    at += terms.length;
    documents[d] = { id, names, places, born, profile, keys, terms };
  }
  return documents;
}
