import { SignPdf } from '@signpdf/signpdf';
import { CadesSigner } from './cadesSigner.ts';
import type { PlaceholderOptions } from './signaturePlaceholder.ts';
import { addSignaturePlaceholder } from './signaturePlaceholder.ts';
import type { SigningIdentity } from './signingIdentity.ts';

/** Adds the signature field and a PAdES B-B signature over the whole document (the last revision). */
export async function signPdf(pdf: Buffer, identity: SigningIdentity, placeholder: PlaceholderOptions): Promise<Buffer> {
  const prepared = addSignaturePlaceholder(pdf, placeholder);
  return new SignPdf().sign(prepared, new CadesSigner(identity), placeholder.signingTime);
}
