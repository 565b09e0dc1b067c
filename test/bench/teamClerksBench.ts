import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fixedClock } from '../../electron/core/clock/clock.ts';
import { migratePostgres } from '../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../electron/core/db/postgres/postgresPool.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { addNote, changeStatus, recordIdentity, registerRequest } from '../../electron/core/requests/useCases/index.ts';
import { postgresStore } from '../../electron/core/store/postgresStore.ts';
import type { Store } from '../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../electron/core/store/useCaseDeps.ts';
import { DomainError } from '../../shared/errors/domainError.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { BenchResult } from './benchKit.ts';
import { envInt } from './benchKit.ts';

/**
 * Part of `npm run bench team` (issue 15.6): two and four clerks at once on one PostgreSQL register,
 * beside one clerk alone (the baseline), each its own store with its own pool (its own "laptop"), each
 * performing INZAGE_BENCH_CLERK_ACTIONS (default 1,000) use cases one after another, as a clerk does:
 * register (1 in 10), record the identity of their newest request, move a request between "in
 * progress" and "ready" (2 in 10, on any of the team's requests, so clerks collide), add a note to any
 * of the team's requests (5 in 10), and a search logged in the trail.
 *
 * Reported: throughput (actions per second of wall time); lost updates, counted from the database
 * afterwards against what each clerk was told succeeded (every registration, note, identity check and
 * status change must be there, and nothing more); the refusals a collision caused (another clerk
 * changed the status first: `status.same`, the clear refusal, nothing lost); and the chain verified.
 */

const register = loadDefaultPolicy();
const day = '2026-03-09';

interface Tally {
  registered: string[];
  identified: number;
  statusChanges: number;
  notes: string[];
  searches: number;
  collisions: number;
}

/** A small deterministic generator per clerk, so every run does the same mix. */
function generator(seed: number): () => number {
  let state = seed * 2_654_435_761;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

async function clerkWork(
  deps: UseCaseDeps,
  clerk: number,
  actions: number,
  team: { open: string[]; identified: string[] },
): Promise<Tally> {
  const random = generator(clerk + 1);
  const tally: Tally = { registered: [], identified: 0, statusChanges: 0, notes: [], searches: 0, collisions: 0 };
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < actions; i++) {
    const slot = i % 10;
    if (slot === 0 || team.open.length === 0) {
      const request = await registerRequest(deps, { receivedOn: day, channel: 'email', requester: { name: `Requester ${clerk}-${i}` } });
      tally.registered.push(request.reference);
      team.open.push(request.reference);
    } else if (slot === 1 && tally.registered.length > tally.identified) {
      const reference = tally.registered[tally.identified]!;
      await recordIdentity(deps, reference, { method: 'date of birth and address match' });
      tally.identified++;
      team.identified.push(reference);
    } else if ((slot === 2 || slot === 3) && team.identified.length > 0) {
      const reference = pick(team.identified);
      // The clerk decides on what the list showed a moment ago; another clerk may have moved it since.
      const shown = (await deps.store.requests.find(reference))!.status;
      try {
        await changeStatus(deps, reference, shown === 'ready' ? 'in-progress' : 'ready');
        tally.statusChanges++;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'status.same')) throw error;
        tally.collisions++;
      }
    } else if (slot === 9) {
      await deps.store.audit.append({ actor: deps.clerk.name, action: 'search', details: { results: i } }, deps.clock.now());
      tally.searches++;
    } else {
      const text = `note ${clerk}-${i}`;
      await addNote(deps, pick(team.open), text);
      tally.notes.push(text);
    }
  }
  return tally;
}

async function withDatabase<T>(adminUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `inzage_bench_clerks_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // The name is ours (hex), not input: CREATE DATABASE takes no parameters.
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** What the database holds afterwards against what the clerks were told; every difference is a lost (or phantom) update. */
async function lostUpdates(store: Store, tallies: Tally[]): Promise<{ lost: number; chainOk: boolean; entries: number }> {
  const requests = await store.requests.list();
  const sum = (f: (t: Tally) => number) => tallies.reduce((total, t) => total + f(t), 0);
  const references = new Set(requests.map((r) => r.reference));
  const registered = tallies.flatMap((t) => t.registered);
  let lost = registered.filter((r) => !references.has(r)).length + Math.abs(references.size - registered.length);
  const notes = new Set(requests.flatMap((r) => r.notes.map((n) => n.text)));
  const told = tallies.flatMap((t) => t.notes);
  lost += told.filter((n) => !notes.has(n)).length + Math.abs(notes.size - told.length);
  const history = requests.reduce((total, r) => total + r.statusHistory.length, 0);
  lost += Math.abs(history - (registered.length + sum((t) => t.identified) + sum((t) => t.statusChanges)));
  lost += Math.abs(requests.filter((r) => r.identity !== null).length - sum((t) => t.identified));
  const verification = await store.audit.verify();
  // One entry per registration, note, status change and search; two per identity check (the check and the status).
  const expected = registered.length + told.length + sum((t) => t.statusChanges) + sum((t) => t.searches) + 2 * sum((t) => t.identified);
  const entries = verification.ok ? verification.count : -1;
  lost += Math.abs(entries - expected);
  return { lost, chainOk: verification.ok, entries };
}

async function runTeam(adminUrl: string, clerks: number, actions: number) {
  return withDatabase(adminUrl, async (url) => {
    const setup = openPostgresPool(url);
    await migratePostgres(setup, url);
    await setup.end();
    const stores = Array.from({ length: clerks }, () => {
      const pool = openPostgresPool(url, { max: 2 });
      // An idle connection the server ends (the database dropped after a failed run) must not end the process.
      pool.on('error', () => undefined);
      return postgresStore(pool, url, { keys: testKeys });
    });
    try {
      const team = { open: [] as string[], identified: [] as string[] };
      const started = performance.now();
      const tallies = await Promise.all(
        stores.map((store, i) =>
          clerkWork({ store, clock: fixedClock(day), clerk: { name: `clerk ${i + 1}` }, register }, i, actions, team),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      const check = await lostUpdates(stores[0]!, tallies);
      const collisions = tallies.reduce((total, t) => total + t.collisions, 0);
      return { clerks, actions, seconds, perSecond: (clerks * actions) / seconds, collisions, ...check };
    } finally {
      for (const store of stores) await store.close();
    }
  });
}

export async function teamClerksBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  const actions = envInt('INZAGE_BENCH_CLERK_ACTIONS', 1_000);
  // One clerk alone is the baseline beside them: what sharing the server costs or gains.
  const [alone, ...teams] = [await runTeam(adminUrl, 1, actions), await runTeam(adminUrl, 2, actions), await runTeam(adminUrl, 4, actions)];
  const line = (r: typeof alone) =>
    `${r.clerks} clerk${r.clerks > 1 ? 's' : ''} × ${r.actions} actions: ${r.perSecond.toFixed(0)} actions/s (${r.seconds.toFixed(1)} s` +
    `${r === alone ? ', the baseline' : `, ×${(r.perSecond / alone.perSecond).toFixed(2)} of one clerk alone`}), ` +
    `${r.collisions} refused as changed by another clerk first, ${r.lost} lost, ` +
    `audit chain ${r.chainOk ? `valid (${r.entries} entries)` : 'BROKEN'}`;
  return {
    lines: [alone, ...teams].map(line),
    targets: teams.map((r) => ({
      label: `${r.clerks} concurrent clerks, ${r.actions} actions each: zero lost updates and one valid audit chain`,
      met: r.lost === 0 && r.chainOk,
    })),
  };
}
