// Child process of the archive bench: one whole export of a subject, then the peak RSS as JSON.
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { exportExtract } from '../../electron/core/output/exportExtract.ts';
import { createDemoP12, demoP12Passphrase, loadSigningIdentity } from '../../electron/core/output/sign/signingIdentity.ts';
import { heavyModel } from './outputFixture.ts';
import { testKeys } from '../helpers/testKeys.ts';

const [dbFile, subjectId, outDir] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbFile, testKeys.database, { readonly: true });
const model = heavyModel(db, subjectId);
db.close();
await exportExtract({
  model,
  outDir,
  identity: loadSigningIdentity(createDemoP12('Bench'), demoP12Passphrase),
  archive: true,
  signingTime: new Date(),
});
console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }));
