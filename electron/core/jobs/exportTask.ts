import type { ExportResult } from '../../../shared/ipc/types.ts';
import { fixedClock } from '../clock/clock.ts';
import { exportRequest as exportRequestUseCase } from '../output/extractUseCases.ts';
import { readRegister } from '../settings/registerErrors.ts';
import type { SigningChoice } from '../settings/signingChoice.ts';
import { openSigningIdentity } from '../settings/signingChoice.ts';
import { openStore } from '../store/openStore.ts';
import type { TaskEnv, TaskProgress } from './tasks.ts';

export interface ExportTaskInput {
  /**
   * The handlers' own location (a file, or the team server's URL with its password): the worker opens
   * the same store. Handed over in memory to a thread of the same process, never written or logged.
   */
  databaseLocation: string;
  policyFile: string;
  reference: string;
  clerk: string;
  clerkRole: string | null;
  today: string;
  /** The instant the clerk started the export (ISO): the signing time, the PDF's and the archive's date. */
  startedAt: string;
  outDir: string;
  dataDir: string;
  archive: boolean;
  signing: SigningChoice;
  /**
   * The installation's audit and query keys (hex): the worker's connection appends audit entries too, and
   * seals them as the app's does. Handed over in memory to a thread of the same process, never written.
   */
  auditKeys: { audit: string; query: string };
}

export interface ExportTaskOutput extends ExportResult {
  hashes: { name: string; kind: 'pdf' | 'archive'; sha256: string }[];
}

/**
 * The export use case (output/extractUseCases.ts, the same one `inzage extract --request` runs) in a
 * worker thread: the thread that hosts the IPC handlers only waits for messages, so the window stays
 * responsive during the heaviest subject's export. The worker has its own connection; the files are
 * registered on the request through it, in one transaction, once both are written and checked.
 */
export async function exportRequest(raw: unknown, progress: TaskProgress, env: TaskEnv): Promise<ExportTaskOutput> {
  const input = raw as ExportTaskInput;
  progress('assemble', 0, 1000);
  const keys = { audit: Buffer.from(input.auditKeys.audit, 'hex'), query: Buffer.from(input.auditKeys.query, 'hex') };
  const store = await openStore(input.databaseLocation, { keys: { ...keys, database: env.databaseKey }, maxConnections: 2 });
  try {
    const clock = fixedClock(input.today, new Date(input.startedAt));
    const deps = { store, clock, clerk: { name: input.clerk, role: input.clerkRole }, register: readRegister(input.policyFile) };
    const result = await exportRequestUseCase(deps, {
      requestRef: input.reference,
      outDir: input.outDir,
      archive: input.archive,
      identity: (organisation) => {
        progress('certificate', 5, 1000);
        return openSigningIdentity(input.signing, { dataDir: input.dataDir, organisation, clock });
      },
      // Per mille, so that a page of the heavy subject's 400 moves the bar.
      onProgress: (p) =>
        progress(p.step, 50 + Math.round(p.fraction * 950), 1000, {
          ...(p.page !== undefined ? { page: p.page } : {}),
          ...(p.pages !== undefined ? { pages: p.pages } : {}),
        }),
    });
    return {
      folder: result.folder,
      files: result.files.map((file) => ({ name: file.name, bytes: file.bytes })),
      createdAt: result.createdAt,
      hashes: result.files.map((file) => ({ name: file.name, kind: file.kind, sha256: file.sha256 })),
    };
  } finally {
    await store.close();
  }
}
