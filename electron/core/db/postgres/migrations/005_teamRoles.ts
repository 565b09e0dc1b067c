import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * The team tables on the server (issue 15.3, 15.4), as SQLite migration 010: owner and version per
 * request, roles, four-eyes decisions, the organisation's team settings. Requests are named by
 * reference (no foreign key to the register's tables of migration 003), as the audit trail names them.
 * A change takes the request_team row FOR UPDATE, so two clerks' changes to one request queue on that
 * row and the second sees the first's version.
 */
export const teamRoles: PostgresMigration = {
  version: 5,
  name: 'team: owners, request versions, roles, approvals, team settings',
  sql: `
CREATE TABLE request_team (
  reference   text PRIMARY KEY,
  owner       text CHECK (owner IS NULL OR length(trim(owner)) > 0),
  version     integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  changed_by  text,
  changed_at  text
);
CREATE INDEX request_team_owner ON request_team(owner);

CREATE TABLE request_approvals (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference   text NOT NULL,
  decision    text NOT NULL CHECK (decision IN ('approve','reject')),
  reason      text,
  decided_by  text NOT NULL,
  decided_at  text NOT NULL,
  version     integer NOT NULL,
  CHECK (decision = 'approve' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE INDEX request_approvals_reference ON request_approvals(reference, id);

CREATE TABLE team_roles (
  name  text NOT NULL CHECK (length(trim(name)) > 0),
  role  text NOT NULL CHECK (role IN ('clerk','approver','administrator')),
  PRIMARY KEY (name, role)
);

CREATE TABLE team_settings (
  key    text PRIMARY KEY CHECK (key IN ('roleChecks','fourEyes')),
  value  boolean NOT NULL
);
`,
};
