import { describe, expect, it } from 'vitest';
import { extractPdfFileName, portabilityArchiveFileName, sanitiseFileStem } from '../../../shared/output/fileNames.ts';

describe('output file names', () => {
  it('come from the reference, reduced to [A-Za-z0-9_-]', () => {
    expect(extractPdfFileName('INZ-2026-0001', 'nl')).toBe('INZ-2026-0001_extract_nl.pdf');
    expect(portabilityArchiveFileName('INZ-2026-0001')).toBe('INZ-2026-0001_portability.zip');
    expect(sanitiseFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitiseFileStem('Müller Öztürk/2026')).toBe('Muller-Ozturk-2026');
    expect(sanitiseFileStem('a\u0000b:c*?"<>|')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse a reference with nothing usable', () => {
    expect(() => sanitiseFileStem('//..//')).toThrow(/no characters usable/);
  });
});
