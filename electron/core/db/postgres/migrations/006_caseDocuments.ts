import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * The case file's documents on the team's server (issue 16.1; docs/documents.md): the tables of SQLite
 * migration 011, column for column. The file's bytes are `bytea` in `document_files`, addressed by
 * SHA-256, so a letter sent to two people is kept once and the server's own protection (disk
 * encryption, access control, backups) covers it like the rows; no second place holds personal data.
 * Text is COLLATE "C" (byte order, as SQLite's BINARY) so documents list in the same order on both
 * backends; the document's date is a `date` (ISO text back, postgresPool.ts). The references of a
 * document are DEFERRABLE like the case records' (001): an import file may name a case or a parent
 * e-mail before or after the document, and the server checks them again before its COMMIT.
 * Requests are named by reference, as the team tables and the audit trail name them.
 */
export const caseDocuments: PostgresMigration = {
  version: 6,
  name: 'case documents: files, read text, mentions and redactions per request',
  sql: `
CREATE TABLE document_files (
  sha256   text COLLATE "C" PRIMARY KEY CHECK (length(sha256) = 64),
  bytes    bigint NOT NULL CHECK (bytes >= 0),
  content  bytea NOT NULL
);

CREATE TABLE documents (
  id          text COLLATE "C" PRIMARY KEY,
  case_id     text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  subject_id  text COLLATE "C" REFERENCES subjects(id) DEFERRABLE,
  kind        text COLLATE "C" NOT NULL CHECK (kind IN ('letter-sent','letter-received','email','call-note','other')),
  date        date NOT NULL,
  direction   text COLLATE "C" NOT NULL CHECK (direction IN ('incoming','outgoing','internal')),
  sender      text COLLATE "C",
  recipient   text COLLATE "C",
  title       text COLLATE "C",
  file_name   text COLLATE "C" NOT NULL,
  media_type  text COLLATE "C" NOT NULL
                CHECK (media_type IN ('application/pdf','image/jpeg','image/png','image/tiff','message/rfc822','text/plain')),
  sha256      text COLLATE "C" NOT NULL REFERENCES document_files(sha256) DEFERRABLE,
  parent_id   text COLLATE "C" REFERENCES documents(id) DEFERRABLE,
  CHECK (case_id IS NOT NULL OR subject_id IS NOT NULL)
);
CREATE INDEX documents_subject ON documents(subject_id);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_parent ON documents(parent_id);

CREATE TABLE document_readings (
  document_id  text COLLATE "C" PRIMARY KEY REFERENCES documents(id),
  status       text COLLATE "C" NOT NULL CHECK (status IN ('pending','read','unreadable','ocr-unavailable')),
  method       text COLLATE "C" CHECK (method IN ('pdf-text','ocr','email','plain')),
  problem      text COLLATE "C" CHECK (problem IN ('encrypted','damaged','unsupported','empty','ocr-failed')),
  read_at      text,
  page_count   integer NOT NULL DEFAULT 0
);

CREATE TABLE document_pages (
  document_id  text COLLATE "C" NOT NULL REFERENCES documents(id),
  page         integer NOT NULL CHECK (page >= 1),
  text         text NOT NULL,
  width        double precision NOT NULL DEFAULT 0,
  height       double precision NOT NULL DEFAULT 0,
  words        text NOT NULL DEFAULT '[]',
  PRIMARY KEY (document_id, page)
);

CREATE TABLE request_document_mentions (
  reference    text COLLATE "C" NOT NULL REFERENCES requests(reference),
  document_id  text COLLATE "C" NOT NULL REFERENCES documents(id),
  decision     text COLLATE "C" NOT NULL CHECK (decision IN ('added','dismissed')),
  reason       text,
  decided_by   text NOT NULL,
  decided_on   text NOT NULL,
  PRIMARY KEY (reference, document_id)
);

CREATE TABLE request_document_redactions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference    text COLLATE "C" NOT NULL REFERENCES requests(reference),
  document_id  text COLLATE "C" NOT NULL REFERENCES documents(id),
  page         integer NOT NULL CHECK (page >= 1),
  target       text NOT NULL,
  reason       text NOT NULL,
  note         text,
  redacted_by  text NOT NULL,
  redacted_on  text NOT NULL,
  CHECK (reason <> 'other' OR length(trim(coalesce(note, ''))) > 0)
);
CREATE INDEX request_document_redactions_request ON request_document_redactions(reference, document_id);
`,
};
