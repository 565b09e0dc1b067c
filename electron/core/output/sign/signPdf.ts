import { DEFAULT_BYTE_RANGE_PLACEHOLDER } from '@signpdf/utils';
import { createCadesSignature } from './cadesSigner.ts';
import type { PlaceholderOptions } from './signaturePlaceholder.ts';
import { signatureUpdate } from './signaturePlaceholder.ts';
import type { SigningIdentity } from './signingIdentity.ts';

/**
 * Adds the signature field and a PAdES B-B signature over the whole document (the last revision).
 * Does what @signpdf's SignPdf.sign does with the placeholder (same ByteRange, same zero-padded hex
 * Contents, the file ending at %%EOF), but only in the small incremental update: the rendered PDF is
 * hashed where it lies and copied once, instead of being searched and copied several times over.
 */
export async function signPdf(pdf: Buffer, identity: SigningIdentity, placeholder: PlaceholderOptions): Promise<Buffer> {
  const withNewline = signatureUpdate(pdf, placeholder);
  // The signed file ends at %%EOF, as @signpdf leaves it.
  const update = withNewline.at(-1) === 0x0a ? withNewline.subarray(0, withNewline.length - 1) : withNewline;
  const byteRangePlaceholder =
    `/ByteRange [0 /${DEFAULT_BYTE_RANGE_PLACEHOLDER} /${DEFAULT_BYTE_RANGE_PLACEHOLDER} ` + `/${DEFAULT_BYTE_RANGE_PLACEHOLDER}]`;
  const byteRangeAt = update.indexOf(byteRangePlaceholder, 0, 'latin1');
  if (byteRangeAt < 0) throw new Error('the signature dictionary has no ByteRange placeholder');
  const open = update.indexOf('<', update.indexOf('/Contents ', byteRangeAt, 'latin1'), 'latin1');
  const close = update.indexOf('>', open, 'latin1');
  const contentsStart = pdf.length + open;
  const contentsEnd = pdf.length + close + 1;
  const byteRange = `/ByteRange [0 ${contentsStart} ${contentsEnd} ${pdf.length + update.length - contentsEnd}]`;
  update.write(byteRange.padEnd(byteRangePlaceholder.length, ' '), byteRangeAt, 'latin1');
  const cms = await createCadesSignature(identity, [pdf, update.subarray(0, open), update.subarray(close + 1)]);
  const hexLength = close - open - 1;
  if (cms.length * 2 > hexLength)
    throw new Error(`the signature (${cms.length} bytes) does not fit the space reserved for it (${hexLength / 2} bytes)`);
  update.write(Buffer.from(cms).toString('hex').padEnd(hexLength, '0'), open + 1, 'latin1');
  return Buffer.concat([pdf, update]);
}
