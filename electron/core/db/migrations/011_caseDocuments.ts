import type { Migration } from '../migration.ts';

/**
 * The case file's documents (issue 16.1; docs/documents.md). The file is kept inside the database, so
 * SQLCipher encrypts it like every row (no second place where personal data lies about), addressed by
 * its SHA-256 so one letter sent to two people is kept once. What was read from it lives per page
 * beside it, with the words' boxes a redaction needs. Per request, the clerk's decisions: which
 * possible mentions were added or dismissed, and what was redacted inside which document (Art. 15(4)),
 * kept like the record redactions so the copy can list each with its reason. Requests are named by
 * reference, as the team tables and the audit log name them, so the PostgreSQL tables match column for column.
 */
export const caseDocuments: Migration = {
  version: 11,
  name: 'case documents: files, read text, mentions and redactions per request',
  sql: `
CREATE TABLE document_files (
  sha256   TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  bytes    INTEGER NOT NULL CHECK (bytes >= 0),
  content  BLOB NOT NULL
) STRICT;

CREATE TABLE documents (
  id          TEXT PRIMARY KEY,
  case_id     TEXT REFERENCES cases(id),
  subject_id  TEXT REFERENCES subjects(id),
  kind        TEXT NOT NULL CHECK (kind IN ('letter-sent','letter-received','email','call-note','other')),
  date        TEXT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('incoming','outgoing','internal')),
  sender      TEXT,
  recipient   TEXT,
  title       TEXT,
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL CHECK (media_type IN ('application/pdf','image/jpeg','image/png','image/tiff','message/rfc822','text/plain')),
  sha256      TEXT NOT NULL REFERENCES document_files(sha256),
  parent_id   TEXT REFERENCES documents(id),
  CHECK (case_id IS NOT NULL OR subject_id IS NOT NULL)
) STRICT;
CREATE INDEX documents_subject ON documents(subject_id);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_parent ON documents(parent_id);

CREATE TABLE document_readings (
  document_id  TEXT PRIMARY KEY REFERENCES documents(id),
  status       TEXT NOT NULL CHECK (status IN ('pending','read','unreadable','ocr-unavailable')),
  method       TEXT CHECK (method IN ('pdf-text','ocr','email','plain')),
  problem      TEXT CHECK (problem IN ('encrypted','damaged','unsupported','empty','ocr-failed')),
  read_at      TEXT,
  page_count   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE document_pages (
  document_id  TEXT NOT NULL REFERENCES documents(id),
  page         INTEGER NOT NULL CHECK (page >= 1),
  text         TEXT NOT NULL,
  width        REAL NOT NULL DEFAULT 0,
  height       REAL NOT NULL DEFAULT 0,
  words        TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (document_id, page)
) STRICT;

CREATE TABLE request_document_mentions (
  reference    TEXT NOT NULL REFERENCES requests(reference),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  decision     TEXT NOT NULL CHECK (decision IN ('added','dismissed')),
  reason       TEXT,
  decided_by   TEXT NOT NULL,
  decided_on   TEXT NOT NULL,
  PRIMARY KEY (reference, document_id)
) STRICT;

CREATE TABLE request_document_redactions (
  id           INTEGER PRIMARY KEY,
  reference    TEXT NOT NULL REFERENCES requests(reference),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  page         INTEGER NOT NULL CHECK (page >= 1),
  target       TEXT NOT NULL,
  reason       TEXT NOT NULL,
  note         TEXT,
  redacted_by  TEXT NOT NULL,
  redacted_on  TEXT NOT NULL,
  CHECK (reason <> 'other' OR length(trim(coalesce(note, ''))) > 0)
) STRICT;
CREATE INDEX request_document_redactions_request ON request_document_redactions(reference, document_id);
`,
};
