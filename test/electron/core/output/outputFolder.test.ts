import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { exportExtract } from '../../../../electron/core/output/exportExtract.ts';
import { createOutputFolder } from '../../../../electron/core/output/outputFolder.ts';
import { ensureDemoIdentity } from '../../../../electron/core/output/sign/signingIdentity.ts';
import { useOutputFolder } from '../../../../electron/core/settings/settingsUseCases.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const tempDir = useTempDirs('test');

describe('createOutputFolder', () => {
  it('creates nested folders', () => {
    const folder = join(tempDir(), 'a', 'b');
    createOutputFolder(folder);
    expect(existsSync(folder)).toBe(true);
  });

  it('turns a folder that cannot be made into output.folder-unwritable, without the path', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    for (const folder of [join(dir, 'file', 'sub'), join(dir, 'file')]) {
      let thrown: unknown;
      try {
        createOutputFolder(folder);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect(thrown).toMatchObject({ code: 'output.folder-unwritable' });
      expect(JSON.stringify((thrown as DomainError).params)).not.toContain(dir);
    }
  });

  it('resolves a symlinked folder and returns where the files really go', () => {
    const dir = tempDir();
    const real = join(dir, 'real');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'link'));
    expect(createOutputFolder(join(dir, 'link'))).toBe(real);
    expect(createOutputFolder(join(dir, 'link', 'INZ-2026-0001'))).toBe(join(real, 'INZ-2026-0001'));
    expect(createOutputFolder(join(dir, 'plain'))).toBe(join(dir, 'plain'));
  });
});

/**
 * Issue 13.9: a symlinked output folder is resolved, and the resolved path shown. Resolved rather than
 * refused: links in a path are common and legitimate (a Documents folder moved to another disk, macOS's
 * /var and /tmp), and a refusal could not tell those from a planted one; what matters is that the clerk
 * sees where the person's data actually went: the paths the export returns (printed by the CLI, shown
 * by the app) and the folder stored in Settings are the real ones.
 */
describe('a symlinked output folder', () => {
  const tempDir = useTempDirs('test');

  it('the export writes into the folder the link points at, and says so', async () => {
    const dir = tempDir();
    const { db, result } = seedTestDatabase(dir, 40, 'symlinked-output');
    const model = demoExtractModel(db, result.landmarks.namesakes[0], { reference: 'INZ-2026-0007' });
    db.close();
    const real = join(dir, 'shared-drive');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'Inzage'));
    const identity = await ensureDemoIdentity(dir, model.controller.name);
    const exported = await exportExtract({
      model,
      outDir: join(dir, 'Inzage', 'INZ-2026-0007'),
      identity,
      signingTime: new Date('2026-11-01T10:00:00Z'),
    });
    expect(exported.pdfPath.startsWith(join(real, 'INZ-2026-0007'))).toBe(true);
    expect(exported.archivePath!.startsWith(join(real, 'INZ-2026-0007'))).toBe(true);
    for (const file of exported.files) expect(file.path.startsWith(real)).toBe(true);
    expect(readdirSync(join(real, 'INZ-2026-0007')).sort()).toEqual(
      exported.files.map((f) => f.path.slice(real.length + 'INZ-2026-0007'.length + 2)).sort(),
    );
  }, 60_000);

  it('Settings stores and shows the folder the link points at', async () => {
    const dir = tempDir();
    const real = join(dir, 'shared-drive');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'Inzage'));
    const { db } = seedTestDatabase(dir, 40, 'symlinked-settings');
    const { store } = testUseCaseDeps(db);
    expect(await useOutputFolder({ store }, { folder: join(dir, 'Inzage') })).toMatchObject({ outputFolder: real });
    expect((await store.settings.read()).outputFolder).toBe(real);
    db.close();
  }, 60_000);
});
