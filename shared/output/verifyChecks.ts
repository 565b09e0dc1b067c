import type { Language } from '../extract/extractModel.ts';

/**
 * The checks of a signed extract or portability archive (electron/core/output/verify/*), as data: a
 * code, the files it is about and, when it fails, why — so the window says them in the clerk's
 * language (issue 14.6) and `inzage verify` in English, from the same findings.
 */
export type VerifyCheckKind =
  // The file handed out, against the register (export:verify).
  | 'file-present'
  | 'file-recorded'
  // What kind of file it is.
  | 'file-kind'
  // A portability archive and its signed manifest.
  | 'archive-reads'
  | 'archive-manifest'
  | 'archive-pdf'
  | 'manifest-signed'
  | 'manifest-signer'
  // A signed PDF (PAdES B-B, ETSI EN 319 142-1).
  | 'pdf-header'
  | 'pdf-signature'
  | 'pdf-covers-all'
  | 'pdf-gap'
  | 'pdf-pades'
  // The CMS signature inside the PDF or over the manifest (CAdES).
  | 'cms-asn1'
  | 'cms-signed-data'
  | 'cms-signer'
  | 'cms-signature'
  | 'cms-signed-attributes'
  | 'cms-no-signing-time'
  | 'cms-signing-certificate';

/** What a portability archive's manifest does not agree with (checkArchive.ts), naming the file where there is one. */
export type ArchiveProblem =
  | { kind: 'duplicate-name' }
  | { kind: 'manifest-missing' }
  | { kind: 'manifest-invalid'; reason: string }
  | { kind: 'manifest-incomplete' }
  | { kind: 'entry-incomplete' }
  | { kind: 'missing'; file: string }
  | { kind: 'changed'; file: string }
  | { kind: 'unlisted'; file: string };

/** Why a check failed. `reason` is the library's or reader's own (English, technical): the CLI shows it, the window does not. */
export type VerifyProblem =
  | { kind: 'file-unreadable' }
  | { kind: 'changed-after-export' }
  | { kind: 'neither-pdf-nor-zip' }
  | { kind: 'archive-unreadable'; reason: string }
  | { kind: 'manifest-differs'; problems: ArchiveProblem[] }
  | { kind: 'pdf-missing'; file: string | null }
  | { kind: 'signature-missing'; file: string }
  | { kind: 'different-certificates' }
  | { kind: 'no-pdf-header' }
  | { kind: 'not-signed' }
  | { kind: 'byte-range-unreadable' }
  | { kind: 'not-whole'; byteRange: string; bytes: number }
  | { kind: 'gap-not-contents' }
  | { kind: 'sub-filter'; subFilter: string | null }
  | { kind: 'not-asn1' }
  | { kind: 'content-type'; contentType: string }
  | { kind: 'cms-unreadable'; reason: string }
  | { kind: 'no-signer-info' }
  | { kind: 'changed-after-signing'; reason: string }
  | { kind: 'signing-time-present' }
  | { kind: 'certificate-hash-differs' }
  | { kind: 'attribute-missing' };

/** One finding of a verification. */
export interface VerifyCheck {
  ok: boolean;
  check: VerifyCheckKind;
  /** The files it is about, outermost first: the archive, then the PDF or manifest signature inside it. */
  in: string[];
  /** cms-signature: which bytes the signature is over; archive-reads: how many files the archive holds. */
  document?: 'document' | 'manifest';
  files?: number;
  problem?: VerifyProblem;
}

/** The same finding about a file inside another one (the PDF in an archive, the archive as handed out). */
export function checkIn(file: string, check: VerifyCheck): VerifyCheck {
  return { ...check, in: [file, ...check.in] };
}

type Texts<K extends string, T> = { [k in K]: Record<Language, (p: Extract<T, { kind: k }>) => string> };

const documentWord = (document: VerifyCheck['document']) => (document === 'manifest' ? 'manifest' : 'document');

const checkTexts: Record<VerifyCheckKind, Record<Language, (c: VerifyCheck) => string>> = {
  'file-present': { nl: () => 'het bestand is er', en: () => 'present' },
  'file-recorded': { nl: () => 'SHA-256 zoals vastgelegd bij het maken', en: () => 'SHA-256 as recorded at export' },
  'file-kind': { nl: () => 'het bestand is een PDF of een zip-archief', en: () => 'the file is a PDF or a zip archive' },
  'archive-reads': {
    nl: (c) =>
      c.files === undefined ? 'het archief is leesbaar' : `het archief is leesbaar (${c.files} bestanden, controlegetallen kloppen)`,
    en: (c) => (c.files === undefined ? 'the archive reads back' : `the archive reads back (${c.files} files, checksums intact)`),
  },
  'archive-manifest': {
    nl: (c) =>
      c.ok ? 'elk bestand klopt met manifest.json (SHA-256), er ontbreekt niets en er is niets bij' : 'elk bestand klopt met manifest.json',
    en: (c) => (c.ok ? 'every file matches manifest.json (SHA-256), nothing missing, nothing extra' : 'every file matches manifest.json'),
  },
  'archive-pdf': {
    nl: () => 'het archief bevat de ondertekende PDF die het manifest noemt',
    en: () => 'the archive holds the signed PDF named in the manifest',
  },
  'manifest-signed': { nl: () => 'manifest.json is ondertekend', en: () => 'manifest.json is signed' },
  'manifest-signer': {
    nl: () => 'manifest.json is ondertekend met het certificaat waarmee de PDF is ondertekend',
    en: () => 'manifest.json is signed with the certificate that signed the PDF',
  },
  'pdf-header': { nl: () => 'het bestand is een PDF', en: () => 'the file is a PDF' },
  'pdf-signature': { nl: () => 'de PDF draagt een handtekening', en: () => 'the PDF carries a signature' },
  'pdf-covers-all': { nl: () => 'de handtekening dekt het hele document', en: () => 'the signature covers the whole document' },
  'pdf-gap': {
    nl: () => 'alleen de handtekening zelf valt buiten de ondertekende bytes',
    en: () => 'only the signature value is excluded from the signed bytes',
  },
  'pdf-pades': {
    nl: () => 'de handtekening is PAdES (SubFilter ETSI.CAdES.detached)',
    en: () => 'the signature is PAdES (SubFilter ETSI.CAdES.detached)',
  },
  'cms-asn1': { nl: () => 'de handtekening is geldige CMS', en: () => 'the signature value is valid CMS' },
  'cms-signed-data': { nl: () => 'de handtekening is CMS SignedData', en: () => 'the signature value is CMS SignedData' },
  'cms-signer': { nl: () => 'de CMS noemt een ondertekenaar', en: () => 'the CMS has a signer' },
  'cms-signature': {
    nl: (c) => `de handtekening klopt met de bytes van het ${documentWord(c.document)} (messageDigest en RSA-handtekening)`,
    en: (c) => `the signature matches the ${documentWord(c.document)} bytes (messageDigest and RSA signature)`,
  },
  'cms-signed-attributes': {
    nl: () => 'de CMS ondertekent contentType en messageDigest',
    en: () => 'the CMS signs contentType and messageDigest',
  },
  'cms-no-signing-time': {
    nl: () => 'de CMS heeft geen signing-time-attribuut (PAdES: het tijdstip staat in /M)',
    en: () => 'the CMS has no signing-time attribute (PAdES: the time is in /M)',
  },
  'cms-signing-certificate': {
    nl: () => 'de CMS draagt signing-certificate-v2 met het certificaat van de ondertekenaar (PAdES B-B)',
    en: () => 'the CMS carries signing-certificate-v2 naming the signer certificate (PAdES B-B)',
  },
};

const archiveTexts: Texts<ArchiveProblem['kind'], ArchiveProblem> = {
  'duplicate-name': { nl: () => 'het archief bevat een bestandsnaam twee keer', en: () => 'the archive holds a file name twice' },
  'manifest-missing': { nl: () => 'manifest.json ontbreekt', en: () => 'manifest.json is missing' },
  'manifest-invalid': { nl: () => 'manifest.json is geen geldige JSON', en: () => 'manifest.json is not valid JSON' },
  'manifest-incomplete': { nl: () => 'manifest.json mist "files" of "reference"', en: () => 'manifest.json lacks "files" or "reference"' },
  'entry-incomplete': {
    nl: () => 'manifest.json heeft een regel zonder pad of SHA-256',
    en: () => 'manifest.json has an entry without path or sha256',
  },
  missing: {
    nl: (p) => `${p.file}: staat in het manifest maar ontbreekt in het archief`,
    en: (p) => `${p.file}: listed in the manifest but missing from the archive`,
  },
  changed: {
    nl: (p) => `${p.file}: SHA-256 wijkt af van het manifest (het bestand is gewijzigd)`,
    en: (p) => `${p.file}: SHA-256 differs from the manifest (the file was changed)`,
  },
  unlisted: {
    nl: (p) => `${p.file}: staat in het archief maar niet in het manifest`,
    en: (p) => `${p.file}: in the archive but not listed in the manifest`,
  },
};

/** `technical`: the CLI's English, with the reader's own reason where there is one. */
export function archiveProblemText(problem: ArchiveProblem, language: Language, technical = false): string {
  if (technical && problem.kind === 'manifest-invalid') return `manifest.json is not valid JSON: ${problem.reason}`;
  return (archiveTexts[problem.kind][language] as (p: ArchiveProblem) => string)(problem);
}

const problemTexts: Texts<VerifyProblem['kind'], VerifyProblem> = {
  'file-unreadable': { nl: () => 'het bestand ontbreekt of is niet te lezen', en: () => 'the file is missing or cannot be read' },
  'changed-after-export': {
    nl: () => 'het bestand is gewijzigd nadat het is gemaakt',
    en: () => 'the file changed after it was exported',
  },
  'neither-pdf-nor-zip': {
    nl: () => 'het begint niet als een PDF en niet als een zip-archief',
    en: () => 'it starts with neither %PDF- nor a zip header',
  },
  'archive-unreadable': {
    nl: () => 'het archief is beschadigd of gewijzigd, of de wachtzin klopt niet',
    en: () => 'the archive is damaged or was changed, or the passphrase is wrong',
  },
  'manifest-differs': {
    nl: (p) => p.problems.map((q) => archiveProblemText(q, 'nl')).join('; '),
    en: (p) => p.problems.map((q) => archiveProblemText(q, 'en')).join('; '),
  },
  'pdf-missing': {
    nl: (p) => `${p.file ?? '(het manifest noemt geen PDF)'} ontbreekt`,
    en: (p) => `${p.file ?? '(no name in manifest)'} is missing`,
  },
  'signature-missing': {
    nl: (p) => `${p.file} ontbreekt: niets toont aan dat het manifest het manifest van de verwerkingsverantwoordelijke is`,
    en: (p) => `${p.file} is missing: nothing shows the manifest is the one the controller made`,
  },
  'different-certificates': {
    nl: () => 'het manifest en de PDF zijn met verschillende certificaten ondertekend',
    en: () => 'the manifest and the PDF were signed with different certificates',
  },
  'no-pdf-header': { nl: () => 'het begint niet met %PDF-', en: () => 'it does not start with %PDF-' },
  'not-signed': {
    nl: () => 'geen /ByteRange gevonden: het document is niet ondertekend',
    en: () => 'no /ByteRange found: the document is not signed',
  },
  'byte-range-unreadable': { nl: () => 'de laatste /ByteRange is niet te lezen', en: () => 'its last /ByteRange cannot be read' },
  'not-whole': {
    nl: (p) =>
      `ByteRange [${p.byteRange}] reikt niet tot het einde van het bestand (${p.bytes} bytes): ` +
      'er is na het ondertekenen iets toegevoegd of het bestand is afgekapt',
    en: (p) =>
      `ByteRange [${p.byteRange}] does not reach the end of the file (${p.bytes} bytes): ` +
      'content was added after signing or the file was truncated',
  },
  'gap-not-contents': {
    nl: () => 'het gat in de ByteRange is niet precies de /Contents-hexstring',
    en: () => 'the gap in the ByteRange is not exactly the /Contents hex string',
  },
  'sub-filter': {
    nl: (p) => (p.subFilter ? `SubFilter is ${p.subFilter}` : 'SubFilter ontbreekt'),
    en: (p) => `SubFilter is ${p.subFilter ?? 'missing'}`,
  },
  'not-asn1': { nl: () => 'de bytes zijn geen ASN.1', en: () => 'its bytes do not parse as ASN.1' },
  'content-type': { nl: (p) => `het inhoudstype is ${p.contentType}`, en: (p) => `content type is ${p.contentType}` },
  'cms-unreadable': { nl: () => 'de CMS is niet te lezen', en: () => 'the CMS cannot be read' },
  'no-signer-info': { nl: () => 'geen SignerInfo', en: () => 'no SignerInfo' },
  'changed-after-signing': {
    nl: () => 'er is na het ondertekenen iets gewijzigd',
    en: () => 'it was changed after signing',
  },
  'signing-time-present': {
    nl: () => 'er is een CMS-signing-time-attribuut',
    en: () => 'a CMS signing-time attribute is present',
  },
  'certificate-hash-differs': {
    nl: () => 'de hash ervan klopt niet met het certificaat van de ondertekenaar',
    en: () => 'its hash does not match the signer certificate',
  },
  'attribute-missing': { nl: () => 'het attribuut ontbreekt', en: () => 'the attribute is missing' },
};

/**
 * A finding in words: what was checked (prefixed by the files it is about) and, when it failed, why.
 * The window's text is in the clerk's language without the readers' technical reasons; `technical` is
 * the CLI's English, which keeps them (a wrong passphrase, the library's own message).
 */
export function verifyCheckText(check: VerifyCheck, language: Language, technical = false): { what: string; detail: string } {
  const what = [...check.in, checkTexts[check.check][language](check)].join(': ');
  const problem = check.problem;
  if (!problem) return { what, detail: '' };
  const document = documentWord(check.document);
  if (problem.kind === 'changed-after-signing')
    return {
      what,
      detail:
        language === 'nl'
          ? `het ${document} is na het ondertekenen gewijzigd`
          : `${technical ? `${problem.reason}: ` : ''}the ${document} was changed after signing`,
    };
  if (technical && (problem.kind === 'archive-unreadable' || problem.kind === 'cms-unreadable')) return { what, detail: problem.reason };
  if (problem.kind === 'manifest-differs')
    return { what, detail: problem.problems.map((p) => archiveProblemText(p, language, technical)).join('; ') };
  return { what, detail: (problemTexts[problem.kind][language] as (p: VerifyProblem) => string)(problem) };
}
