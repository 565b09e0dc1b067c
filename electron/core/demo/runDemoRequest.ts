import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { basename } from 'node:path';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Language } from '../../../shared/extract/extractModel.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import { systemClock } from '../clock/clock.ts';
import type { Db } from '../db/openDatabase.ts';
import { exportExtract } from '../output/exportExtract.ts';
import type { SigningIdentity } from '../output/sign/signingIdentity.ts';
import { verifyFile } from '../output/verify/verifyFile.ts';
import { loadSubjectProfile } from '../records/loadSubjectProfile.ts';
import { buildExtractRequest } from '../requests/buildExtractRequest.ts';
import type { Actor } from '../requests/requestRepository.ts';
import type { Clock } from '../clock/clock.ts';
import { requestDeadline } from '../requests/requestRepository.ts';
import {
  changeStatus,
  linkSubjects,
  pauseForIdentity,
  recordIdentity,
  recordOutput,
  registerRequest,
  rejectSubject,
} from '../requests/useCases/index.ts';
import { readPendingDocuments } from '../documents/readDocuments.ts';
import { sqliteStore } from '../store/sqliteStore.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { searchSubjects } from '../search/searchSubjects.ts';
import { readLandmarks } from './seedDatabase.ts';

export interface DemoRequestOptions {
  db: Db;
  /** The installation's audit and query keys: the demo's audit entries are sealed as the app's are. */
  keys: Pick<InstallationKeys, 'audit' | 'query'>;
  policy: Policy;
  identity: SigningIdentity;
  outDir: string;
  language: Language;
  actor: Actor;
  /** The clock the outputs are dated by (default: the system clock on the actor's day). */
  clock?: Clock;
  /** One line per step, for the clerk watching; holds ids and counts, never names. */
  report: (line: string) => void;
}

export interface DemoRequestResult {
  reference: string;
  linked: string[];
  rejected: string[];
  pdfPath: string;
  archivePath: string | null;
  verified: boolean;
}

/**
 * A whole subject access request on the demo database, as a clerk would do it in the app: register
 * the letter of "Jan van den Berg", check identity (date of birth on the letter), search, tell the
 * namesakes apart by date of birth, link the right entry and record the rejected one, assemble the
 * extract, export the signed PDF and the portability archive, verify both, record them and send.
 * Every step goes through the same core functions as the app, so the audit trail records it all.
 */
export async function runDemoRequest(options: DemoRequestOptions): Promise<DemoRequestResult> {
  const { db, actor, report } = options;
  // The same use cases as the app and `inzage request …`, on this connection, on the actor's day; signing time,
  // PDF creation date and archive timestamps from the same clock (docs/architecture.md § One clock).
  const clock = options.clock ?? systemClock(actor.today);
  const deps: UseCaseDeps = {
    store: sqliteStore(db, { keys: options.keys }),
    clock,
    clerk: { name: actor.clerk },
    register: options.policy,
  };
  const landmarks = readLandmarks(db);
  if (!landmarks) throw new Error(`${db.name} is not a demo database (no demo landmarks); run this on the built-in demo database`);
  const [person] = landmarks.namesakes;
  const birthDate = (db.prepare('SELECT birth_date FROM subjects WHERE id = ?').get(person) as { birth_date: string }).birth_date;

  const request = await registerRequest(deps, {
    receivedOn: actor.today,
    channel: 'letter',
    kind: 'both',
    language: options.language,
    requester: { name: 'J. van den Berg', address: 'Kinkerstraat 112, 1053 ED Amsterdam' },
  });
  const reference = request.reference;
  const due = requestDeadline(request, holidaysOf(deps.register));
  report(`registered ${reference}: received ${actor.today}, ${due.state === 'running' ? `due ${due.due}` : 'clock paused'}`);

  await pauseForIdentity(deps, reference);
  // Recording the check resumes the clock and moves the request on to "in-progress".
  await recordIdentity(deps, reference, {
    method: 'Signed letter with date of birth; address matches our records',
    informationReceivedOn: actor.today,
  });
  report('identity checked (no copy kept); in progress');

  const query = 'Jan van den Berg';
  const results = searchSubjects(db, query, { limit: 20 });
  await deps.store.audit.append(
    {
      actor: actor.clerk,
      action: 'search',
      requestRef: reference,
      details: { query: deps.store.audit.digest(query), results: results.length },
    },
    clock.now(),
  );
  const namesakes = results.filter((r) => r.displayName === 'Jan van den Berg');
  const chosen = namesakes.filter((r) => r.birthDate === birthDate);
  if (chosen.length !== 1) throw new Error(`expected exactly one search result born ${birthDate}, found ${chosen.length}`);
  const rejected = namesakes.filter((r) => r.birthDate !== birthDate);
  report(`search: ${results.length} people found, ${namesakes.length} with the same name; told apart by date of birth`);
  for (const match of chosen) {
    await linkSubjects(deps, reference, [match.subjectId], { query, evidence: match.evidence, birthDate: match.birthDate });
    report(`linked ${match.subjectId} (score ${match.score.toFixed(2)}, ${match.evidence.length} matching fields)`);
  }
  for (const other of rejected) {
    await rejectSubject(
      deps,
      reference,
      other.subjectId,
      { query, birthDate: other.birthDate },
      'Same name, other date of birth: a namesake',
    );
    report(`rejected namesake ${other.subjectId}`);
  }

  // docs-read (issue 16.2): the documents' text is read before the export, as the clerk does first in the app.
  const documents = await readPendingDocuments(deps);
  if (documents.documents > 0)
    report(
      `documents read before the export: ${documents.read} read, ${documents.unreadable} unreadable, ` +
        `${documents.ocrUnavailable} waiting for OCR`,
    );

  const subjectIds = chosen.map((r) => r.subjectId);
  const model = assembleExtract(
    loadSubjectProfile(db, subjectIds),
    options.policy,
    buildExtractRequest(db, reference, actor.clerk),
    actor.today,
  );
  const recordCount = model.categories.reduce((sum, c) => sum + c.records.length, 0);
  report(
    `extract: ${recordCount} records in ${model.categories.length} categories, ` +
      `${model.withheld.length} withheld, ${model.automatedDecisions.length} automated ` +
      `decisions`,
  );

  const exported = await exportExtract({
    model,
    outDir: options.outDir,
    identity: options.identity,
    archive: true,
    signingTime: clock.now(),
  });
  let verified = true;
  for (const { path, kind, sha256 } of exported.files) {
    // The demo certificate is self-signed and no organisation trusts it: intact is what the demo can show.
    const check = await verifyFile(path);
    verified &&= check.intact;
    await recordOutput(deps, reference, { fileName: basename(path), kind, sha256 });
    const outcome = check.verdict === 'valid' ? 'verified' : check.intact ? 'signature intact, signer not trusted' : 'VERIFICATION FAILED';
    report(`${kind}: ${path} — ${outcome} (sha256 ${sha256.slice(0, 16)}…)`);
  }
  if (!verified) throw new Error('an output failed verification; the request was not marked sent');
  await changeStatus(deps, reference, 'ready');
  await changeStatus(deps, reference, 'sent');
  report(`${reference} marked sent`);
  return {
    reference,
    linked: subjectIds,
    rejected: rejected.map((r) => r.subjectId),
    pdfPath: exported.pdfPath,
    archivePath: exported.archivePath,
    verified,
  };
}
