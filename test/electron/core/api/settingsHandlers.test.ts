import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings, SettingsApplied } from '../../../../shared/ipc/types.ts';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { verifyFile } from '../../../../electron/core/output/verify/verifyFile.ts';
import { defaultPolicyFile } from '../../../../electron/core/policy/loadPolicy.ts';
import { loadConfiguredRegister } from '../../../../electron/core/settings/configuredRegister.ts';
import { noSecretStore } from '../../../../electron/core/settings/secretStore.ts';
import type { HandlerHarness } from '../../../helpers/handlerHarness.ts';
import { createTestHandlers, waitForJob } from '../../../helpers/handlerHarness.ts';
import { createTestCa, writeTestP12 } from '../../../helpers/testCertificate.ts';
import { scriptedChooser, testSecretStore } from '../../../helpers/testSecretStore.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

const tempDir = useTempDirs('test');
const passphrase = 'Zomer-2026!vijf-koeien';

async function call<T>(h: HandlerHarness, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The built-in register with one change, as an organisation would adapt it. */
function registerFile(dir: string, name: string, change: (register: Record<string, unknown>) => void): string {
  const register = JSON.parse(readFileSync(defaultPolicyFile(), 'utf8')) as Record<string, unknown>;
  change(register);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(register, null, 2));
  return file;
}

function storedSettings(dir: string): Record<string, unknown> {
  const file = join(dir, 'settings.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
}

async function linkedRequest(h: HandlerHarness): Promise<string> {
  const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
  const subject = readLandmarks(db)!.foreignTransfer;
  db.close();
  const request = await call<{ id: string }>(h, 'request:create', {
    requesterName: 'Test Person',
    kind: 'access',
    language: 'en',
    receivedOn: '2026-11-10',
    channel: 'email',
  });
  await call(h, 'request:checkIdentity', { requestId: request.id, method: 'known e-mail address' });
  await call(h, 'request:linkSubjects', { requestId: request.id, subjectIds: [subject], reason: 'name and birth date' });
  return request.id;
}

describe('Settings: the processing register', () => {
  it(
    'applies only the file chosen in the dialog; an invalid one is refused with ' + 'the field named and the register in use stays',
    async () => {
      const dir = tempDir();
      const chooser = scriptedChooser();
      const h = createTestHandlers(dir, { subjects: 100, chooser });
      try {
        const broken = registerFile(dir, 'broken.json', (r) => {
          (r.organisation as Record<string, unknown>).name = '';
        });
        // Not chosen in a dialog: refused before the file is even read.
        expect(await dispatch(h.handlers, 'settings:useRegister', { file: broken })).toMatchObject({
          ok: false,
          error: { code: 'settings.not-chosen-in-dialog' },
        });

        chooser.answers.register = broken;
        expect(await call(h, 'dialog:chooseFile', { purpose: 'register' })).toEqual({ path: broken });
        const refused = await call<SettingsApplied>(h, 'settings:useRegister', { file: broken });
        expect(refused.applied).toBe(false);
        expect(refused).toMatchObject({ problem: { kind: 'register-invalid', file: broken, issues: [{ path: 'organisation.name' }] } });
        expect(refused.settings.register).toMatchObject({ file: null, id: 'alektum-nl', version: '1.0' });
        expect(storedSettings(dir).policyFile ?? null).toBeNull();

        const syntax = join(dir, 'syntax.json');
        writeFileSync(syntax, '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
        chooser.answers.register = syntax;
        await call(h, 'dialog:chooseFile', { purpose: 'register' });
        expect(await call(h, 'settings:useRegister', { file: syntax })).toMatchObject({
          applied: false,
          problem: { kind: 'register-unreadable', detail: expect.stringMatching(/^3:\d+: invalid JSON/) },
        });

        const own = registerFile(dir, 'own.json', (r) => {
          r.version = '2.0';
          (r.organisation as Record<string, unknown>).name = 'Alektum Incasso BV';
        });
        chooser.answers.register = own;
        await call(h, 'dialog:chooseFile', { purpose: 'register' });
        const applied = await call<SettingsApplied>(h, 'settings:useRegister', { file: own });
        expect(applied).toMatchObject({
          applied: true,
          settings: { register: { file: own, version: '2.0', organisation: 'Alektum Incasso BV', problem: null } },
        });
        expect(await call(h, 'app:info', {})).toMatchObject({ policy: { version: '2.0', organisation: 'Alektum Incasso BV' } });
        // The extract is made from the register now in use.
        const requestId = await linkedRequest(h);
        expect(await call(h, 'extract:preview', { requestId })).toMatchObject({ controller: { name: 'Alektum Incasso BV' } });
        // The grant was used up: the same path cannot be applied again without a new dialog.
        expect(await dispatch(h.handlers, 'settings:useRegister', { file: own })).toMatchObject({
          ok: false,
          error: { code: 'settings.not-chosen-in-dialog' },
        });

        // Back to the built-in register, which needs no dialog.
        expect(await call(h, 'settings:useRegister', { file: null })).toMatchObject({
          applied: true,
          settings: { register: { file: null, version: '1.0' } },
        });
      } finally {
        h.close();
      }
    },
  );

  it('starts on the built-in register, saying why, when the chosen file no longer validates', () => {
    const dir = tempDir();
    const own = registerFile(dir, 'own.json', (r) => {
      r.version = '3.1';
    });
    expect(loadConfiguredRegister(own)).toMatchObject({ registerFile: own, policyFile: own, problem: null, policy: { version: '3.1' } });
    writeFileSync(own, readFileSync(own, 'utf8').replace('"3.1"', '3.1'));
    const fallback = loadConfiguredRegister(own);
    expect(fallback).toMatchObject({ registerFile: null, policyFile: defaultPolicyFile(), policy: { version: '1.0' } });
    expect(fallback.problem).toContain('version');
  });
});

describe('Settings: the provenance of the register in use (issue 12.10)', () => {
  it('lists the configuration the organisation still has to confirm, and drops what its own register confirms', async () => {
    const dir = tempDir();
    const chooser = scriptedChooser();
    const h = createTestHandlers(dir, { subjects: 100, chooser });
    try {
      const builtIn = (await call<Settings>(h, 'settings:get', {})).register.provenance!;
      const open = builtIn.toConfirm.map((e) => `${e.section}.${e.element}`);
      expect(open).toContain('automatedDecisionRuleSets.collection-route');
      expect(open).toContain('thirdCountryTransfers.CH');
      expect(builtIn.fromStatement + builtIn.toConfirm.length).toBe(builtIn.elements);

      const own = registerFile(dir, 'confirmed.json', (r) => {
        const marks = (r.provenance as { marks: Record<string, Record<string, unknown>> }).marks;
        marks.thirdCountryTransfers = { ...marks.thirdCountryTransfers, confirmed: { by: 'J. Jansen, DPO', on: '2026-12-01' } };
      });
      chooser.answers.register = own;
      await call(h, 'dialog:chooseFile', { purpose: 'register' });
      const applied = await call<SettingsApplied>(h, 'settings:useRegister', { file: own });
      const after = applied.settings.register.provenance!.toConfirm.map((e) => `${e.section}.${e.element}`);
      expect(after).toContain('automatedDecisionRuleSets.collection-route');
      expect(after.filter((key) => key.startsWith('thirdCountryTransfers.'))).toEqual([]);
    } finally {
      h.close();
    }
  });
});

describe('Settings: the signing certificate', () => {
  it('checks the PKCS#12 with its passphrase when chosen and keeps only the ciphertext of the passphrase', async () => {
    const dir = tempDir();
    const certificate = writeTestP12(join(dir, 'anne.p12'), {
      commonName: 'Anne de Vries',
      organisation: 'Alektum Group',
      passphrase,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2028-06-30T12:00:00Z'),
    });
    const expired = writeTestP12(join(dir, 'old.p12'), {
      commonName: 'Anne de Vries',
      organisation: 'Alektum Group',
      passphrase,
      notBefore: new Date('2023-01-01'),
      notAfter: new Date('2025-12-31T12:00:00Z'),
    });
    const notP12 = join(dir, 'register.p12');
    copyFileSync(defaultPolicyFile(), notP12);
    const chooser = scriptedChooser();
    const secrets = testSecretStore();
    const h = createTestHandlers(dir, { subjects: 100, chooser, secrets });
    try {
      expect(await dispatch(h.handlers, 'settings:useCertificate', { file: certificate, passphrase })).toMatchObject({
        ok: false,
        error: { code: 'settings.not-chosen-in-dialog' },
      });
      chooser.answers.certificate = certificate;
      expect(await call(h, 'dialog:chooseFile', { purpose: 'certificate' })).toEqual({ path: certificate });

      const wrong = await call<SettingsApplied>(h, 'settings:useCertificate', { file: certificate, passphrase: 'zomer-2026' });
      expect(wrong).toMatchObject({
        applied: false,
        problem: { kind: 'certificate', reason: 'passphrase' },
        settings: { certificate: null },
      });
      // The grant survives a wrong passphrase: the clerk types it again without choosing the file again.
      const applied = await call<SettingsApplied>(h, 'settings:useCertificate', { file: certificate, passphrase });
      expect(applied).toMatchObject({
        applied: true,
        settings: {
          certificate: {
            file: certificate,
            signerName: 'Anne de Vries',
            organisation: 'Alektum Group',
            validUntil: '2028-06-30',
            passphraseStored: true,
          },
          secretStorage: 'available',
        },
      });
      const stored = readFileSync(join(dir, 'settings.json'), 'utf8');
      expect(stored).not.toContain(passphrase);
      expect(stored).not.toContain(Buffer.from(passphrase).toString('base64'));
      const cipher = (JSON.parse(stored) as { certificatePassphrase: string }).certificatePassphrase;
      expect(secrets.decrypt(Buffer.from(cipher, 'base64'))).toBe(passphrase);
      expect(JSON.stringify(await call(h, 'settings:get', {}))).not.toContain(cipher);

      chooser.answers.certificate = expired;
      await call(h, 'dialog:chooseFile', { purpose: 'certificate' });
      expect(await call(h, 'settings:useCertificate', { file: expired, passphrase })).toMatchObject({
        applied: false,
        problem: { kind: 'certificate', reason: 'expired', date: '2025-12-31' },
        settings: { certificate: { file: certificate } },
      });
      chooser.answers.certificate = notP12;
      await call(h, 'dialog:chooseFile', { purpose: 'certificate' });
      expect(await call(h, 'settings:useCertificate', { file: notP12, passphrase })).toMatchObject({
        applied: false,
        problem: { reason: 'not-pkcs12' },
      });

      // The export signs with the chosen certificate, its passphrase taken from the secret store.
      const requestId = await linkedRequest(h);
      const job = await call<{ jobId: string }>(h, 'export:start', { requestId, archive: false });
      const done = await waitForJob(h, job.jobId);
      expect(done.ok, JSON.stringify(done.error)).toBe(true);
      const verified = await verifyFile(join(done.result!.folder, done.result!.files[0]!.name));
      expect(verified).toMatchObject({ intact: true, verdict: 'untrusted' });
      expect(verified.signer).toMatchObject({ commonName: 'Anne de Vries', organisation: 'Alektum Group' });

      expect(await call(h, 'settings:forgetCertificate', {})).toMatchObject({ certificate: null });
      expect(storedSettings(dir)).toMatchObject({ certificate: null, certificatePassphrase: null });
    } finally {
      h.close();
    }
  });

  it('without an OS secret store keeps no passphrase and asks for it at each export', async () => {
    const dir = tempDir();
    const certificate = writeTestP12(join(dir, 'anne.p12'), {
      commonName: 'Anne de Vries',
      organisation: 'Alektum Group',
      passphrase,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2028-01-01'),
    });
    const h = createTestHandlers(dir, { subjects: 100, chooser: scriptedChooser({ certificate }), secrets: noSecretStore });
    try {
      await call(h, 'dialog:chooseFile', { purpose: 'certificate' });
      const applied = await call<SettingsApplied>(h, 'settings:useCertificate', { file: certificate, passphrase });
      expect(applied).toMatchObject({
        applied: true,
        settings: { secretStorage: 'unavailable', certificate: { signerName: 'Anne de Vries', passphraseStored: false } },
      });
      expect(storedSettings(dir)).toMatchObject({ certificatePassphrase: null });

      const requestId = await linkedRequest(h);
      expect(await dispatch(h.handlers, 'export:start', { requestId, archive: false })).toMatchObject({
        ok: false,
        error: { code: 'certificate.passphrase-needed', message: expect.stringContaining('passphrase') },
      });
      const wrong = await call<{ jobId: string }>(h, 'export:start', { requestId, archive: false, passphrase: 'not it' });
      expect(await waitForJob(h, wrong.jobId)).toMatchObject({ ok: false, error: { code: 'certificate.wrong-passphrase' } });
      const job = await call<{ jobId: string }>(h, 'export:start', { requestId, archive: false, passphrase });
      const done = await waitForJob(h, job.jobId);
      expect(done.ok, JSON.stringify(done.error)).toBe(true);
      expect((await verifyFile(join(done.result!.folder, done.result!.files[0]!.name))).signer?.commonName).toBe('Anne de Vries');
    } finally {
      h.close();
    }
  });

  it('signs with the demo certificate on the demo database only', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 100 });
    try {
      const requestId = await linkedRequest(h);
      const job = await call<{ jobId: string }>(h, 'export:start', { requestId, archive: false });
      const done = await waitForJob(h, job.jobId);
      expect((await verifyFile(join(done.result!.folder, done.result!.files[0]!.name))).signer?.commonName).toMatch(/DEMO/);

      // The same records, no longer marked as the demo database: no export without a real certificate.
      const db = openDatabase(h.databaseFile, testKeys.database);
      db.prepare("DELETE FROM meta WHERE key = 'demo.seed'").run();
      db.close();
      expect(await dispatch(h.handlers, 'export:start', { requestId, archive: false })).toMatchObject({
        ok: false,
        error: { code: 'certificate.not-chosen', message: expect.stringContaining('certificate') },
      });
    } finally {
      h.close();
    }
  });
});

describe('Settings: the output folder', () => {
  it('takes the folder chosen in the dialog, and nothing after a cancelled dialog', async () => {
    const dir = tempDir();
    const folder = join(dir, 'uitvoer');
    mkdirSync(folder);
    const chooser = scriptedChooser({ output: folder });
    const h = createTestHandlers(dir, { subjects: 100, chooser });
    try {
      expect(await dispatch(h.handlers, 'settings:useOutputFolder', { folder: '/etc' })).toMatchObject({
        ok: false,
        error: { code: 'settings.not-chosen-in-dialog' },
      });
      expect(await call(h, 'dialog:chooseFolder', { purpose: 'output' })).toEqual({ path: folder });
      expect(await call<Settings>(h, 'settings:useOutputFolder', { folder })).toMatchObject({ outputFolder: folder });

      chooser.answers.output = join(dir, 'other');
      await call(h, 'dialog:chooseFolder', { purpose: 'output' });
      chooser.answers.output = null;
      expect(await call(h, 'dialog:chooseFolder', { purpose: 'output' })).toEqual({ path: null });
      expect(await dispatch(h.handlers, 'settings:useOutputFolder', { folder: join(dir, 'other') })).toMatchObject({
        ok: false,
        error: { code: 'settings.not-chosen-in-dialog' },
      });
      expect(chooser.asked).toEqual(['output', 'output', 'output']);
    } finally {
      h.close();
    }
  });
});

describe('Settings: the trust anchors verify checks signers against (issue 13.5)', () => {
  it('adds the CA chosen in the dialog: the exports it issued then verify as valid, and as untrusted once it is removed', async () => {
    const dir = tempDir();
    const ca = createTestCa('Alektum Group Signing CA', 'Alektum Group');
    const caFile = join(dir, 'alektum-ca.pem');
    writeFileSync(caFile, ca.pem);
    const notACertificate = join(dir, 'notes.pem');
    writeFileSync(notACertificate, 'not a certificate');
    const certificate = writeTestP12(join(dir, 'anne.p12'), {
      commonName: 'Anne de Vries',
      organisation: 'Alektum Group',
      passphrase,
      // Valid on the handlers' clock (the demo's days) and today, when verify checks the chain.
      notBefore: new Date('2026-01-01'),
      notAfter: new Date(Date.now() + 365 * 24 * 3600 * 1000),
      issuer: ca,
    });
    const chooser = scriptedChooser({ certificate, 'trust-anchor': notACertificate });
    const h = createTestHandlers(dir, { subjects: 100, chooser, secrets: testSecretStore() });
    try {
      // Only the path the dialog returned is applied, and a file without a certificate is refused.
      expect(await dispatch(h.handlers, 'settings:addTrustAnchor', { file: caFile })).toMatchObject({
        ok: false,
        error: { code: 'settings.not-chosen-in-dialog' },
      });
      await call(h, 'dialog:chooseFile', { purpose: 'trust-anchor' });
      expect(await dispatch(h.handlers, 'settings:addTrustAnchor', { file: notACertificate })).toMatchObject({
        ok: false,
        error: { code: 'trust-anchor.invalid' },
      });
      expect((await call<Settings>(h, 'settings:get', {})).trustAnchors).toEqual([]);

      await call(h, 'dialog:chooseFile', { purpose: 'certificate' });
      expect(await call(h, 'settings:useCertificate', { file: certificate, passphrase })).toMatchObject({ applied: true });
      const requestId = await linkedRequest(h);
      const job = await call<{ jobId: string }>(h, 'export:start', { requestId, archive: true });
      expect((await waitForJob(h, job.jobId)).ok).toBe(true);
      expect(await call(h, 'export:verify', { requestId })).toMatchObject({
        ok: false,
        verdict: 'untrusted',
        signers: [
          {
            commonName: 'Anne de Vries',
            organisation: 'Alektum Group',
            issuer: { commonName: 'Alektum Group Signing CA' },
            trust: 'no-anchors',
          },
          { commonName: 'Anne de Vries', trust: 'no-anchors' },
        ],
      });

      chooser.answers['trust-anchor'] = caFile;
      await call(h, 'dialog:chooseFile', { purpose: 'trust-anchor' });
      const added = await call<Settings>(h, 'settings:addTrustAnchor', { file: caFile });
      expect(added.trustAnchors).toEqual([
        {
          fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
          commonName: 'Alektum Group Signing CA',
          organisation: 'Alektum Group',
          validUntil: expect.any(String),
        },
      ]);
      expect(storedSettings(dir)).toMatchObject({ trustAnchors: [expect.stringContaining('-----BEGIN CERTIFICATE-----')] });
      const verified = await call<{ ok: boolean; verdict: string; signers: { trust: string }[] }>(h, 'export:verify', { requestId });
      expect(verified).toMatchObject({ ok: true, verdict: 'valid' });
      expect(verified.signers.map((signer) => signer.trust)).toEqual(['trusted', 'trusted']);

      const fingerprint = added.trustAnchors[0]!.fingerprint;
      expect((await call<Settings>(h, 'settings:removeTrustAnchor', { fingerprint })).trustAnchors).toEqual([]);
      expect(await call(h, 'export:verify', { requestId })).toMatchObject({ verdict: 'untrusted' });
      const audit = await call<{ entries: { action: string }[] }>(h, 'audit:list', { limit: 100, offset: 0 });
      expect(audit.entries.map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['settings.trust-anchor-add', 'settings.trust-anchor-remove']),
      );
    } finally {
      h.close();
    }
  });
});
