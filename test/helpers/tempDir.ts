import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'inzage-test-'));
}

/** A fresh temporary folder per call, removed after the test (or, with 'suite', the file) that asked for it. */
export function useTempDirs(scope: 'test' | 'suite' = 'test'): () => string {
  const made: string[] = [];
  (scope === 'test' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = makeTempDir();
    made.push(dir);
    return dir;
  };
}
