import { createCadesSignature } from '../sign/cadesSigner.ts';
import type { SigningIdentity } from '../sign/signingIdentity.ts';
import type { ArchiveFile } from './portabilityArchive.ts';
import { manifestFileName } from './portabilityArchive.ts';

/** The detached CMS signature over manifest.json's bytes (RFC 5652; `.p7s` as S/MIME names a detached signature). */
export const manifestSignatureFileName = 'manifest.json.p7s';

/**
 * Signs the manifest with the certificate that signs the PDF. The manifest's SHA-256s alone prove
 * nothing against someone who edits data.json and a CSV and recomputes them (issue 13.5): its signature
 * does, and because the signer must be the PDF's signer, swapping in another signature is seen too.
 */
export async function withSignedManifest(files: ArchiveFile[], identity: SigningIdentity): Promise<ArchiveFile[]> {
  const manifest = files.find((file) => file.path === manifestFileName);
  if (!manifest) throw new Error('the archive has no manifest to sign');
  const signature = await createCadesSignature(identity, manifest.data);
  return [...files, { path: manifestSignatureFileName, data: Buffer.from(signature) }];
}
