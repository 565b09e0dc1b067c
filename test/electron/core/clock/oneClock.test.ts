import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = new URL('../../../../electron/core/', import.meta.url).pathname;
/** The features whose dates come from the injected Clock only (issue 11, § One clock). */
const features = ['jobs', 'output', 'importer', 'settings', 'demo', 'search', 'records', 'retention', 'store'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('one clock', () => {
  it('no feature of the core reads the system time itself: dates come from electron/core/clock/clock.ts', () => {
    const offenders: string[] = [];
    for (const feature of features) {
      for (const file of sourceFiles(join(core, feature))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/new Date\(\s*\)|Date\.now\(\)/.test(line) && !/^\s*(\/\/|\*)/.test(line))
              offenders.push(`${relative(core, file)}:${i + 1}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
