import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/ipc/types.ts';
import { policySchema } from '../../shared/policy/policySchema.ts';
import { registerProvenance } from '../../shared/policy/registerProvenance.ts';
import { RegisterSetting } from '../../renderer/screens/settings/RegisterSetting.tsx';
import { installFakeBridge, resetApp, testInfo } from './fakeBridge.ts';

/** The Settings screen's register panel shows what the organisation still has to confirm (issue 12.10), from the real register. */
const policy = policySchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'resources/policy/alektum-nl.policy.json'), 'utf8')));
const elements = registerProvenance(policy);
const settings = (): Settings => ({
  language: 'en',
  clerkName: 'Eva Bos',
  clerkRole: 'Privacy officer',
  outputFolder: '/home/eva/Inzage',
  register: {
    file: null,
    id: policy.id,
    version: policy.version,
    organisation: policy.organisation.name,
    problem: null,
    provenance: {
      elements: elements.length,
      fromStatement: elements.filter((e) => e.from === 'published-statement').length,
      toConfirm: elements.filter((e) => e.toConfirm),
    },
  },
  certificate: null,
  trustAnchors: [],
  secretStorage: 'available',
});

describe('RegisterSetting: provenance of the register', () => {
  afterEach(cleanup);

  for (const language of ['en', 'nl'] as const) {
    it(`lists the parts the organisation still has to confirm, by section (${language})`, () => {
      resetApp(language);
      installFakeBridge({ 'app:info': () => testInfo });
      render(<RegisterSetting settings={settings()} onChange={() => undefined} />);
      const open = elements.filter((e) => e.toConfirm).length;
      const statement = elements.filter((e) => e.from === 'published-statement').length;
      const words =
        language === 'en'
          ? {
              summary: `${statement} of ${elements.length} elements are the organisation’s published statement; ${open} are configuration`,
              list: 'Still to be confirmed by the organisation',
              ruleSets: /^Automated-decision rule sets: Choice of collection measure — Set up by us/,
              transfers: /^Transfers outside the EEA: CH, GB, TR, MA/,
            }
          : {
              summary: `${statement} van de ${elements.length} onderdelen komen uit de gepubliceerde privacyverklaring; ${open} zijn`,
              list: 'Nog door de organisatie te bevestigen',
              ruleSets: /^Regels voor geautomatiseerde besluitvorming: Keuze van de invorderingsmaatregel — Door ons ingericht/,
              transfers: /^Doorgiften buiten de EER: CH, GB, TR, MA/,
            };
      expect(screen.getByText(new RegExp(words.summary))).toBeTruthy();
      const items = within(screen.getByRole('list', { name: words.list }))
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      expect(items.some((text) => words.ruleSets.test(text))).toBe(true);
      expect(items.some((text) => words.transfers.test(text))).toBe(true);
      // The retention periods are the statement's own: not listed.
      expect(items.some((text) => /Retention rules|Bewaartermijnen/.test(text))).toBe(false);
    });
  }
});
