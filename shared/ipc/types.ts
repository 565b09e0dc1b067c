import type { RequestOutcome, StoredController } from '../requests/requestOutcome.ts';
import type { AuditProblem } from '../audit/auditProblems.ts';
import type { VerifyCheck } from '../output/verifyChecks.ts';
import type { AuditDetails } from '../audit/auditWords.ts';
import type { StoredRepresentative } from '../requests/representative.ts';
import type { HeldPastPeriodRecord, OverdueRecord } from '../retention/retentionRules.ts';
import type { ExtensionAvailability } from '../deadlines/extensionAvailability.ts';
import type { DeadlineAccount } from '../deadlines/deadlineAccount.ts';
import type { ErrorParams } from '../errors/domainError.ts';
import type { ErrorCode } from '../errors/errorCodes.ts';
import type { DocumentKind, DocumentReading } from '../documents/documentModel.ts';
import type { ReadingNotice } from '../documents/readingNotice.ts';
/**
 * What the IPC channels return. Plain types in shared/, so the renderer and the core agree on them
 * without the renderer ever importing the core (architecture.md, layers).
 */
import type { ExtractModel, Redaction } from '../extract/extractModel.ts';
import type { RequestStatus } from '../requests/requestStatus.ts';
import { requestStatuses } from '../requests/requestStatus.ts';

export type { RequestStatus };
export { requestStatuses };

export type Language = 'nl' | 'en';

/** Features that other parts of the app provide; the UI shows an honest "not available yet" without them. */
export const featureNames = ['search', 'requests', 'extract', 'export', 'audit'] as const;
export type Feature = (typeof featureNames)[number];

export interface AppInfo {
  version: string;
  databaseFile: string;
  userDataDir: string;
  policy: { id: string; version: string; organisation: string };
  features: Record<Feature, boolean>;
  demo: { seed: string | null; referenceDate: string | null; subjects: number };
  today: string;
  /** Where the key of the encrypted database is kept (docs/security.md § Keys); null where the host does not say (tests). */
  databaseKey: DatabaseKeyInfo | null;
}

/**
 * The database is encrypted at rest; its key derives from the installation secret, kept by the OS
 * keystore or, where there is none, in an owner-only key file that the command line reads as well.
 */
export interface DatabaseKeyInfo {
  storage: 'keystore' | 'key-file';
  /** The owner-only key file for the command line exists (with a keystore: left by or for the CLI). */
  keyFileExists: boolean;
}

/** The processing register in use: the built-in one (`file` null) or the organisation's own file. */
export interface RegisterInUse {
  file: string | null;
  id: string;
  version: string;
  organisation: string;
  /** Set when the configured register could not be read at start-up and the built-in one is used instead. */
  problem: string | null;
  /**
   * What the organisation still has to confirm: configuration we added (or elements the register does
   * not mark), as opposed to its own published statement (issue 12.10; `inzage register check` lists the same).
   */
  provenance?: RegisterProvenanceView;
}

export interface RegisterProvenanceView {
  elements: number;
  fromStatement: number;
  toConfirm: {
    section: string;
    element: string | null;
    label: { nl: string; en: string } | null;
    note: { nl: string; en: string } | null;
    from: 'configuration' | 'unmarked' | 'published-statement';
  }[];
}

/** The signing certificate the clerk chose, as checked when it was chosen. Never the passphrase. */
export interface CertificateSummary {
  file: string;
  signerName: string;
  organisation: string;
  /** The certificate's notAfter, as YYYY-MM-DD. */
  validUntil: string;
  /** The passphrase is kept encrypted by the OS secret store; otherwise it is asked at each export. */
  passphraseStored: boolean;
}

/** What the Settings screen shows. The stored passphrase ciphertext never leaves the main process. */
export interface Settings {
  language: Language;
  clerkName: string;
  /** The clerk's function; null until the clerk said who they are: the window then shows the first-start screen (issue 14.5). */
  clerkRole: string | null;
  outputFolder: string;
  register: RegisterInUse;
  certificate: CertificateSummary | null;
  /** The trust anchors `verify` checks signers against (issue 13.5). */
  trustAnchors: TrustAnchorSummary[];
  /** Whether the OS can keep a secret encrypted (Electron safeStorage with a real keyring). */
  secretStorage: 'available' | 'unavailable';
  /** Settings → Team database (issue 15.1); the handlers always give it (optional for the window's test fixtures). */
  teamDatabase?: TeamDatabaseSettings;
}

/** The team's PostgreSQL server as Settings shows it: never the password. */
export interface TeamDatabaseSettings {
  /** The configured server's URL without password; null: this laptop's own database file. */
  url: string | null;
  passwordKept: boolean;
  /** The server this run works on (URL without password), or null when it works on the own file. */
  inUse: string | null;
  /** The configured database differs from the one in use: it takes effect when Inzage starts again. */
  restartNeeded: boolean;
  /** Why the configured server could not be opened at start (an error code; the own file is used meanwhile). */
  problem: string | null;
}

/** "Test connection": the server and its schema, or why it could not be reached (an error code with its parameters). */
export type TeamDatabaseCheck =
  | { ok: true; serverVersion: string; schemaVersion: number; appSchemaVersion: number; schema: 'current' | 'outdated' | 'too-new' }
  | { ok: false; code: string; params: Record<string, string | number> };

/** Why a chosen file was not taken into use; the setting in use stays as it was. */
export type SettingsProblem =
  | { kind: 'register-invalid'; file: string; issues: { path: string; message: string }[] }
  | { kind: 'register-unreadable'; file: string; detail: string }
  | { kind: 'certificate'; file: string; reason: CertificateProblem; date: string | null };
export type CertificateProblem = 'unreadable' | 'not-pkcs12' | 'passphrase' | 'no-key' | 'no-certificate' | 'expired' | 'not-yet-valid';

export type SettingsApplied = { applied: true; settings: Settings } | { applied: false; settings: Settings; problem: SettingsProblem };

export type FilePurpose = 'register' | 'certificate' | 'checkpoint' | 'trust-anchor';

/**
 * The audit trail checked (docs/audit-trail.md): intact, with how many entries carry only the old unkeyed
 * seal and the checkpoint it was checked against; or the first entry that does not fit, and why (English detail).
 */
export type AuditCheck =
  | { ok: true; count: number; unkeyedEntries: number; checkpoint: { count: number; at: string } | null }
  | { ok: false; firstBad: number; problem: string; reason: AuditProblem };
export type FolderPurpose = 'output';

export interface Stats {
  schemaVersion: number;
  bytes: number;
  tables: Record<string, number>;
}

export interface SearchEvidence {
  field: string;
  value: string;
  /** exact, normalised (case, accents, notation) or fuzzy (similar spelling). */
  how: 'exact' | 'normalised' | 'fuzzy';
}

/** Another entry with the same name as a result: what tells the two apart (docs/domain.md §8). */
export interface SearchNamesake {
  subjectId: string;
  birthDate: string | null;
  address: string | null;
  caseCount: number;
}

export interface SearchGroup {
  subjectId: string;
  displayName: string;
  birthDate: string | null;
  address: string | null;
  score: number;
  evidence: SearchEvidence[];
  /** Other entries that look like the same person stored twice (flagged, never merged automatically). */
  possibleDuplicates: string[];
  /**
   * Every other entry in the database with the same name (not only those on screen), with what tells it apart; at most
   * a few dozen are listed, `namesakeCount` says how many there are in all.
   */
  namesakes: SearchNamesake[];
  namesakeCount: number;
  caseCount: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  /** Counting stopped at `total` (1,000): more match, shown as "20 of more than 1,000". */
  totalCapped?: boolean;
  /** Asked with deferNamesakes: the groups' namesakes are not looked up yet (a count of 0 means "not known"). */
  namesakesPending?: boolean;
  groups: SearchGroup[];
}

export interface RequestSummary {
  id: string;
  reference: string;
  requesterName: string;
  kind: 'access' | 'portability' | 'both';
  status: RequestStatus;
  receivedOn: string;
  /** Null while the clock is paused (waiting for identity information). */
  dueOn: string | null;
  /** Negative when overdue; null once the request is closed or while paused. */
  daysLeft: number | null;
  paused: boolean;
  extended: boolean;
  subjectCount: number;
}

export interface RequestHistoryEntry {
  at: string;
  actor: string;
  action: string;
  /** The entry's references and counts as logged, for shared/audit/auditSentences.ts to put into words. */
  subjectId: string | null;
  target: string | null;
  details: AuditDetails | null;
  detail: string;
}

export interface RequestLetter {
  id: string;
  title: string;
  body: string;
  /** What the clerk should check before sending (a reason typed in the other language): codes worded by errorMessages. */
  warnings: { code: ErrorCode; params: ErrorParams }[];
  /** Issue 14.8: when the letter was fixed (first saved as PDF or printed); its text no longer changes. Absent/null: a draft. */
  fixed?: { on: string; by: string } | null;
  /** The one free paragraph the clerk may write before the letter is fixed (null: none). */
  freeParagraph?: string | null;
}

/** A letter the request would have but that cannot be made now, with the reason (e.g. an extension notice after the first month). */
export interface UnavailableLetter {
  id: string;
  code: ErrorCode;
  params: ErrorParams;
}

export interface RequestDetail extends RequestSummary {
  /** The original due date, every pause with its reason, and what was disregarded and why (issue 12.1; `inzage request show` too). */
  deadlineAccount?: DeadlineAccount;
  /** Issue 14.7: whether the two-month extension can be recorded today, else why not (shared/deadlines/extensionAvailability.ts). */
  extension?: ExtensionAvailability;
  language: Language;
  channel: string;
  identity: { method: string; checkedOn: string; checkedBy: string } | null;
  /** The statuses the register allows next (the transition table of the request issue). */
  allowedNext: RequestStatus[];
  requesterAddress: string | null;
  requesterEmail: string | null;
  subjectIds: string[];
  /** Entries the clerk decided are not this person ("not this person", or unlinked), with the reason (domain.md § matching). */
  rejectedCandidates?: { subjectId: string; reason: string; rejectedOn: string; rejectedBy: string }[];
  redactions: Redaction[];
  letters: RequestLetter[];
  unavailableLetters: UnavailableLetter[];
  /** An answer that is not a copy of records (no data held; referred to the controller). */
  outcome: RequestOutcome | null;
  /** Who acts for the person, and the proof of authority checked; letters go to them. */
  representative: StoredRepresentative | null;
  /** The clients a processor-only request was referred to, with their instructions (Art. 28(3)(e)). */
  controllers: StoredController[];
  history: RequestHistoryEntry[];
  exports: ExportResult[];
}

export interface ExportResult {
  folder: string;
  files: { name: string; bytes: number }[];
  createdAt: string;
}

export interface JobStarted {
  jobId: string;
}

export interface JobProgress {
  jobId: string;
  kind: 'export' | 'demo' | 'documents';
  stage: string;
  done: number;
  total: number;
  /** While the PDF renders: the page at hand, and the page count once known (issue 14.6). */
  page?: number;
  pages?: number;
}

/**
 * The extract as it will be signed, for the preview (issue 14.4): the PDF the export's renderer makes
 * from the same model, base64, and its page count. The window renders only the pages in view.
 */
export interface PreviewPdf {
  pdf: string;
  pageCount: number;
  language: 'nl' | 'en';
}

/** Where a step is in the document, passed along with a task's progress. */
export type ProgressAt = Pick<JobProgress, 'page' | 'pages'>;

interface JobEnd {
  jobId: string;
  ok: boolean;
  /** Why the job failed, as an error code and its parameters (shared/errors): the window words it in the clerk's language. */
  error: { code: ErrorCode; params: ErrorParams } | null;
}

/** The end of a job; its result depends on the kind: the export's files, or the counts of a documents reading. */
export type JobDone =
  | (JobEnd & { kind: 'export' | 'demo'; result: ExportResult | null })
  | (JobEnd & { kind: 'documents'; result: DocumentsReadSummary | null });

/**
 * docs-readjob (issue 16.2): what reading the documents' text found, as the window receives it at the
 * end of the job (the core's ReadDocumentsResult, electron/core/documents/readDocuments.ts): counts, and
 * each document that could not be read with the catalogue code saying why. No text, no names.
 */
export interface DocumentsReadSummary {
  documents: number;
  read: number;
  unreadable: number;
  ocrUnavailable: number;
  notRead: { documentId: string; kind: DocumentKind; status: DocumentReading['status']; notice: ReadingNotice | null }[];
  ocrNotice: { code: ErrorCode; params: Record<string, string | number> } | null;
}

/**
 * valid: nothing changed since signing and the signer chains to one of the organisation's trust
 * anchors; untrusted: nothing changed, but the signer is not trusted (issue 13.5); invalid: a change.
 */
export type VerifyVerdict = 'valid' | 'untrusted' | 'invalid';

/** Why a signer is (not) trusted: trusted, no anchor configured, no chain to an anchor, or a chain that does not hold. */
export type TrustReason = 'trusted' | 'no-anchors' | 'unknown-issuer' | 'chain-invalid';

/** Who signed a verified file, as their certificate names them and its issuer, and whether the organisation trusts them. */
export interface VerifiedSigner {
  file: string;
  commonName: string;
  organisation: string;
  issuer: { commonName: string; organisation: string };
  trust: TrustReason;
}

export interface VerifyResult {
  ok: boolean;
  verdict: VerifyVerdict;
  signers: VerifiedSigner[];
  /** Each finding as data: the window words it in the clerk's language (shared/output/verifyChecks.ts). */
  checks: VerifyCheck[];
}

/** A CA certificate the organisation trusts for `verify`: its subject, end of validity and SHA-256 fingerprint. */
export interface TrustAnchorSummary {
  fingerprint: string;
  commonName: string;
  organisation: string;
  /** notAfter, as YYYY-MM-DD. */
  validUntil: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  requestId: string | null;
  subjectId: string | null;
  /** As logged, for shared/audit/auditSentences.ts to put into words (issue 14.6); `detail` is the raw form. */
  target: string | null;
  details: AuditDetails | null;
  detail: string;
}

/**
 * Records past their retention date and records a legal hold keeps past their own period
 * (electron/core/retention/retentionUseCases.ts): the window's retention view and
 * `inzage retention --overdue` show this one list.
 */
export interface RetentionOverview {
  today: string;
  records: OverdueRecord[];
  heldPastPeriod: HeldPastPeriodRecord[];
}

export interface ReportSummary {
  total: number;
  open: number;
  overdue: number;
  dueWithin7Days: number;
  answered: number;
  medianDaysToAnswer: number | null;
  byStatus: Record<string, number>;
}

export type { ExtractModel, Redaction };
