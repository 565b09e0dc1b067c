import { describe, expect, it } from 'vitest';
import { extractPdfFileName, portabilityArchiveFileName, sanitiseFileStem } from '../../../shared/output/fileNames.ts';

describe('output file names', () => {
  it('come from the reference, reduced to [A-Za-z0-9_-]', () => {
    expect(extractPdfFileName('INZ-2026-0001', 'nl')).toBe('INZ-2026-0001_extract_nl.pdf');
    expect(portabilityArchiveFileName('INZ-2026-0001')).toBe('INZ-2026-0001_portability.zip');
    // A reference that had to be changed keeps a hash of the original, so no two references share a name.
    expect(sanitiseFileStem('../../etc/passwd')).toMatch(/^etc-passwd-[0-9a-f]{16}$/);
    expect(sanitiseFileStem('Müller Öztürk/2026')).toMatch(/^Muller-Ozturk-2026-[0-9a-f]{16}$/);
    expect(sanitiseFileStem('a\u0000b:c*?"<>|')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  // Issue 13 item 9: `inzage extract --subject ID` names its files after INZ-<day>-<subject id>; two long
  // ids that agree in their first 51 characters were cut to the same name, and the second overwrote the first.
  it('keep two references apart that only differ past the length limit or in characters that were replaced', () => {
    const long = 'S'.repeat(60);
    const [a, b] = [`INZ-20261207-${long}A`, `INZ-20261207-${long}B`];
    expect(extractPdfFileName(a, 'nl')).not.toBe(extractPdfFileName(b, 'nl'));
    expect(portabilityArchiveFileName(a)).not.toBe(portabilityArchiveFileName(b));
    expect(sanitiseFileStem(a)).toHaveLength(64);
    expect(sanitiseFileStem(a)).toMatch(/^INZ-20261207-S+-[0-9a-f]{16}$/);
    expect(sanitiseFileStem('INZ-1/2')).not.toBe(sanitiseFileStem('INZ-1:2'));
    expect(sanitiseFileStem(a)).toBe(sanitiseFileStem(a));
  });

  it('refuse a reference with nothing usable', () => {
    expect(() => sanitiseFileStem('//..//')).toThrow(/no characters usable/);
  });
});
