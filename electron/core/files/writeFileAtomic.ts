import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file under a temporary name in the target folder, flushes it, then renames it: a crash
 * never leaves a half-written file under the final name. Returns the SHA-256 of what was written, so
 * the request register can record exactly which file was handed out.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): { sha256: string; bytes: number } {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length };
}
