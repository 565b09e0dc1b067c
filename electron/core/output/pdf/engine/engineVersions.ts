/**
 * The pdfkit and fontkit versions the fast PDF engine was written for, and the check that the
 * installed ones are those. The fast engine reproduces pdfkit's own output byte for byte by reaching
 * into its private members (pdfkitInternals.ts); a new pdfkit or fontkit may rename them or change
 * what they write, so the engine refuses to run on any other version until the golden test
 * (test/electron/core/output/pdf/engine/engineGolden.test.ts) has passed on it and `writtenFor` is updated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface EngineVersions {
  pdfkit: string;
  fontkit: string;
}

/** The versions pdfkitInternals.ts was written against (pdfkit is pinned in package.json; fontkit comes with it). */
export const writtenFor: EngineVersions = { pdfkit: '0.20.2', fontkit: '2.0.4' };

export const goldenTest = 'test/electron/core/output/pdf/engine/engineGolden.test.ts';

export class PdfEngineVersionError extends Error {
  constructor(
    readonly packageName: keyof EngineVersions,
    readonly installed: string,
    readonly expected: string,
  ) {
    super(
      `The fast PDF engine (electron/core/output/pdf/engine/pdfkitInternals.ts) was written for ${packageName} ${expected}, ` +
        `but ${packageName} ${installed} is installed. Run the golden test (npx vitest run ${goldenTest}); when it passes, ` +
        `set writtenFor.${packageName} to '${installed}' in engineVersions.ts. Until then render with the stock engine (engine: 'stock').`,
    );
    this.name = 'PdfEngineVersionError';
  }
}

/** The first package whose installed version differs from the one the engine was written for, or null. */
export function versionMismatch(installed: EngineVersions, expected: EngineVersions = writtenFor): PdfEngineVersionError | null {
  for (const name of ['pdfkit', 'fontkit'] as const) {
    if (installed[name] !== expected[name]) return new PdfEngineVersionError(name, installed[name], expected[name]);
  }
  return null;
}

/** The package.json of package `name` that `entryFile` (a file resolved inside it) belongs to. */
function packageJsonOf(entryFile: string, name: string): { file: string; version: string } {
  for (let dir = dirname(entryFile); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name && typeof json.version === 'string') return { file, version: json.version };
    } catch {
      // No package.json at this level (or an unreadable one): keep walking up.
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the package.json of ${name} above ${entryFile}`);
  }
}

/**
 * The pdfkit this code imports and the fontkit that pdfkit imports, read from their package.json
 * (neither package exports it, so it is found by walking up from the resolved entry file).
 */
export function installedVersions(): EngineVersions {
  const pdfkit = packageJsonOf(createRequire(import.meta.url).resolve('pdfkit'), 'pdfkit');
  const fontkit = packageJsonOf(createRequire(pdfkit.file).resolve('fontkit'), 'fontkit');
  return { pdfkit: pdfkit.version, fontkit: fontkit.version };
}
