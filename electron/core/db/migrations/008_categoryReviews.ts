import type { Migration } from '../migration.ts';

/**
 * The clerk's "reviewed" mark per data category of a request (issue 14.3): which categories of the copy
 * someone has gone through before it is handed out. Generating the extract names the categories not yet
 * marked; it does not stop. One row per category and request; unmarking deletes it (the audit trail
 * keeps both decisions, Art. 5(2)).
 */
export const categoryReviews: Migration = {
  version: 8,
  name: 'reviewed marks per data category of a request',
  sql: `
CREATE TABLE request_category_reviews (
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  category_id  TEXT NOT NULL,
  reviewed_by  TEXT NOT NULL,
  reviewed_on  TEXT NOT NULL,
  PRIMARY KEY (request_id, category_id)
) STRICT;
`,
};
