import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../../../electron/core/settings/registerErrors.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

describe('readRegister', () => {
  it('reports a register that does not validate by its first field, and an unreadable one, without the path', () => {
    const dir = tempDir();
    const invalid = join(dir, 'register.json');
    writeFileSync(invalid, JSON.stringify({ id: 'x' }));
    expect(() => readRegister(invalid)).toThrow(expect.objectContaining({ code: 'register.invalid' }));
    try {
      readRegister(invalid);
    } catch (error) {
      const params = (error as { params: Record<string, unknown> }).params;
      expect(params.issues).toBeGreaterThan(0);
      expect(JSON.stringify(params)).not.toContain(dir);
    }
    expect(() => readRegister(join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'register.unreadable' }));
  });
});
