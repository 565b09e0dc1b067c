import type { BenchResult } from './benchKit.ts';
import { documentsExportBench } from './documentsExportBench.ts';
import { documentsOcrBench } from './documentsOcrBench.ts';
import { documentsSearchBench } from './documentsSearchBench.ts';

/**
 * `npm run bench documents` (issue 16.6), each part against its baseline side by side in one run:
 *  - OCR pages per second against the bare `tesseract` command on the same page images (≥ 0.8);
 *  - search p95 with 100,000 documents indexed (≤ 25 ms);
 *  - memory of the heaviest export with documents (≤ 500 MB).
 */
export async function documentsBench(): Promise<BenchResult> {
  const parts = [await documentsOcrBench(), await documentsSearchBench(), await documentsExportBench()];
  return { name: 'documents', lines: parts.flatMap((part) => part.lines), targets: parts.flatMap((part) => part.targets) };
}
