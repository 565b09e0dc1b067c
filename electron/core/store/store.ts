import type { AuditRepository } from '../audit/auditRepository.ts';
import type { RequestRepository } from '../requests/requestRepository.ts';
import type { CaseRecordRepository } from '../records/caseRecordRepository.ts';
import type { SearchRepository } from '../search/searchRepository.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import type { TeamRepository } from '../team/teamRepository.ts';
import type { DocumentRepository } from '../documents/documentRepository.ts';

/**
 * The storage port (docs/architecture.md § Storage): everything the use cases read or write goes
 * through these repositories, so a second backend (PostgreSQL for a team) can stand in for the
 * embedded SQLite file. Methods are asynchronous wherever a network database would block; the SQLite
 * backend answers from prepared statements and resolves at once.
 *
 * Each feature defines its own repository interface beside its rules (requests/, records/, search/,
 * audit/, settings/); this file only gathers them. `transaction` runs a whole use case as one unit:
 * everything inside it commits together or nothing does.
 */
export interface Store {
  /** Which backend this is, for messages and the storage contract tests. */
  readonly kind: 'sqlite' | 'postgres';
  readonly requests: RequestRepository;
  readonly audit: AuditRepository;
  /** Runs `work` as one write transaction over this same store; a throw rolls every write back. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The case records from the collection system (records/caseRecordRepository.ts). */
  readonly records: CaseRecordRepository;
  /** The search index over them (search/searchRepository.ts). */
  readonly search: SearchRepository;
  /** The clerk's settings (settings/settingsRepository.ts). */
  readonly settings: SettingsRepository;
  /** Owners, request versions, roles, four-eyes decisions and team settings (team/teamRepository.ts, issue 15.3–4). */
  readonly team: TeamRepository;
  /** The case file's documents: files, read text, and per request mentions and redactions (documents/documentRepository.ts, issue 16). */
  readonly documents: DocumentRepository;
}
