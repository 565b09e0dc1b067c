import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The temporary files of atomicWrite.ts: `.NAME.PID-RANDOM.partial` (PID: the writing process), and
 * `.NAME.RANDOM.partial` as versions before this one named them.
 */
const partialName = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.partial$/;

/** A temporary file without a writer's pid is taken as left over once nothing has written to it for this long. */
const unownedAfterMs = 60 * 60 * 1000;

/** Whether a process with this pid is running (on this machine): signal 0 only asks. EPERM: it runs, as another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed or crashed export left behind (issue 13.9): a writer that is
 * gone will never rename or remove its `.partial`, and it holds (part of) a person's data. A file whose
 * writer still runs is kept: the app and the CLI, or two CLI calls, may export into the same folder at
 * once. Looks into `folder` and, with depth 1, its subfolders (the app's one folder per request).
 * Never throws: a folder that cannot be read has nothing to clean here. Returns how many it removed.
 */
export function removeLeftoverPartials(folder: string, options: { depth?: number; now?: number } = {}): number {
  const depth = options.depth ?? 0;
  const now = options.now ?? Date.now();
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) removed += removeLeftoverPartials(path, { depth: depth - 1, now });
      continue;
    }
    const match = entry.isFile() ? partialName.exec(entry.name) : null;
    if (!match) continue;
    try {
      const left = match[1] !== undefined ? !isRunning(Number(match[1])) : now - statSync(path).mtimeMs > unownedAfterMs;
      if (!left) continue;
      rmSync(path, { force: true });
      removed++;
    } catch {
      // Gone meanwhile (its writer renamed it), or not ours to remove: leave it.
    }
  }
  return removed;
}
