import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, SearchGroup } from '../../shared/ipc/types.ts';
import { SearchScreen } from '../../renderer/screens/SearchScreen.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

const group = (over: Partial<SearchGroup>): SearchGroup => ({
  subjectId: 'S1',
  displayName: 'Jan van den Berg',
  birthDate: '1984-03-12',
  address: 'Kinkerstraat 112, Amsterdam',
  score: 50,
  evidence: [{ field: 'surname', value: 'Berg', how: 'exact' }],
  possibleDuplicates: [],
  namesakes: [],
  caseCount: 1,
  ...over,
});
const request = (subjectIds: string[]): RequestDetail => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'Jan van den Berg',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-11-02',
  dueOn: '2026-12-02',
  daysLeft: 9,
  paused: false,
  extended: false,
  subjectCount: subjectIds.length,
  language: 'nl',
  channel: 'email',
  identity: null,
  allowedNext: [],
  requesterAddress: null,
  requesterEmail: null,
  subjectIds,
  redactions: [],
  letters: [],
  unavailableLetters: [],
  outcome: null,
  representative: null,
  controllers: [],
  history: [],
  exports: [],
});

describe('SearchScreen', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('searches as you type and shows namesakes side by side with their evidence', async () => {
    const bridge = installFakeBridge({
      'search:subjects': ({ query }) => ({
        query,
        total: 2,
        groups: [
          group({ namesakes: ['S2'] }),
          group({
            subjectId: 'S2',
            birthDate: '1961-07-30',
            address: 'Herestraat 7, Groningen',
            namesakes: ['S1'],
            evidence: [
              { field: 'surname', value: 'Berg', how: 'exact' },
              { field: 'givenNames', value: 'Jan', how: 'fuzzy' },
            ],
          }),
        ],
      }),
    });
    render(<SearchScreen />);
    const input = screen.getByLabelText(/Name, date of birth/);
    expect(document.activeElement).toBe(input);
    await userEvent.type(input, 'Jan Berg');
    expect(await screen.findByText('2 people found')).toBeTruthy();
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('result-card'));
    expect(cards).toHaveLength(2);
    expect(within(cards[1]!).getByText(/Same name, other person\?/)).toBeTruthy();
    expect(within(cards[1]!).getByText(/Herestraat 7/)).toBeTruthy();
    expect(bridge.calls.filter((c) => c.channel === 'search:subjects').at(-1)?.input).toEqual({ query: 'Jan Berg', limit: 20 });
    // Fewer than two characters: no search at all.
    expect(bridge.calls.some((c) => c.channel === 'search:subjects' && (c.input as { query: string }).query === 'J')).toBe(false);
  });

  it('records the choice for a request: "this is the person", then "also this entry" for a flagged duplicate', async () => {
    let linked: string[] = [];
    const bridge = installFakeBridge({
      'request:get': () => request(linked),
      'search:subjects': ({ query }) => ({
        query,
        total: 2,
        groups: [
          group({ possibleDuplicates: ['S3'] }),
          group({ subjectId: 'S3', displayName: 'Jan v.d. Berg', possibleDuplicates: ['S1'] }),
        ],
      }),
      'request:linkSubjects': ({ subjectIds }) => {
        linked = [...linked, ...subjectIds];
        return request(linked);
      },
    });
    render(<SearchScreen requestId="INZ-2026-0001" />);
    await screen.findByText(/For request INZ-2026-0001/);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'berg');
    await userEvent.click((await screen.findAllByRole('button', { name: 'This is the person' }))[0]!);
    expect(await screen.findByText(/Taken into the request/)).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'request:linkSubjects')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      subjectIds: ['S1'],
      reason: 'surname: Berg',
    });
    expect(screen.getByText(/Possible duplicate entry: S1/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Also this entry' }));
    expect(await screen.findAllByText(/Taken into the request/)).toHaveLength(2);
  });

  it(
    'keeps one search in flight: letters typed meanwhile are searched together ' +
      'once it returns, the older answer shown dimmed and inert',
    async () => {
      const answers: { query: string; resolve: () => void }[] = [];
      const bridge = installFakeBridge({
        'search:subjects': ({ query }) =>
          new Promise((resolve) => {
            answers.push({ query, resolve: () => resolve({ query, total: 1, groups: [group({ displayName: `Result for ${query}` })] }) });
          }),
      });
      render(<SearchScreen />);
      const input = screen.getByLabelText(/Name, date of birth/);
      await userEvent.type(input, 'Ja');
      await userEvent.type(input, 'n B');
      // "Ja" is still being searched: "Jan", "Jan B" were not sent behind it.
      expect(answers.map((a) => a.query)).toEqual(['Ja']);
      await act(async () => answers[0]!.resolve());
      // The answer for "Ja" is not the text typed now, so it is not shown; the newest text is sent.
      expect(screen.queryByText('Result for Ja')).toBeNull();
      expect(answers.map((a) => a.query)).toEqual(['Ja', 'Jan B']);
      await act(async () => answers[1]!.resolve());
      const results = (await screen.findByText('Result for Jan B')).closest('section')!;
      expect(results.getAttribute('data-results-for')).toBe('Jan B');
      expect(results.hasAttribute('inert')).toBe(false);
      // One more letter: the shown answer is now for an older text, so it is marked busy and cannot be clicked.
      await userEvent.type(input, 'e');
      expect(results.getAttribute('aria-busy')).toBe('true');
      expect(results.hasAttribute('inert')).toBe(true);
      await act(async () => answers[2]!.resolve());
      expect(await screen.findByText('Result for Jan Be')).toBeTruthy();
      expect(results.hasAttribute('inert')).toBe(false);
      expect(bridge.calls.map((c) => (c.input as { query: string }).query)).toEqual(['Ja', 'Jan B', 'Jan Be']);
    },
  );
});
