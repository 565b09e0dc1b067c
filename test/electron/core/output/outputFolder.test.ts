import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { createOutputFolder } from '../../../../electron/core/output/outputFolder.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

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
});
