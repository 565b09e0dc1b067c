import { describe, expect, it } from 'vitest';
import type { VerifyCheck, VerifyCheckKind, VerifyProblem } from '../../../shared/output/verifyChecks.ts';
import { checkIn, verifyCheckText } from '../../../shared/output/verifyChecks.ts';

const kinds: VerifyCheckKind[] = [
  'file-present',
  'file-recorded',
  'file-kind',
  'archive-reads',
  'archive-manifest',
  'archive-pdf',
  'manifest-signed',
  'manifest-signer',
  'pdf-header',
  'pdf-signature',
  'pdf-covers-all',
  'pdf-gap',
  'pdf-pades',
  'cms-asn1',
  'cms-signed-data',
  'cms-signer',
  'cms-signature',
  'cms-signed-attributes',
  'cms-no-signing-time',
  'cms-signing-certificate',
];

const problems: VerifyProblem[] = [
  { kind: 'file-unreadable' },
  { kind: 'changed-after-export' },
  { kind: 'neither-pdf-nor-zip' },
  { kind: 'archive-unreadable', reason: 'data.json: wrong passphrase' },
  {
    kind: 'manifest-differs',
    problems: [
      { kind: 'missing', file: 'csv/payment.csv' },
      { kind: 'manifest-invalid', reason: 'Unexpected token' },
    ],
  },
  { kind: 'pdf-missing', file: null },
  { kind: 'signature-missing', file: 'manifest.json.p7s' },
  { kind: 'different-certificates' },
  { kind: 'no-pdf-header' },
  { kind: 'not-signed' },
  { kind: 'byte-range-unreadable' },
  { kind: 'not-whole', byteRange: '0 10 20 30', bytes: 99 },
  { kind: 'gap-not-contents' },
  { kind: 'sub-filter', subFilter: null },
  { kind: 'not-asn1' },
  { kind: 'content-type', contentType: '1.2.840.113549.1.7.1' },
  { kind: 'cms-unreadable', reason: 'Object has no member "x"' },
  { kind: 'no-signer-info' },
  { kind: 'changed-after-signing', reason: "Validation of signer's signature failed" },
  { kind: 'signing-time-present' },
  { kind: 'certificate-hash-differs' },
  { kind: 'attribute-missing' },
];

/** Issue 14.6: the verification's findings are data, worded in Dutch and English for the window and in English for the CLI. */
describe('verifyCheckText', () => {
  it('words every check in both languages, differently, prefixed by the files it is about', () => {
    for (const check of kinds) {
      const finding: VerifyCheck = checkIn('a.zip', { ok: true, check, in: ['extract.pdf'] });
      const nl = verifyCheckText(finding, 'nl');
      const en = verifyCheckText(finding, 'en');
      expect(nl.what.startsWith('a.zip: extract.pdf: '), check).toBe(true);
      expect(nl.what, check).not.toBe(en.what);
      expect(nl.detail).toBe('');
    }
  });

  it('says why a check failed; the window never shows the readers’ technical reasons, the CLI does', () => {
    for (const problem of problems) {
      const finding: VerifyCheck = { ok: false, check: 'cms-signature', in: [], document: 'manifest', problem };
      const nl = verifyCheckText(finding, 'nl').detail;
      const en = verifyCheckText(finding, 'en').detail;
      expect(nl, problem.kind).not.toBe('');
      expect(nl, problem.kind).not.toBe(en);
      const reasons = problem.kind === 'manifest-differs' ? ['Unexpected token'] : 'reason' in problem ? [problem.reason] : [];
      for (const reason of reasons) {
        expect(nl).not.toContain(reason);
        expect(en).not.toContain(reason);
        expect(verifyCheckText(finding, 'en', true).detail).toContain(reason);
      }
    }
    const changed: VerifyCheck = { ok: false, check: 'cms-signature', in: [], document: 'document', problem: problems[18]! };
    expect(verifyCheckText(changed, 'en', true)).toEqual({
      what: 'the signature matches the document bytes (messageDigest and RSA signature)',
      detail: "Validation of signer's signature failed: the document was changed after signing",
    });
  });
});
