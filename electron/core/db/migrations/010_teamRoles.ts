import type { Migration } from '../migration.ts';

/**
 * Several clerks on one register (issue 15.3, 15.4): who owns a request and which version of it was
 * last changed (optimistic concurrency: a change names the version the clerk saw), the team's roles,
 * the four-eyes decisions before an answer is sent (Art. 5(2): approval and rejection are accountable
 * acts, so they are kept, never overwritten) and the organisation's team settings.
 *
 * Requests are named by reference, as the audit log names them, so these tables match PostgreSQL
 * migration 005 column for column. On the single-clerk file they stay empty until used: the role
 * checks are off by default here (team_settings has no row).
 */
export const teamRoles: Migration = {
  version: 10,
  name: 'team: owners, request versions, roles, approvals, team settings',
  sql: `
CREATE TABLE request_team (
  reference   TEXT PRIMARY KEY,
  owner       TEXT CHECK (owner IS NULL OR length(trim(owner)) > 0),
  version     INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
  changed_by  TEXT,
  changed_at  TEXT
) STRICT;
CREATE INDEX request_team_owner ON request_team(owner);

CREATE TABLE request_approvals (
  id          INTEGER PRIMARY KEY,
  reference   TEXT NOT NULL,
  decision    TEXT NOT NULL CHECK (decision IN ('approve','reject')),
  reason      TEXT,
  decided_by  TEXT NOT NULL,
  decided_at  TEXT NOT NULL,
  version     INTEGER NOT NULL,
  CHECK (decision = 'approve' OR length(trim(coalesce(reason, ''))) > 0)
) STRICT;
CREATE INDEX request_approvals_reference ON request_approvals(reference, id);

CREATE TABLE team_roles (
  name  TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role  TEXT NOT NULL CHECK (role IN ('clerk','approver','administrator')),
  PRIMARY KEY (name, role)
) STRICT;

CREATE TABLE team_settings (
  key    TEXT PRIMARY KEY CHECK (key IN ('roleChecks','fourEyes')),
  value  INTEGER NOT NULL CHECK (value IN (0, 1))
) STRICT;
`,
};
