import type { Migration } from '../migration.ts';

/**
 * Letters that left the app (issue 14.8). A letter is fixed the first time it is saved as a file or
 * printed: from then on its text, date and the clerk's one free paragraph are what the person got, and
 * every later copy reproduces it (Art. 5(2): the controller must be able to show what was sent). One
 * fixed letter per request and letter id (the kind, or `controller-notice:<client id>`); the files
 * made from it are recorded in request_outputs with their SHA-256, like the extract's.
 *
 * Numbered 009 (issue 14's numbering across branches; 007 was handed out and not used).
 */
export const fixedLetters: Migration = {
  version: 9,
  name: 'fixed letters',
  sql: `
CREATE TABLE request_letters (
  request_id  INTEGER NOT NULL REFERENCES requests(id),
  letter_id   TEXT NOT NULL CHECK (length(letter_id) > 0),
  kind        TEXT NOT NULL,
  language    TEXT NOT NULL CHECK (language IN ('nl','en')),
  letter      TEXT NOT NULL CHECK (json_valid(letter)),
  fixed_on    TEXT NOT NULL,
  fixed_by    TEXT NOT NULL,
  fixed_at    TEXT NOT NULL,
  PRIMARY KEY (request_id, letter_id)
) STRICT;
`,
};
