import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../shared/errors/errorCodes.ts';
import { errorMessages } from '../../../shared/errors/errorMessages.ts';
import { errorNextStep } from '../../../shared/errors/errorNextSteps.ts';

describe('every error comes with its next step (issue 14.6)', () => {
  it.each(errorCodes)('%s has a next step in Dutch and in English, no placeholder left, and not the message again', (code) => {
    const nl = errorNextStep(code, 'nl');
    const en = errorNextStep(code, 'en');
    expect(nl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nl).not.toBe(en);
    expect(`${nl} ${en}`).not.toMatch(/\{\w+\}/);
    expect(nl).not.toBe(errorMessages[code].nl);
    expect(en).not.toBe(errorMessages[code].en);
  });
});
