import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, SearchGroup } from '../../shared/ipc/types.ts';
import { SearchScreen } from '../../renderer/screens/SearchScreen.tsx';
import { useApp } from '../../renderer/store.ts';
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
  namesakeCount: 0,
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

/** A request in the fake register that the decisions change, as the core would (links, rejections with reasons). */
function fakeRegister() {
  const state = { linked: [] as string[], rejected: [] as { subjectId: string; reason: string }[], closed: false };
  const detail = (): RequestDetail => ({
    ...request(state.linked),
    rejectedCandidates: state.rejected.map((r) => ({ ...r, rejectedOn: '2026-11-23', rejectedBy: 'Eva Bos' })),
    allowedNext: state.closed ? [] : ['ready'],
  });
  const handlers = {
    'request:get': () => detail(),
    'request:linkSubjects': ({ subjectIds }: { subjectIds: string[] }) => {
      state.linked.push(...subjectIds);
      state.rejected = state.rejected.filter((r) => !subjectIds.includes(r.subjectId));
      return detail();
    },
    'request:rejectSubject': ({ subjectId, reason }: { subjectId: string; reason: string }) => {
      state.rejected.push({ subjectId, reason });
      return detail();
    },
    'request:unlinkSubject': ({ subjectId, reason }: { subjectId: string; reason: string }) => {
      state.linked = state.linked.filter((id) => id !== subjectId);
      state.rejected.push({ subjectId, reason });
      return detail();
    },
    'request:closeWithOutcome': () => {
      state.closed = true;
      return detail();
    },
  };
  return { state, handlers };
}

const jan1984 = { subjectId: 'S1', birthDate: '1984-03-12', address: 'Kinkerstraat 112, Amsterdam', caseCount: 1 };
const jan1961 = { subjectId: 'S2', birthDate: '1961-07-30', address: 'Herestraat 7, Groningen', caseCount: 2 };

describe('SearchScreen', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('searches as you type and shows namesakes side by side with their evidence', async () => {
    const bridge = installFakeBridge({
      'search:subjects': ({ query }) => ({
        query,
        total: 2,
        groups: [
          group({ namesakes: [jan1961], namesakeCount: 1 }),
          group({
            subjectId: 'S2',
            birthDate: '1961-07-30',
            address: 'Herestraat 7, Groningen',
            namesakes: [jan1984],
            namesakeCount: 1,
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
    expect(within(cards[1]!).getByText(/Same name as 1 other entry/)).toBeTruthy();
    expect(within(cards[1]!).getByText(/Herestraat 7/)).toBeTruthy();
    // Typing asks for the results first; this bridge answers with the namesakes anyway, so no second search follows.
    expect(bridge.calls.filter((c) => c.channel === 'search:subjects').at(-1)?.input).toEqual({
      query: 'Jan Berg',
      limit: 20,
      deferNamesakes: true,
    });
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

  it('tells how many match in all, not only how many are shown, and shows more on request (issue 14.2)', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => group({ subjectId: `S${i + 1}`, displayName: `Berg ${i + 1}` }));
    const bridge = installFakeBridge({
      'search:subjects': ({ query, limit = 20 }) => ({ query, total: query === 'vd Berg' ? 232 : limit, groups: many(limit) }),
    });
    render(<SearchScreen />);
    const input = screen.getByLabelText(/Name, date of birth/);
    await userEvent.type(input, 'vd Berg');
    expect(await screen.findByRole('heading', { name: '20 of 232 — add a birth date or postcode' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('heading', { name: '40 of 232 — add a birth date or postcode' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('result-card'))).toHaveLength(40);
    expect(bridge.calls.at(-1)?.input).toEqual({ query: 'vd Berg', limit: 40, deferNamesakes: true });
    // Another text starts again at the first page; all of them shown: no "of", no "Show more".
    await userEvent.type(input, 'e');
    expect(await screen.findByRole('heading', { name: '20 people found' })).toBeTruthy();
    expect(bridge.calls.at(-1)?.input).toEqual({ query: 'vd Berge', limit: 20, deferNamesakes: true });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('shows the results first and the namesakes a moment later, in a second search of the same text (issue 14.9)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const bridge = installFakeBridge({
      'search:subjects': async ({ query, deferNamesakes }) =>
        deferNamesakes
          ? { query, total: 1, namesakesPending: true, groups: [group({})] }
          : held.then(() => ({ query, total: 1, groups: [group({ namesakes: [jan1961], namesakeCount: 1 })] })),
    });
    render(<SearchScreen />);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Jan Berg');
    expect(await screen.findByRole('heading', { name: /^1 .*found/ })).toBeTruthy();
    expect(screen.queryByText(/Same name as/)).toBeNull();
    const searches = bridge.calls.filter((c) => c.channel === 'search:subjects');
    expect(searches.at(-1)?.input).toEqual({ query: 'Jan Berg', limit: 20 });
    release();
    expect(await screen.findByText(/Same name as 1 other entry/)).toBeTruthy();
    expect(document.querySelector('[data-namesakes-for]')?.getAttribute('data-namesakes-for')).toBe('Jan Berg');
  });

  it('says "more than" when the core stopped counting (issue 14.9: a vague query on a large database)', async () => {
    const many = Array.from({ length: 20 }, (_, i) => group({ subjectId: `S${i + 1}`, displayName: `Jan ${i + 1}` }));
    installFakeBridge({ 'search:subjects': ({ query }) => ({ query, total: 1000, totalCapped: true, groups: many }) });
    render(<SearchScreen />);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Jan');
    expect(await screen.findByRole('heading', { name: '20 of more than 1000 — add a birth date or postcode' })).toBeTruthy();
  });

  it('says it in Dutch too', async () => {
    resetApp('nl');
    installFakeBridge({ 'search:subjects': ({ query }) => ({ query, total: 232, groups: [group({})] }) });
    render(<SearchScreen />);
    await userEvent.type(screen.getByLabelText(/Naam, geboortedatum/), 'vd Berg');
    expect(await screen.findByRole('heading', { name: '1 van 232 — voeg een geboortedatum of postcode toe' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meer tonen' })).toBeTruthy();
  });

  it('lists every namesake with what tells them apart, and says how many more there are', async () => {
    const others = [jan1961, { subjectId: 'S7', birthDate: '1990-05-01', address: null, caseCount: 0 }];
    installFakeBridge({
      'search:subjects': ({ query }) => ({ query, total: 1, groups: [group({ namesakes: others, namesakeCount: 5 })] }),
    });
    render(<SearchScreen />);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Jan van den Berg');
    const card = (await screen.findByRole('heading', { name: 'Jan van den Berg' })).closest('li')!;
    expect(within(card).getByText(/Same name as 5 other entries/)).toBeTruthy();
    const listed = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('·') && !li.className);
    expect(listed.map((li) => li.textContent)).toEqual([
      'S2 · born 30 Jul 1961 · Herestraat 7, Groningen · 2 cases',
      'S7 · born 1 May 1990 · 0 cases',
    ]);
    expect(within(card).getByText('… and 3 more with this name')).toBeTruthy();
  });

  it('"not this person" asks a reason, keeps the entry dismissed and shown as such; linking it after all is confirmed', async () => {
    const register = fakeRegister();
    const bridge = installFakeBridge({
      ...register.handlers,
      'search:subjects': ({ query }) => ({ query, total: 1, groups: [group({ subjectId: 'S2', birthDate: '1961-07-30' })] }),
    });
    render(<SearchScreen requestId="INZ-2026-0001" />);
    await screen.findByText(/For request INZ-2026-0001/);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Jan van den Berg');
    await userEvent.click(await screen.findByRole('button', { name: 'Not this person…' }));
    const dialog = screen.getByRole('dialog', { name: 'Not this person: Jan van den Berg' });
    const reason = within(dialog).getByLabelText('Reason');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    const submit = within(dialog).getByRole('button', { name: 'Record: not this person' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await userEvent.type(reason, 'other date of birth{Enter}');
    expect(await screen.findByText('✕ Not this person: other date of birth')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.calls.find((c) => c.channel === 'request:rejectSubject')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      subjectId: 'S2',
      reason: 'other date of birth',
    });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Jan van den Berg' })));
    // Dismissed: no "This is the person"; "Link after all…" shows the reason and asks first.
    expect(screen.queryByRole('button', { name: 'This is the person' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Link after all…' }));
    const confirm = screen.getByRole('dialog', { name: 'Link Jan van den Berg?' });
    expect(within(confirm).getByText(/recorded as not this person: “other date of birth”/)).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.calls.some((c) => c.channel === 'request:linkSubjects')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Link after all…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, this is the person' }));
    expect(await screen.findByText(/Taken into the request/)).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'request:linkSubjects')?.input).toMatchObject({
      subjectIds: ['S2'],
      overrideRejection: true,
    });
  });

  it('linking an entry that has namesakes asks for confirmation; a linked entry is unlinked with a reason', async () => {
    const register = fakeRegister();
    const bridge = installFakeBridge({
      ...register.handlers,
      'search:subjects': ({ query }) => ({ query, total: 1, groups: [group({ namesakes: [jan1961], namesakeCount: 1 })] }),
    });
    render(<SearchScreen requestId="INZ-2026-0001" />);
    await screen.findByText(/For request INZ-2026-0001/);
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Jan van den Berg');
    await userEvent.click(await screen.findByRole('button', { name: 'This is the person' }));
    const confirm = screen.getByRole('dialog', { name: 'Link Jan van den Berg?' });
    expect(within(confirm).getByRole('listitem').textContent).toBe('S2 · born 30 Jul 1961 · Herestraat 7, Groningen · 2 cases');
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Yes, this is the person' })));
    expect(bridge.calls.some((c) => c.channel === 'request:linkSubjects')).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/Taken into the request/)).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'request:linkSubjects')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      subjectIds: ['S1'],
      reason: 'surname: Berg',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Unlink…' }));
    const dialog = screen.getByRole('dialog', { name: 'Unlink Jan van den Berg' });
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'the address is a former one');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    expect(await screen.findByText('✕ Not this person: the address is a former one')).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'request:unlinkSubject')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      subjectId: 'S1',
      reason: 'the address is a former one',
    });
    expect(register.state.linked).toEqual([]);
  });

  it('when nobody matches, offers the "we hold no personal data" answer and opens the request once closed', async () => {
    const register = fakeRegister();
    const bridge = installFakeBridge({ ...register.handlers, 'search:subjects': ({ query }) => ({ query, total: 0, groups: [] }) });
    useApp.setState({ route: { screen: 'search', requestId: 'INZ-2026-0001' } });
    render(<SearchScreen requestId="INZ-2026-0001" />);
    await screen.findByText(/For request INZ-2026-0001/);
    expect(screen.queryByRole('heading', { name: 'Nobody matches?' })).toBeNull();
    await userEvent.type(screen.getByLabelText(/Name, date of birth/), 'Pietje Puk');
    expect(await screen.findByRole('heading', { name: 'No one matches “Pietje Puk”.' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Answer: we hold no personal data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Close request INZ-2026-0001: we hold no personal data' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the request' }));
    await waitFor(() => expect(useApp.getState().route).toEqual({ screen: 'request', requestId: 'INZ-2026-0001' }));
    expect(bridge.calls.find((c) => c.channel === 'request:closeWithOutcome')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      outcome: 'no-data',
    });
  });
});
