import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  goldenTest,
  installedVersions,
  PdfEngineVersionError,
  versionMismatch,
  writtenFor,
} from '../../../../../../electron/core/output/pdf/engine/engineVersions.ts';

const repoFile = (path: string) => new URL(`../../../../../../${path}`, import.meta.url);

describe('the pdfkit and fontkit versions the fast engine was written for', () => {
  it('reads the installed versions from the packages themselves: pdfkit as pinned in package.json, and the fontkit pdfkit loads', () => {
    const pinned = (JSON.parse(readFileSync(repoFile('package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    const fontkitPackage = JSON.parse(readFileSync(repoFile('node_modules/fontkit/package.json'), 'utf8')) as { version: string };
    expect(installedVersions()).toEqual({ pdfkit: pinned.pdfkit, fontkit: fontkitPackage.version });
  });

  it('are the installed ones (after an upgrade: run the golden test, then move writtenFor)', () => {
    expect(versionMismatch(installedVersions())).toBeNull();
    expect(installedVersions()).toEqual(writtenFor);
  });

  it.each([
    ['pdfkit', { pdfkit: '0.21.0', fontkit: writtenFor.fontkit }, '0.21.0', writtenFor.pdfkit],
    ['fontkit', { pdfkit: writtenFor.pdfkit, fontkit: '2.1.0' }, '2.1.0', writtenFor.fontkit],
  ] as const)('a different %s is refused with both versions named and the golden test to run', (name, installed, found, expected) => {
    const error = versionMismatch(installed);
    expect(error).toBeInstanceOf(PdfEngineVersionError);
    expect(error).toMatchObject({ packageName: name, installed: found, expected });
    expect(error!.message).toContain(`written for ${name} ${expected}`);
    expect(error!.message).toContain(`${name} ${found} is installed`);
    expect(error!.message).toContain(goldenTest);
    expect(readFileSync(repoFile(goldenTest), 'utf8')).toContain('golden test');
  });
});
