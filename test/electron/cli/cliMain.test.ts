import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { cliProcessEnv, pipeIntoHeadOne } from '../../helpers/cliProcess.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const cliMain = join(process.cwd(), 'electron/cli/cliMain.ts');
/** The process entry run from the sources, as inzage.mjs does without a fresh bundle. */
const inzage = [process.execPath, '--import', 'tsx', cliMain];

describe('the inzage process (cliMain.ts)', () => {
  const suiteDir = useTempDirs('suite');
  let file: string;
  let heavy: string;
  beforeAll(() => {
    const seeded = seedTestDatabase(suiteDir(), 400, 'cli-main');
    file = seeded.file;
    heavy = readLandmarks(seeded.db)!.heavyDebtor;
    seeded.db.close();
  });

  it('inzage show … | head -1 prints the first line and ends quietly with exit 0, no EPIPE stack trace', () => {
    // The heavy debtor's records are far more than a pipe holds, so the CLI is still writing when head leaves.
    const { firstLine, stderr } = pipeIntoHeadOne([...inzage, 'show', heavy, '--db', file]);
    expect(firstLine).toMatch(new RegExp(`^Subject ${heavy}: \\d+ records\\n$`));
    expect(stderr).toBe('inzage exited with 0\n');
  });

  it('a reader that has gone before the first write also ends it quietly', async () => {
    const child = spawn(inzage[0]!, [...inzage.slice(1), 'show', heavy, '--db', file, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cliProcessEnv(),
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('other output still reaches a reader that reads it all, with the command’s exit code', () => {
    const whole = spawnSync(inzage[0]!, [...inzage.slice(1), 'show', heavy, '--db', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: cliProcessEnv(),
    });
    expect(whole.status).toBe(0);
    expect(whole.stdout.length).toBeGreaterThan(1 << 16);
    const missing = spawnSync(inzage[0]!, [...inzage.slice(1), 'show', 'S9999999', '--db', file], {
      encoding: 'utf8',
      env: cliProcessEnv(),
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No data subject with id "S9999999"/);
  });
});
