import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../electron/build/buildCli.mjs';
import { freshBundle } from '../../electron/cli/bundleStatus.mjs';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median } from './benchKit.ts';
import { testKeyEnv } from '../helpers/testKeys.ts';

const root = new URL('../../', import.meta.url);
const rootDir = fileURLToPath(root);
const launcher = join(rootDir, 'electron/cli/inzage.mjs');
const subjects = 20_000;
const query = 'Jan van den Berg';

interface ProcessTime {
  wallMs: number;
  /** user + sys of the child process in ms, from GNU time (10 ms resolution); NaN without it. */
  cpuMs: number;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The suite's installation secret: the cached database is encrypted with it, and no bench touches the real key file. */
const benchEnv = { ...process.env, ...testKeyEnv };

/** Runs one whole process (its output discarded) and measures its wall clock and CPU time. */
function timeProcess(argv: string[], scratch: string): ProcessTime {
  const timeFile = join(scratch, 'time.txt');
  const command = gnuTime ? [gnuTime, '-f', '%U %S', '-o', timeFile, ...argv] : argv;
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: benchEnv });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`${argv.slice(1).join(' ')} failed (${run.status}): ${run.stderr}`);
  if (!gnuTime) return { wallMs, cpuMs: Number.NaN };
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wallMs, cpuMs: (user! + sys!) * 1000 };
}

/** The 20,000-subject demo database, made once with `inzage seed` and cached in BENCH_DIR (default: the OS temp folder). */
function cachedDemoDatabase(notes: string[]): string {
  const dir = process.env.BENCH_DIR ?? tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `inzage-bench-cli-${subjects}.db`);
  if (existsSync(file)) {
    notes.push(`reused cached ${file}`);
    return file;
  }
  const temporary = `${file}.creating-${process.pid}`;
  const started = performance.now();
  try {
    const seeded = spawnSync(process.execPath, [launcher, 'seed', '--db', temporary, '--subjects', String(subjects), '--seed', 'bench'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: benchEnv,
    });
    if (seeded.status !== 0) throw new Error(`inzage seed failed: ${seeded.stderr}`);
    renameSync(temporary, file);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
  }
  notes.push(`seeded ${file} with inzage seed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/**
 * `inzage stats` and `inzage search "…"` on the 20,000-subject demo database, each as a whole process
 * started the way the installed command starts (node electron/cli/inzage.mjs, which runs the bundle),
 * against `node -e 0`: medians of wall clock and CPU (user + sys) over BENCH_CLI_RUNS runs, taken in
 * turn so load from other users of the machine falls on all three alike. For comparison a few runs of
 * the same commands from the sources through tsx (what the CLI falls back to without a fresh bundle).
 * Targets (issue 11 item 8): each ≤ 0.3 s of CPU and ≤ 3× the wall clock of `node -e 0`.
 */
export async function cliBench(): Promise<BenchResult> {
  const runs = envInt('BENCH_CLI_RUNS', 15);
  const tsxRuns = envInt('BENCH_CLI_TSX_RUNS', 3);
  const notes: string[] = [];
  if (!freshBundle(new URL('dist/cli/', root), root)) {
    await buildCli();
    notes.push('the CLI bundle was missing or older than its sources: built it (npm run build:cli)');
  }
  return measure(notes, runs, tsxRuns);
}

function measure(notes: string[], runs: number, tsxRuns: number): BenchResult {
  const cached = cachedDemoDatabase(notes);
  const { dir, cleanup } = benchDir();
  try {
    // A copy: search records itself in the audit trail, and the cached file should stay as seeded.
    const db = join(dir, 'demo.db');
    copyFileSync(cached, db);
    const loadBefore = load();
    const commands = {
      'node -e 0': [process.execPath, '-e', '0'],
      'inzage stats': [process.execPath, launcher, 'stats', '--db', db],
      'inzage search': [process.execPath, launcher, 'search', query, '--db', db],
    };
    const times: Record<string, ProcessTime[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
    for (const argv of Object.values(commands)) timeProcess(argv, dir); // warm the file cache
    for (let run = 0; run < runs; run++) {
      for (const [name, argv] of Object.entries(commands)) times[name]!.push(timeProcess(argv, dir));
    }
    const tsx = [process.execPath, '--import', 'tsx', join(rootDir, 'electron/cli/cliMain.ts')];
    const fromSources = {
      'stats via tsx': [...tsx, 'stats', '--db', db],
      'search via tsx': [...tsx, 'search', query, '--db', db],
    };
    for (let run = 0; run < tsxRuns; run++) {
      for (const [name, argv] of Object.entries(fromSources)) (times[name] ??= []).push(timeProcess(argv, dir));
    }
    const loadAfter = load();

    const medianOf = (name: string, key: keyof ProcessTime) => median(times[name]!.map((t) => t[key]));
    const baseWall = medianOf('node -e 0', 'wallMs');
    const baseCpu = medianOf('node -e 0', 'cpuMs');
    const lines = [
      ...notes,
      `load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter} on ${availableParallelism()} cores (shared machine)`,
      `${subjects.toLocaleString('en')} subjects; ${runs} runs each, taken in turn (tsx: ${tsxRuns}); CPU = user + sys of the process`,
      ...(gnuTime ? [] : ['/usr/bin/time not found: CPU time not measured']),
      ...Object.keys(times).map((name) => {
        const wall = medianOf(name, 'wallMs');
        const cpu = medianOf(name, 'cpuMs');
        return (
          `${name.padEnd(15)} median wall ${wall.toFixed(0).padStart(5)} ms (${(wall / baseWall).toFixed(2)}× ` +
          `node -e 0), CPU ${cpu.toFixed(0).padStart(5)} ms (${(cpu / baseCpu).toFixed(2)}×)`
        );
      }),
    ];
    const targets = ['inzage stats', 'inzage search'].flatMap((name) => {
      const cpu = medianOf(name, 'cpuMs');
      const ratio = medianOf(name, 'wallMs') / baseWall;
      return [
        { label: `${name}: CPU ${(cpu / 1000).toFixed(2)} s ≤ 0.3 s`, met: cpu <= 300 },
        { label: `${name}: wall clock ${ratio.toFixed(2)}× node -e 0 ≤ 3×`, met: ratio <= 3 },
      ];
    });
    return { name: 'inzage as a process: stats and search vs node -e 0', lines, targets };
  } finally {
    cleanup();
  }
}
