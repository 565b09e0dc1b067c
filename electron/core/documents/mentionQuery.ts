/**
 * What the possible-mention search asks the document text index (issue 16.3): pages that may name a
 * person. The index only narrows the pages down; possibleMentions.ts checks each page's words itself,
 * so both backends answer the same question with whatever index they have.
 */
export interface MentionQuery {
  /** Sequences of folded words (shared/search/foldText.ts): full names, street + house number, case numbers. */
  phrases: readonly (readonly string[])[];
  /** IBANs, normalised (no spaces, upper case). */
  ibans: readonly string[];
  /** Dutch postcodes, normalised ("1053ED"). */
  postcodes: readonly string[];
  /** Documents not to return: the person's own, their cases', and those the clerk already decided on. */
  excludeDocumentIds: readonly string[];
}

/** A page the index says may name the person, with its text as read, for the check. */
export interface MentionCandidatePage {
  documentId: string;
  page: number;
  text: string;
}
