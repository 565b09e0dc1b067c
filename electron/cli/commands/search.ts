import { searchSubjects } from '../../core/search/searchUseCases.ts';
import { parseCommandArgs, positiveInteger } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';
import { cliDeps } from '../cliDeps.ts';

/**
 * Searching is processing of personal data (docs/domain.md §8). The query and the results go to
 * stdout for the clerk only; the audit trail records that a search was made, by whom, for which
 * request and which subjects it showed, and the query only as its SHA-256 digest (the app's use case).
 */
export const searchCommand: Command = {
  name: 'search',
  summary: 'find data subjects by name, birth date, postcode, street, e-mail, phone, IBAN, case number or client reference',
  usage: 'inzage search "QUERY" [--db FILE] [--json] [--limit N] [--count-all] [--request REF] [--clerk NAME]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      request: { type: 'string' },
      clerk: { type: 'string' },
      'count-all': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one QUERY (put it in quotes)');
    const query = positionals[0]!;
    if (query.trim() === '') throw new UsageError('the QUERY is empty');
    const limit = positiveInteger(values.limit, '--limit', 20);
    const store = await openCommandStore(values.db, io);
    try {
      const { results, groups, total, totalCapped } = await searchSubjects(cliDeps(store, io, { clerk: values.clerk }), {
        query,
        limit,
        requestRef: values.request,
        exactTotal: values['count-all'] === true,
      });
      if (values.json) {
        io.out(`${JSON.stringify(results, null, 2)}\n`);
        return 0;
      }
      if (results.length === 0) {
        io.out('No data subjects found. / Geen betrokkenen gevonden.\n');
        return 0;
      }
      io.out(`${totalLine(results.length, total, totalCapped)}\n`);
      for (const [i, r] of results.entries()) {
        io.out(`${r.subjectId}  score ${r.score}  ${r.displayName}  born ${r.birthDate ?? '?'}\n`);
        io.out(`    address: ${r.currentAddress ?? '-'}  roles: ${r.roles.join(', ') || '-'}  cases: ${r.caseCount}\n`);
        io.out(`    matched: ${r.evidence.map((e) => `${e.field} ${e.how} "${e.matched}"`).join('; ')}\n`);
        if (r.possibleDuplicates.length > 0)
          io.out(`    possible duplicate of / mogelijk dubbel met: ${r.possibleDuplicates.join(', ')}\n`);
        // Every other entry with this name, as the window lists them (issue 14.2): link the right one.
        const group = groups[i]!;
        if (group.namesakeCount > 0) {
          const listed = group.namesakes.map((n) => `${n.subjectId} (born ${n.birthDate ?? '?'}, ${n.address ?? '-'})`);
          const more = group.namesakeCount - group.namesakes.length;
          io.out(`    same name as / zelfde naam als: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}\n`);
        }
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

/**
 * How many are shown of how many match (issue 14: "20 of 232"), in both languages like the other
 * lines of this command; when not all are shown, what narrows the search.
 */
export function totalLine(shown: number, total: number, capped = false): string {
  // Counting stopped at `total` (a vague query over a large database): said so, with how to count them all.
  if (capped)
    return (
      `${shown} of more than ${total} shown: add a birth date or postcode, or give --count-all for the exact number. / ` +
      `${shown} van meer dan ${total} getoond: voeg een geboortedatum of postcode toe, of geef --count-all voor het precieze aantal.`
    );
  if (shown >= total) return `${total} found. / ${total} gevonden.`;
  return (
    `${shown} of ${total} shown: add a birth date or postcode, or give --limit. / ` +
    `${shown} van ${total} getoond: voeg een geboortedatum of postcode toe, of geef --limit.`
  );
}
