import { foldedWords } from './foldText.ts';
import { initialsOfGivenNames } from './nameTokens.ts';
import type { KeyKind, ParsedQuery } from './parseQuery.ts';
import type { SearchProfile } from './searchProfile.ts';
import { allowedEdits, editDistance } from './similarity.ts';

/** How a field matched: exactly as typed, after normalising (case, diacritics, notation), or by similarity. */
export type MatchHow = 'exact' | 'normalised' | 'fuzzy';

export interface Evidence {
  field: string;
  how: MatchHow;
  matched: string;
  query: string;
}

/** A hit in the exact-keys table, found by the database side for one term of the query. */
export interface KeyHit {
  term: number;
  kind: KeyKind;
  field: string;
  shown: string;
}

/**
 * Weights: exact identifiers first (an IBAN or case number names one person), then postcode + house
 * number and birth date, then names. A wrong match is a data breach, so identifiers dominate any
 * amount of name similarity.
 */
const keyWeight: Record<KeyKind, number> = {
  email: 100,
  iban: 100,
  case: 100,
  'client-ref': 90,
  phone: 90,
  address: 70,
  'birth-date': 40,
  postcode: 35,
};
const fieldWeight = { surname: 30, givenNames: 20, street: 15, city: 10 } as const;

interface Token {
  word: string;
  field: keyof typeof fieldWeight;
  label: string;
  raw: string;
  rawWord: string;
}

const rawWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function profileTokens(profile: SearchProfile): Token[] {
  const tokens: Token[] = [];
  const add = (raw: string, field: Token['field'], label: string) => {
    for (const rawWord of rawWords(raw)) {
      const word = foldedWords(rawWord).join('');
      if (word) tokens.push({ word, field, label, raw, rawWord });
    }
  };
  for (const name of profile.names) {
    const suffix = name.kind === 'legal' ? '' : ` (${name.kind})`;
    add(name.givenNames ?? '', 'givenNames', `givenNames${suffix}`);
    add(name.surname, 'surname', `surname${suffix}`);
    const particle = foldedWords(name.particle ?? '');
    if (particle.length > 0) {
      const compact = particle.join('') + foldedWords(name.surname).join('');
      tokens.push({
        word: compact,
        field: 'surname',
        label: `surname${suffix}`,
        raw: `${name.particle} ${name.surname}`,
        rawWord: compact,
      });
    }
  }
  for (const a of profile.addresses) {
    const which = a.current ? '' : ' (former)';
    add(a.street, 'street', `street${which}`);
    add(a.city, 'city', `city${which}`);
  }
  return tokens;
}

/** The best match of one folded query word among the person's name and place words. */
function matchWord(word: string, tokens: Token[], typedWords: string[]): { evidence: Evidence; points: number } | null {
  let best: { evidence: Evidence; points: number } | null = null;
  const consider = (token: Token, how: MatchHow, factor: number) => {
    const points = fieldWeight[token.field] * factor;
    if (!best || points > best.points) best = { points, evidence: { field: token.label, how, matched: token.raw, query: word } };
  };
  for (const token of tokens) {
    if (token.word === word) {
      // "exact" only when the person's spelling, diacritics included, is what was typed.
      consider(token, typedWords.includes(token.rawWord) ? 'exact' : 'normalised', 1);
    } else if (token.word.startsWith(word)) consider(token, 'normalised', 0.6);
    else {
      const max = allowedEdits(word);
      const distance = max > 0 ? editDistance(word, token.word, max) : max + 1;
      if (distance <= max) consider(token, 'fuzzy', distance === 1 ? 0.7 : 0.5);
      else if (token.word.includes(word)) consider(token, 'fuzzy', 0.4);
    }
  }
  return best;
}

export interface ProfileScore {
  score: number;
  /** Share of the query's terms that this person matched (0..1). */
  coverage: number;
  evidence: Evidence[];
}

/**
 * Scores one candidate against the whole query: each term (key, year, house number, name word,
 * initial, particle) either matches with evidence or counts against the candidate. The score is
 * the sum of matched weights times the share of terms matched, so "Jan van den Berg 1984" puts the
 * Jan born in 1984 above his namesake born in 1961, who is still listed.
 */
export function scoreProfile(query: ParsedQuery, rawQuery: string, profile: SearchProfile, keyHits: KeyHit[]): ProfileScore {
  const evidence: Evidence[] = [];
  let points = 0;
  let terms = 0;
  let matched = 0;

  query.keyTerms.forEach((term, index) => {
    terms++;
    const hits = keyHits.filter((hit) => hit.term === index).sort((a, b) => keyWeight[b.kind] - keyWeight[a.kind]);
    const hit = hits[0];
    if (!hit) return;
    matched++;
    points += keyWeight[hit.kind];
    evidence.push({ field: hit.field, how: term.text === hit.shown ? 'exact' : 'normalised', matched: hit.shown, query: term.text });
  });

  for (const year of query.years) {
    terms++;
    if (profile.birthDate?.startsWith(`${year}-`)) {
      matched++;
      points += 25;
      evidence.push({ field: 'birthDate', how: 'normalised', matched: profile.birthDate, query: String(year) });
    }
  }

  for (const number of query.numbers) {
    terms++;
    const address = profile.addresses.find(
      (a) => `${a.houseNumber}${(a.suffix ?? '').toLowerCase()}` === number || String(a.houseNumber) === number,
    );
    if (address) {
      matched++;
      points += address.current ? 15 : 8;
      evidence.push({
        field: address.current ? 'houseNumber' : 'houseNumber (former)',
        how: 'exact',
        matched: `${address.houseNumber}${address.suffix ?? ''}`,
        query: number,
      });
    }
  }

  const tokens = profileTokens(profile);
  const typedWords = rawWords(rawQuery);
  for (const word of [...query.name.words, ...query.name.shortWords]) {
    terms++;
    const best = matchWord(word, tokens, typedWords);
    if (best) {
      matched++;
      points += best.points;
      evidence.push(best.evidence);
    }
  }

  const legal = profile.names.find((n) => n.kind === 'legal') ?? profile.names[0];
  const initials = profile.names.flatMap((n) => initialsOfGivenNames(n.givenNames ?? null));
  for (const initial of query.name.initials) {
    terms++;
    if (initials.includes(initial)) {
      matched++;
      points += 5;
      evidence.push({ field: 'initials', how: 'normalised', matched: legal?.givenNames ?? '', query: initial });
    }
  }

  // Particles count half a term: "van den Berg" and "Berg" name the same family in practice.
  const particles = new Set(profile.names.flatMap((n) => foldedWords(n.particle ?? '')));
  for (const slot of query.name.particles) {
    terms += 0.5;
    const found = slot.find((alternative) => particles.has(alternative));
    if (found) {
      matched += 0.5;
      points += 2;
      evidence.push({
        field: 'particle',
        how: slot.length > 1 ? 'normalised' : 'exact',
        matched: legal?.particle ?? found,
        query: slot.join('|'),
      });
    }
  }

  const coverage = terms === 0 ? 0 : matched / terms;
  return { score: Math.round(points * coverage * 10) / 10, coverage, evidence };
}
