import { z } from 'zod';
import type { IsoDate } from '../dates/isoDate.ts';

/**
 * Someone acting for the data subject (docs/domain.md §1 and § 9, issue 12.9). The GDPR lets a person
 * exercise their rights through another (EDPB Guidelines 01/2022 §§ 79–84), but handing the data to
 * someone without authority would disclose them to a third party (Art. 4(12)), so the capacity and
 * the proof of authority that was checked are recorded like the identity check:
 *  - authorised-representative: a signed authorisation (machtiging) of the person;
 *  - bewindvoerder: the court order placing the person's assets under administration (art. 1:431 BW);
 *  - wsnp-administrator: the court ruling declaring the statutory debt restructuring (Fw art. 287);
 *  - debt-counsellor: a signed authorisation for debt counselling (Wgs).
 */
export const representativeCapacities = ['authorised-representative', 'bewindvoerder', 'wsnp-administrator', 'debt-counsellor'] as const;
export type RepresentativeCapacity = (typeof representativeCapacities)[number];

export const capacityLabels: Record<RepresentativeCapacity, { nl: string; en: string }> = {
  'authorised-representative': { nl: 'gemachtigde', en: 'authorised representative' },
  bewindvoerder: { nl: 'beschermingsbewindvoerder', en: 'court-appointed administrator (bewindvoerder)' },
  'wsnp-administrator': { nl: 'WSNP-bewindvoerder', en: 'administrator in statutory debt restructuring (WSNP)' },
  'debt-counsellor': { nl: 'schuldhulpverlener', en: 'debt counsellor' },
};

/** What the clerk records: who acts, in what capacity, where letters go, and the proof of authority checked. */
export const representativeInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'the representative’s name is required').max(200),
  capacity: z.enum(representativeCapacities),
  address: z.string().trim().min(1).max(500).optional(),
  email: z.string().trim().min(1).max(200).optional(),
  /** What was checked, e.g. "signed authorisation of 3 Nov 2026 with a copy of the person's signature seen, no copy kept". */
  proof: z.string().trim().min(1, 'say which proof of authority was checked').max(500),
});
export type RepresentativeInput = z.input<typeof representativeInputSchema>;

export interface StoredRepresentative {
  name: string;
  capacity: RepresentativeCapacity;
  address: string | null;
  email: string | null;
  proof: string;
  checkedOn: IsoDate;
  checkedBy: string;
}
