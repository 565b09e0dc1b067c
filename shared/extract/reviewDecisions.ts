/**
 * Which data categories of the copy nobody has marked reviewed (issue 14.3). Only categories that hold
 * records count: an empty one has nothing to review. Generating the extract names these and goes on
 * when the clerk does; the mark is the clerk's own check, not a rule of the GDPR.
 */
export interface UnreviewedCategory {
  id: string;
  label: string;
  recordCount: number;
}

export function unreviewedCategories(
  categories: readonly { id: string; label: string; records: readonly unknown[] }[],
  marks: readonly { categoryId: string }[],
): UnreviewedCategory[] {
  const reviewed = new Set(marks.map((m) => m.categoryId));
  return categories
    .filter((c) => c.records.length > 0 && !reviewed.has(c.id))
    .map((c) => ({ id: c.id, label: c.label, recordCount: c.records.length }));
}

/** A data category the clerk marked reviewed on a request: who, on which day. */
export interface CategoryReview {
  categoryId: string;
  by: string;
  on: string;
}

/** What withholding a whole case did: how many records it newly withheld. */
export interface WithheldCase {
  caseId: string;
  count: number;
}
