import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { computeDeadline } from '../../../shared/deadlines/computeDueDate.ts';
import { errorMessages, fillPlaceholders } from '../../../shared/errors/errorMessages.ts';
import type { Language } from '../../../shared/extract/extractModel.ts';
import type { LetterKind } from '../../../shared/letters/letterModel.ts';
import { letterKinds } from '../../../shared/letters/letterModel.ts';
import type { LetterInput } from '../../../shared/letters/letterTemplates.ts';
import { buildLetter } from '../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../shared/letters/renderLetterText.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { storedRequest } from '../../helpers/storedRequest.ts';

/** Issue 12.8 (letters), 12.9 (representatives) and the letters of 12.6 (processor role), in Dutch and English. */
const policy = loadDefaultPolicy();
const languages: Language[] = ['nl', 'en'];

const client = (id: string, name: string): StoredRequest['controllers'][number] => ({
  controllerId: id,
  name,
  contact: { addressLines: ['Markt 3', '7411 AA Deventer'], email: 'privacy@client.example', phone: '0570 123 456' },
  referredOn: '2026-03-20',
  referredBy: 'M. de Vries',
  instruction: null,
});

function request(overrides: Partial<StoredRequest> = {}): StoredRequest {
  return storedRequest({
    reference: 'INZ-2026-0007',
    receivedOn: '2026-03-05',
    requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
    status: 'in-progress',
    ...overrides,
  });
}

function letter(kind: LetterKind, r: StoredRequest, extra: Partial<LetterInput> = {}) {
  const deadline = computeDeadline({
    receivedOn: r.receivedOn,
    pauses: r.pauses,
    ...(r.extension ? { extendedOn: r.extension.recordedOn } : {}),
  });
  return buildLetter(kind, { request: r, deadline, policy, clerk: 'M. de Vries', today: '2026-03-30', ...extra });
}

const body = (l: ReturnType<typeof letter>) => l.paragraphs.join(' ');

describe('letters (issue 12.8)', () => {
  const extended = request({
    extension: { reason: 'het verzoek betreft 14 dossiers over een periode van 9 jaar', recordedOn: '2026-03-30', by: 'M. de Vries' },
  });

  it.each(languages)('an extension notice only within the first month; after it refused with the reason (%s)', (language) => {
    // Received 5 March 2026: the first month ends on 7 April (5 April is Easter Sunday, 6 April Easter Monday).
    expect(letter('extension', extended, { language, today: '2026-04-07' }).subject).toBeTruthy();
    let refused: unknown;
    try {
      letter('extension', extended, { language, today: '2026-04-08' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'letter.extension-too-late',
      params: { reference: 'INZ-2026-0007', firstDue: '2026-04-07', today: '2026-04-08', daysLate: 1 },
    });
    const text = fillPlaceholders(
      errorMessages['letter.extension-too-late'][language],
      (refused as { params: Record<string, string> }).params,
    );
    expect(text).toMatch(language === 'nl' ? /eerste maand.*2026-04-07.*1 dag/ : /first month.*2026-04-07.*1 day/);
  });

  it.each(languages)(
    'a (partial) refusal gives the reasons, the Autoriteit Persoonsgegevens and the court within six weeks (%s)',
    (language) => {
      for (const partial of [false, true]) {
        const text = body(letter('refusal', request(), { language, refusal: { reason: 'manifestly unfounded', partial } }));
        expect(text).toMatch(/manifestly unfounded/);
        expect(text).toMatch(/Autoriteit Persoonsgegevens/);
        expect(text).toMatch(
          language === 'nl'
            ? /rechtbank.*binnen zes weken.*artikel 35, lid 2, UAVG/
            : /district court.*within six weeks.*Article 35\(2\) UAVG/,
        );
        expect(text).toMatch(language === 'nl' ? /artikel 79 AVG/ : /Article 79 GDPR/);
      }
      expect(letter('refusal', request(), { language, refusal: { reason: 'x', partial: true } }).subject).toMatch(
        language === 'nl' ? /gedeeltelijke weigering/ : /partial refusal/,
      );
    },
  );

  it.each(languages)('salutes by name when it is known, neutrally otherwise (%s)', (language) => {
    const named = letter('acknowledgement', request(), { language });
    expect(named.salutation).toBe(language === 'nl' ? 'Geachte Anna de Jong,' : 'Dear Anna de Jong,');
    expect(named.closing[0]).toBe(language === 'nl' ? 'Met vriendelijke groet,' : 'Yours sincerely,');
    for (const name of ['anna@example.org', 'onbekend', '---']) {
      const anonymous = letter('acknowledgement', request({ requester: { name, email: 'anna@example.org' } }), { language });
      expect(anonymous.salutation).toBe(language === 'nl' ? 'Geachte heer/mevrouw,' : 'Dear Sir or Madam,');
    }
    expect(letter('acknowledgement', request({ requester: { name: 'unknown' } }), { language: 'en' }).closing[0]).toBe('Yours faithfully,');
  });

  it.each(languages)('carries the controller’s postal address on every letter, and refuses to go without one (%s)', (language) => {
    const r = request({
      controllers: [client('ORG1', 'Webwinkel Oost B.V.')],
      status: 'refused',
      statusReason: 'x',
      extension: { reason: 'x', recordedOn: '2026-03-30', by: 'x' },
    });
    for (const kind of letterKinds) {
      const text = renderLetterText(letter(kind, r, { language }));
      expect(text.split('\n').slice(0, 4)).toEqual(['Alektum Group', 'Alektum B.V.', 'Postbus 20723', '1001 NS Amsterdam']);
    }
    const { postalAddress: _gone, ...organisation } = policy.organisation;
    expect(() => letter('acknowledgement', request(), { language, policy: { ...policy, organisation } })).toThrow(
      expect.objectContaining({ code: 'letter.postal-address-missing' }),
    );
  });

  it('flags a reason typed in the other language to the clerk, not in the letter', () => {
    const nl = letter('refusal', request(), { language: 'nl', refusal: { reason: 'the request repeats the one we answered on 2 March' } });
    expect(nl.warnings).toEqual([
      {
        code: 'letter.reason-language',
        params: { reference: 'INZ-2026-0007', field: 'refusal-reason', letterLanguage: 'nl', detected: 'en' },
      },
    ]);
    expect(renderLetterText(nl)).not.toMatch(/reason-language/);
    expect(
      letter('refusal', request(), { language: 'en', refusal: { reason: 'the request repeats the one we answered' } }).warnings,
    ).toEqual([]);
    // The Dutch extension reason in an English letter.
    expect(letter('extension', extended, { language: 'en' }).warnings).toMatchObject([
      { params: { field: 'extension-reason', letterLanguage: 'en', detected: 'nl' } },
    ]);
    expect(letter('extension', extended, { language: 'nl' }).warnings).toEqual([]);
    for (const language of languages) {
      expect(fillPlaceholders(errorMessages['letter.reason-language'][language], nl.warnings[0]!.params)).toMatch(/en/);
    }
  });

  it.each(languages)('"we hold no personal data about you" is a letter of its own, only when nobody matches (%s)', (language) => {
    const none = letter('no-data', request(), { language });
    expect(none.subject).toMatch(language === 'nl' ? /wij verwerken geen persoonsgegevens van u/ : /we hold no personal data about you/);
    expect(body(none)).toMatch(language === 'nl' ? /artikel 15, lid 1, AVG/ : /Article 15\(1\) GDPR/);
    expect(body(none)).toMatch(/Autoriteit Persoonsgegevens/);
    expect(body(none)).not.toMatch(/0 (records|gegevens)/);
    const linked = request({ subjects: [{ subjectId: 'S0000001', evidence: null, linkedOn: '2026-03-06', linkedBy: 'x' }] });
    expect(() => letter('no-data', linked, { language })).toThrow(
      expect.objectContaining({ code: 'letter.no-data-not-applicable', params: { reference: 'INZ-2026-0007', linked: 1 } }),
    );
  });
});

describe('letters to a representative (issue 12.9)', () => {
  const represented = request({
    representative: {
      name: 'Mr. B. Bewind',
      capacity: 'bewindvoerder',
      address: 'Stationsplein 2, 3511 ED Utrecht',
      email: null,
      proof: 'court order of 1 May 2025 seen',
      checkedOn: '2026-03-10',
      checkedBy: 'M. de Vries',
    },
  });

  it.each(languages)('go to the representative, name the person and the capacity (%s)', (language) => {
    for (const kind of ['acknowledgement', 'identity', 'refusal'] as const) {
      const l = letter(kind, represented, { language, refusal: { reason: 'x' } });
      expect(l.recipientLines).toEqual(['Mr. B. Bewind', 'Stationsplein 2', '3511 ED Utrecht']);
      expect(l.salutation).toMatch(/Mr\. B\. Bewind,$/);
      expect(l.concerning).toBe('Anna de Jong');
      expect(l.paragraphs[0]).toMatch(
        language === 'nl'
          ? /als beschermingsbewindvoerder van Anna de Jong/
          : /as court-appointed administrator \(bewindvoerder\) of Anna de Jong/,
      );
      expect(renderLetterText(l)).toMatch(language === 'nl' ? /Betrokkene: Anna de Jong/ : /Data subject: Anna de Jong/);
    }
  });
});

describe('letters of the processor role (issue 12.6)', () => {
  const referred = request({ controllers: [client('ORG1', 'Webwinkel Oost B.V.'), client('ORG2', 'Dakwerken Noord')] });

  it.each(languages)('tell the person who the controllers are and how to reach them (%s)', (language) => {
    const l = letter('processor-referral', referred, { language });
    expect(l.recipientLines[0]).toBe('Anna de Jong');
    const text = body(l);
    expect(text).toMatch(/Webwinkel Oost B\.V\., Markt 3, 7411 AA Deventer, privacy@client\.example, 0570 123 456/);
    expect(text).toMatch(/Dakwerken Noord/);
    expect(text).toMatch(language === 'nl' ? /artikel 28, lid 3, onder e, AVG/ : /Article 28\(3\)\(e\) GDPR/);
    expect(() => letter('processor-referral', request(), { language })).toThrow(expect.objectContaining({ code: 'letter.not-referred' }));
  });

  it.each(languages)('notify each client of the request, asking for its instruction (%s)', (language) => {
    expect(() => letter('controller-notice', referred, { language })).toThrow(
      expect.objectContaining({ code: 'letter.controller-required', params: { reference: 'INZ-2026-0007', controllers: 'ORG1, ORG2' } }),
    );
    expect(() => letter('controller-notice', referred, { language, controllerId: 'ORG9' })).toThrow(
      expect.objectContaining({ code: 'controller.unknown' }),
    );
    const notice = letter('controller-notice', referred, { language, controllerId: 'ORG2' });
    expect(notice.recipientLines).toEqual(['Dakwerken Noord', 'Markt 3', '7411 AA Deventer']);
    expect(notice.salutation).toBe(language === 'nl' ? 'Geachte heer/mevrouw,' : 'Dear Sir or Madam,');
    expect(notice.concerning).toBe('Anna de Jong');
    expect(body(notice)).toMatch(
      language === 'nl' ? /geen gegevens zonder uw schriftelijke instructie/ : /without your written instruction/,
    );
    expect(body(notice)).toMatch(/7 (april|April) 2026/);
  });
});
