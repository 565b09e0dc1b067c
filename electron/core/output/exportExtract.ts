import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createOutputFolder } from './outputFolder.ts';
import { join } from 'node:path';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import { extractPdfFileName, portabilityArchiveFileName } from '../../../shared/output/fileNames.ts';
import { fill } from '../../../shared/extract/texts.ts';
import { withSignedManifest } from './archive/manifestSignature.ts';
import type { ArchiveDocument } from './archive/portabilityArchive.ts';
import { portabilityArchiveFiles, writePortabilityArchive } from './archive/portabilityArchive.ts';
import type { DocumentContent } from '../documents/redaction/documentContent.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import type { RenderProgress } from './pdf/renderExtractPdf.ts';
import { renderExtractPdf } from './pdf/renderExtractPdf.ts';
import { signPdf } from './sign/signPdf.ts';
import type { SigningIdentity } from './sign/signingIdentity.ts';
import { verifyPdf } from './verify/verifyPdf.ts';
import { verifyCheckText } from '../../../shared/output/verifyChecks.ts';

/** The export's steps; the three of rendering report the page they are at (issue 14.6). */
export type ExportStep = 'layout' | 'paginate' | 'encode' | 'sign' | 'write-pdf' | 'archive' | 'done';

export interface ExportProgress {
  step: ExportStep;
  /** 0–1 over the whole export. */
  fraction: number;
  /** While rendering: the page at hand, and the page count once known (numbering and encoding). */
  page?: number;
  pages?: number;
}

/**
 * Each step's share of the bar, from the heavy subject's export (layout about 13 s, numbering 0.4 s,
 * encoding 3 s, signing and the checked write about 2 s, the archive 1 s: test/bench outputBench).
 */
const share = { layout: [0, 0.6], paginate: [0.6, 0.63], encode: [0.63, 0.75] } as const;

function renderProgressToExport(p: RenderProgress): ExportProgress {
  const [from, to] = share[p.phase];
  if (p.phase === 'layout') return { step: 'layout', fraction: from + (to - from) * p.fraction, page: p.page };
  if (p.phase === 'paginate') return { step: 'paginate', fraction: from + ((to - from) * p.page) / p.pages, page: p.page, pages: p.pages };
  return { step: 'encode', fraction: from, pages: p.pages };
}

export interface ExportOptions {
  model: ExtractModel;
  outDir: string;
  identity: SigningIdentity;
  /** Write the portability archive too (default: unless the request is for access only). */
  archive?: boolean;
  /** Encrypt the archive with AES-256 under this passphrase (delivery by e-mail or USB). */
  archivePassword?: string;
  /** The signing time, the PDF's creation date and the archive entries' timestamp: from the caller's clock. */
  signingTime: Date;
  onProgress?: (progress: ExportProgress) => void;
  /** The content of the model's documents (issue 16.4), redacted on the way out: appendices in the PDF, files in the archive. */
  documents?: DocumentContent;
}

/** A file the export wrote, with the SHA-256 of the bytes checked on disk (for the request register). */
export interface ExportedFile {
  path: string;
  kind: 'pdf' | 'archive';
  sha256: string;
  bytes: number;
}

export interface ExportResult {
  pdfPath: string;
  archivePath: string | null;
  /** The PDF, then the archive when one was made. */
  files: ExportedFile[];
  pageCount: number;
  signingTime: Date;
}

/**
 * The export pipeline the app and the CLI call: render the extract model to PDF, sign it (PAdES B-B),
 * write it atomically after checking the signature on the bytes on disk, then build, write and read
 * back the portability archive (its manifest signed by the same certificate). File names come from the request reference only.
 */
export async function exportExtract(options: ExportOptions): Promise<ExportResult> {
  const { model, identity } = options;
  const progress = options.onProgress ?? (() => undefined);
  const signingTime = options.signingTime;
  // The folder's real path (a symlinked output folder is resolved, issue 13.9): every path below and in the result is where the files are.
  const outDir = createOutputFolder(options.outDir);
  const pdfName = extractPdfFileName(model.request.reference, model.language);
  const pdfPath = join(outDir, pdfName);

  progress({ step: 'layout', fraction: 0, page: 1 });
  const rendered = await renderExtractPdf(
    model,
    {
      signerName: identity.signerName,
      organisation: identity.organisation || model.controller.name,
      signedAt: signingTime,
      isDemo: identity.isDemo,
    },
    { onProgress: (p) => progress(renderProgressToExport(p)), ...(options.documents ? { documents: options.documents } : {}) },
  );
  progress({ step: 'sign', fraction: 0.75, pages: rendered.pageCount });
  const signed = await signPdf(rendered.pdf, identity, {
    rect: rendered.signatureRect,
    signingTime,
    signerName: identity.signerName,
    reason: `${fill('doc.title', model.language)} — ${model.request.reference}`,
    location: model.controller.name,
    contactInfo: model.controller.email,
  });
  progress({ step: 'write-pdf', fraction: 0.82, pages: rendered.pageCount });
  await writeFileAtomic(pdfPath, signed, {
    check: async (temp) => {
      const result = await verifyPdf(readFileSync(temp));
      if (!result.intact)
        throw new Error(
          `the signed PDF failed its check: ${result.checks
            .filter((check) => !check.ok)
            .map((check) => {
              const { what, detail } = verifyCheckText(check, 'en', true);
              return detail || what;
            })
            .join('; ')}`,
        );
    },
  });
  const files: ExportedFile[] = [
    { path: pdfPath, kind: 'pdf', sha256: createHash('sha256').update(signed).digest('hex'), bytes: signed.length },
  ];
  let archivePath: string | null = null;
  if (options.archive ?? model.request.kind !== 'access') {
    progress({ step: 'archive', fraction: 0.9 });
    archivePath = join(outDir, portabilityArchiveFileName(model.request.reference));
    const written = await writePortabilityArchive(
      archivePath,
      await withSignedManifest(
        await portabilityArchiveFiles(model, signed, pdfName, await archiveDocuments(model, options.documents)),
        identity,
      ),
      options.archivePassword,
      signingTime,
    );
    files.push({ path: archivePath, kind: 'archive', ...written });
  }
  progress({ step: 'done', fraction: 1 });
  return { pdfPath, archivePath, files, pageCount: rendered.pageCount, signingTime };
}

/** The documents' files for the archive, one document read and redacted at a time (never an original where something is redacted). */
async function archiveDocuments(model: ExtractModel, content: DocumentContent | undefined): Promise<ArchiveDocument[]> {
  if (!content) return [];
  const files: ArchiveDocument[] = [];
  for (const entry of model.documents ?? []) {
    const file = await content.archiveFile(entry);
    files.push({ path: entry.archivePath, data: file.data, documentId: entry.documentId, redacted: file.redacted });
  }
  return files;
}
