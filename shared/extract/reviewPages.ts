import { DomainError } from '../errors/domainError.ts';
import type { AutomatedDecisionEntry, CategorySection, ExtractModel, Language, RecordEntry, WithheldEntry } from './extractModel.ts';
import { foldText } from '../search/foldText.ts';
import { recipientLines } from './recipients.ts';

/**
 * The review of an extract in parts (issue 14.9): the window first gets the categories with their
 * counts, then one page of one category's records at a time, so it never holds the whole extract (the
 * heavy debtor's is megabytes). Both are cut from the one assembled model, so what the clerk reviews is
 * exactly what the export renders; the export itself still assembles everything at once.
 */

/** A category as the review lists it: the register's facts about it and how many records it holds, without the records. */
export interface ReviewCategory extends Omit<CategorySection, 'records'> {
  recordCount: number;
  /** Records of the category withheld whole (Art. 15(4)). */
  withheldCount: number;
}

export interface ExtractReviewOverview {
  reference: string;
  /** The language the texts of this review are in (the clerk's, when the window asked for it). */
  language: Language;
  subjects: ExtractModel['subjects'];
  categories: ReviewCategory[];
  recordCount: number;
  automatedDecisions: AutomatedDecisionEntry[];
  /** Everything withheld, counted (the list itself goes with the records it concerns, page by page). */
  withheldCount: number;
  /** The cases the copy holds records of, with how many, in first-seen order: "withhold a whole case" offers these (issue 14.3). */
  cases: { caseId: string; count: number }[];
  /** The first page of the first category when asked for with the opening: the review shows records one round trip sooner. */
  firstPage?: ReviewPage;
}

export interface ReviewPageQuery {
  categoryId: string;
  offset: number;
  limit: number;
  /** Only records with a field value (or the record's id or case) containing this text, case-insensitive. */
  filter?: string | undefined;
}

/**
 * A record as the review shows it: as in the extract, but its actual recipients as the lines the extract
 * prints (one per recipient with its dates), not the disclosure records themselves. A contact record of
 * the heavy debtor went to 527 disclosures: 300 kB a record as data, a few kB as lines.
 */
export interface ReviewRecord extends Omit<RecordEntry, 'recipients'> {
  recipientLines: string[];
}

export interface ReviewPage {
  categoryId: string;
  offset: number;
  limit: number;
  /** Records of the category that match the filter (all of them without one): the pages run over these. */
  total: number;
  /** Records of the category, filter or not. */
  categoryCount: number;
  filter: string | null;
  records: ReviewRecord[];
  /** The withholdings (clerk's and automatic) of the records on this page: lifting an automatic one asks for a reason. */
  withheld: WithheldEntry[];
}

export const reviewPageSizeMax = 200;

/** The cases the records belong to, with how many records each, in first-seen order. */
export function casesOf(records: readonly RecordEntry[]): { caseId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of records) if (record.caseId !== null) counts.set(record.caseId, (counts.get(record.caseId) ?? 0) + 1);
  return [...counts].map(([caseId, count]) => ({ caseId, count }));
}

export function reviewOverviewOf(model: ExtractModel): ExtractReviewOverview {
  return {
    cases: casesOf(model.categories.flatMap((c) => c.records)),
    reference: model.request.reference,
    language: model.language,
    subjects: model.subjects,
    categories: model.categories.map(({ records, ...facts }) => ({
      ...facts,
      recordCount: records.length,
      withheldCount: records.filter((r) => r.withheld).length,
    })),
    recordCount: model.categories.reduce((sum, c) => sum + c.records.length, 0),
    automatedDecisions: model.automatedDecisions,
    withheldCount: model.withheld.length,
  };
}

export function reviewPageOf(model: ExtractModel, query: ReviewPageQuery): ReviewPage {
  const category = model.categories.find((c) => c.id === query.categoryId);
  if (!category) throw new DomainError('review.category-not-in-review', { category: query.categoryId });
  // Every word must occur, case and diacritics folded as search folds them ("muller" finds "Müller").
  const words = foldText(query.filter ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matching = words.length > 0 ? category.records.filter((record) => recordMatches(record, words)) : category.records;
  const records = matching.slice(query.offset, query.offset + query.limit);
  const onPage = new Set(records.map((r) => `${r.recordKind}:${r.recordId}`));
  return {
    categoryId: category.id,
    offset: query.offset,
    limit: query.limit,
    total: matching.length,
    categoryCount: category.records.length,
    filter: words.length > 0 ? query.filter!.trim() : null,
    records: records.map(({ recipients, ...record }) => ({ ...record, recipientLines: recipientLines(recipients, model.language) })),
    withheld: model.withheld.filter((w) => onPage.has(`${w.recordKind}:${w.recordId}`)),
  };
}

function recordMatches(record: RecordEntry, words: readonly string[]): boolean {
  const texts = [record.recordId, record.caseId ?? '', record.recordKindLabel];
  for (const field of record.fields) texts.push(field.display, field.value === null ? '' : String(field.value));
  const text = foldText(texts.join('\u0000'));
  return words.every((word) => text.includes(word));
}
