import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * The keyed audit chain on the team's server (Art. 5(2) GDPR; docs/audit-trail.md), as SQLite
 * migrations 003 and 006 leave it: one chain for the whole team, append-only (triggers refuse UPDATE,
 * DELETE and TRUNCATE), with the anchor row holding the count and head seal so that removing the last
 * entries is detected too. A server starts empty, so its whole chain is keyed (keyed_from 1).
 *
 * Several clerks append at once: each append locks the anchor row (SELECT … FOR UPDATE) for the rest
 * of its transaction, so entries are numbered and sealed one after another into ONE chain, never two
 * branches from the same head (postgresAuditRepository.ts). The primary key on seq backs that up.
 * Every column the seal covers is text or a number exactly as written (`at` is the ISO instant).
 */
export const auditTrail: PostgresMigration = {
  version: 4,
  name: 'keyed audit chain',
  sql: `
CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY CHECK (seq >= 1),
  at           text NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  request_ref  text,
  subject_id   text,
  target       text,
  details      text CHECK (details IS NULL OR json_typeof(details::json) IS NOT NULL),
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_log_request ON audit_log (request_ref, seq);

CREATE TABLE audit_anchor (
  id           integer PRIMARY KEY CHECK (id = 1),
  count        bigint NOT NULL,
  head_hash    text NOT NULL,
  keyed_from   bigint NOT NULL DEFAULT 1 CHECK (keyed_from >= 1)
);
INSERT INTO audit_anchor (id, count, head_hash, keyed_from) VALUES (1, 0, '${'0'.repeat(64)}', 1);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE FUNCTION audit_anchor_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit anchor cannot be deleted';
END;
$$;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
  FOR EACH ROW EXECUTE FUNCTION audit_anchor_kept();
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
  FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_kept();
`,
};
