import { describe, expect, it } from 'vitest';
import { cliErrorMessages } from '../../../electron/cli/cliErrorMessages.ts';
import { errorCodes } from '../../../shared/errors/errorCodes.ts';
import { errorMessage, errorMessages, fillPlaceholders } from '../../../shared/errors/errorMessages.ts';
import { errorParams } from '../../../shared/errors/errorParams.ts';

/** A value per parameter name, as a raiser would pass it. */
function sampleParams(code: (typeof errorCodes)[number]): Record<string, string | number> {
  return Object.fromEntries(errorParams[code].map((name, index) => [name, name === 'daysLate' ? 3 : `value${index}`]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('every error code has its texts', () => {
  it('documents the parameters of every code, and only codes that exist', () => {
    expect(Object.keys(errorParams).sort()).toEqual([...errorCodes].sort());
    expect(Object.keys(errorMessages).sort()).toEqual([...errorCodes].sort());
    expect(Object.keys(cliErrorMessages).sort()).toEqual([...errorCodes].sort());
  });

  describe.each(errorCodes)('%s', (code) => {
    const params = sampleParams(code);

    it.each(['nl', 'en'] as const)('window text in %s: filled, no flag, no path', (language) => {
      const text = errorMessage(code, params, language);
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text, 'a placeholder its raisers do not fill').not.toMatch(/\{\w+\}/);
      // The window never tells the clerk to type a flag: that is the CLI catalogue's business.
      expect(text).not.toMatch(/(^|\s|\()--[a-z]/);
      expect(text).not.toMatch(/inzage [a-z]/);
      expect(text).not.toMatch(/(^|\s)\/(home|Users|tmp|etc)\//);
      for (const name of placeholders(errorMessages[code][language])) expect(errorParams[code]).toContain(name);
    });

    it('differs between Dutch and English', () => {
      expect(errorMessage(code, params, 'nl')).not.toBe(errorMessage(code, params, 'en'));
    });

    it('has a CLI text, filled by the same parameters', () => {
      const text = fillPlaceholders(cliErrorMessages[code], params);
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const name of placeholders(cliErrorMessages[code])) expect(errorParams[code]).toContain(name);
    });
  });

  it('names statuses in the clerk’s language in the window, as codes on the command line', () => {
    const params = { reference: 'INZ-2026-0001', from: 'received', to: 'sent', allowed: 'identity-pending, in-progress' };
    expect(errorMessage('status.not-allowed', params, 'nl')).toBe(
      'Verzoek INZ-2026-0001 kan niet van "ontvangen" naar "verzonden"; vanuit ' +
        '"ontvangen" kan het worden: wacht op identificatie, in behandeling.',
    );
    expect(fillPlaceholders(cliErrorMessages['status.not-allowed'], params)).toContain('from "received" to "sent"');
  });

  it('leaves a placeholder visible when its parameter is missing, so the checks above can catch it', () => {
    expect(errorMessage('request.not-found', {}, 'en')).toContain('{reference}');
  });
});
