import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../core/files/atomicWrite.ts';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const fallback: WindowState = { width: 1280, height: 820, maximized: false };

/** Window size and position remembered between sessions, in the user-data folder. */
export function readWindowState(dir: string): WindowState {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as Partial<WindowState>;
    if (typeof parsed.width !== 'number' || typeof parsed.height !== 'number') return fallback;
    return { ...fallback, ...parsed, width: Math.max(900, parsed.width), height: Math.max(600, parsed.height) };
  } catch {
    return fallback;
  }
}

export function writeWindowState(dir: string, state: WindowState): void {
  const file = join(dir, 'window-state.json');
  writeFileAtomicSync(file, JSON.stringify(state));
}
