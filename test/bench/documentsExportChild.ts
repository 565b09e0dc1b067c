// Child process of the documents export bench: one whole export of a request with documents through the
// export use case (as the worker runs it), then its peak RSS and wall time as JSON.
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { exportRequest } from '../../electron/core/output/extractUseCases.ts';
import { createDemoP12, demoP12Passphrase, loadSigningIdentity } from '../../electron/core/output/sign/signingIdentity.ts';
import { testKeys } from '../helpers/testKeys.ts';
import { testUseCaseDeps } from '../helpers/useCaseDeps.ts';

const [dbFile, reference, outDir] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbFile, testKeys.database);
const started = performance.now();
const result = await exportRequest(testUseCaseDeps(db).on('2026-03-02'), {
  requestRef: reference,
  outDir: join(outDir, 'export'),
  archive: true,
  identity: async () => loadSigningIdentity(createDemoP12('Bench'), demoP12Passphrase),
});
const ms = performance.now() - started;
db.close();
const bytes = Object.fromEntries(result.files.map((file) => [file.kind, file.bytes]));
console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, ms, bytes }));
