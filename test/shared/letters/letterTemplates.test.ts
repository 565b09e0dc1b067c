import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { computeDeadline } from '../../../shared/deadlines/computeDueDate.ts';
import { formatDate } from '../../../shared/extract/format.ts';
import { letterKinds } from '../../../shared/letters/letterModel.ts';
import type { LetterInput } from '../../../shared/letters/letterTemplates.ts';
import { buildLetter } from '../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../shared/letters/renderLetterText.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { storedRequest } from '../../helpers/storedRequest.ts';

const policy = loadDefaultPolicy();

function request(overrides: Partial<StoredRequest> = {}): StoredRequest {
  return storedRequest({
    reference: 'INZ-2026-0007',
    receivedOn: '2026-03-05',
    requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
    status: 'in-progress',
    extension: { reason: '14 cases over 9 years', recordedOn: '2026-03-30', by: 'M. de Vries' },
    createdBy: 'M. de Vries',
    createdAt: '2026-03-05T09:00:00.000Z',
    ...overrides,
  });
}

const controller: StoredRequest['controllers'][number] = {
  controllerId: 'ORG0000004',
  name: 'Webwinkel Oost B.V.',
  contact: { addressLines: ['Markt 3', '7411 AA Deventer'], email: 'privacy@webwinkel-oost.example', phone: '0570 123 456' },
  referredOn: '2026-03-20',
  referredBy: 'M. de Vries',
  instruction: null,
};

function input(r: StoredRequest, extra: Partial<LetterInput> = {}): LetterInput {
  const deadline = computeDeadline({
    receivedOn: r.receivedOn,
    pauses: r.pauses,
    ...(r.extension ? { extendedOn: r.extension.recordedOn } : {}),
  });
  return {
    request: r,
    deadline,
    policy,
    clerk: 'M. de Vries',
    today: '2026-03-30',
    refusal: { reason: 'the request repeats the one answered on 2 March' },
    ...extra,
  };
}

describe('letters', () => {
  it('exist for every kind in Dutch and English, and differ per language', () => {
    // Referred to one client and nobody linked, so the outcome letters (no-data, referral, notice) apply too.
    const r = request({ controllers: [controller] });
    for (const kind of letterKinds) {
      const nl = renderLetterText(buildLetter(kind, input(r, { language: 'nl' })));
      const en = renderLetterText(buildLetter(kind, input(r, { language: 'en' })));
      expect(nl).not.toBe(en);
      expect(nl).toMatch(/Kenmerk: INZ-2026-0007/);
      expect(en).toMatch(/Reference: INZ-2026-0007/);
      for (const text of [nl, en]) {
        expect(text).toMatch(/Alektum Group/);
        expect(text).toMatch(/info@alektumgroup\.nl/);
        // The controller's postal address on every letter (issue 12.8).
        expect(text).toMatch(/Alektum Group\nAlektum B\.V\.\nPostbus 20723\n1001 NS Amsterdam/);
        if (kind === 'controller-notice') expect(text).toMatch(/Webwinkel Oost B\.V\.\nMarkt 3\n7411 AA Deventer/);
        else expect(text).toMatch(/Anna de Jong\nKerkstraat 1\n1011 AA Amsterdam/);
        expect(text.split('\n').every((line) => line.length <= 78 || !line.includes(' '))).toBe(true);
      }
    }
  });

  it('the acknowledgement states the concrete due date', () => {
    const r = request({ extension: null });
    expect(renderLetterText(buildLetter('acknowledgement', input(r, { language: 'nl' })))).toMatch(/uiterlijk\s+op\s+7\s+april\s+2026/);
    expect(renderLetterText(buildLetter('acknowledgement', input(r, { language: 'en' })))).toMatch(
      /at\s+the\s+latest\s+on\s+7\s+April\s+2026/,
    );
    const paused = request({ extension: null, pauses: [{ from: '2026-03-06', by: 'x' }] });
    expect(buildLetter('acknowledgement', input(paused, { language: 'en' })).paragraphs.join(' ')).toMatch(
      /within one month of receiving the information/,
    );
  });

  it('the extension notice gives the reasons, the first and the extended due date, and the complaint route', () => {
    const text = buildLetter('extension', input(request(), { language: 'en' })).paragraphs.join(' ');
    expect(text).toMatch(/by 7 April 2026 at the latest/);
    expect(text).toMatch(/14 cases over 9 years/);
    expect(text).toMatch(/by 5 June 2026 at the latest/);
    expect(text).toMatch(/Autoriteit Persoonsgegevens\)?, Postbus 93374, 2509 AJ Den Haag/);
    expect(() => buildLetter('extension', input(request({ extension: null })))).toThrow(
      expect.objectContaining({ code: 'letter.no-extension' }),
    );
  });

  it('the refusal gives its reasons and the complaint route; partial refusals say so', () => {
    const nl = buildLetter('refusal', input(request(), { language: 'nl', refusal: { reason: 'kennelijk ongegrond', partial: true } }));
    expect(nl.subject).toMatch(/gedeeltelijke weigering/);
    expect(nl.paragraphs.join(' ')).toMatch(/kennelijk ongegrond.*artikel 12, lid 4.*Autoriteit Persoonsgegevens.*artikel 79/);
    expect(() => buildLetter('refusal', input(request(), { refusal: {} }))).toThrow(
      expect.objectContaining({ code: 'letter.refusal-reason-required' }),
    );
    const refused = request({ status: 'refused', statusReason: 'manifestly excessive' });
    expect(buildLetter('refusal', input(refused, { refusal: undefined, language: 'en' })).paragraphs.join(' ')).toMatch(
      /manifestly excessive/,
    );
  });

  it('the identity letter says no copy of the ID is kept and when the clock starts', () => {
    const en = buildLetter('identity', input(request(), { language: 'en' })).paragraphs.join(' ');
    expect(en).toMatch(/do not make or keep a copy/);
    expect(en).toMatch(/starts on the day we receive this information/);
  });

  it('writes dates out in the letter language', () => {
    expect(formatDate('2027-01-04', 'nl')).toBe('4 januari 2027');
    expect(formatDate('2027-01-04', 'en')).toBe('4 January 2027');
  });
});
