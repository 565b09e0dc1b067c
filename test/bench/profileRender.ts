// Renders and signs the heavy demo subject ROUNDS times, printing each time:
// for `node --import tsx --cpu-prof test/bench/profileRender.ts`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderExtractPdf } from '../../electron/core/output/pdf/renderExtractPdf.ts';
import { signPdf } from '../../electron/core/output/sign/signPdf.ts';
import { createDemoP12, demoP12Passphrase, loadSigningIdentity } from '../../electron/core/output/sign/signingIdentity.ts';
import { heavyModel, seedBenchDatabase } from './outputFixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const { db, heavySubject } = seedBenchDatabase(dir, 400);
const model = heavyModel(db, heavySubject);
db.close();
const identity = loadSigningIdentity(createDemoP12('Bench'), demoP12Passphrase);
const rounds = Number(process.env.ROUNDS ?? 3);
for (let round = 0; round < rounds; round++) {
  const t0 = performance.now();
  const signedAt = new Date('2026-11-24T01:00:00Z');
  const rendered = await renderExtractPdf(model, {
    signerName: identity.signerName,
    organisation: identity.organisation,
    signedAt,
    isDemo: true,
  });
  const t1 = performance.now();
  const signed = await signPdf(rendered.pdf, identity, {
    rect: rendered.signatureRect,
    signingTime: signedAt,
    signerName: identity.signerName,
    reason: 'r',
    location: 'l',
    contactInfo: 'c',
  });
  const t2 = performance.now();
  console.log(`render ${(t1 - t0).toFixed(0)} ms, sign ${(t2 - t1).toFixed(0)} ms, ${rendered.pageCount} pages`);
  if (process.env.OUT) writeFileSync(process.env.OUT, signed);
}
