import type { IsoDate } from '../dates/isoDate.ts';

/**
 * How a request ended when the answer is not a copy of records (issue 12.6 and 12.8):
 *  - no-data: "we hold no personal data about you": Art. 15(1) asks first for confirmation whether
 *    data are processed, and a "no" is a complete answer of its own, with its own letter, never an
 *    extract saying "full copy (0 records)";
 *  - referred-to-controller: the organisation holds the person's data only as processor for a client
 *    (Art. 28(3)(e)): the person is told who the controller is and how to reach it, the client is
 *    notified of the request, and nothing is handed out without the client's instruction.
 */
export const requestOutcomes = ['no-data', 'referred-to-controller'] as const;
export type RequestOutcome = (typeof requestOutcomes)[number];

export const controllerInstructions = ['provide-extract', 'controller-answers'] as const;
/** provide-extract: the client instructs us to hand the person a signed extract; controller-answers: it answers itself. */
export type ControllerInstruction = (typeof controllerInstructions)[number];

/** A client to whom the request was referred, with how to reach it as it stood then, and its instruction. */
export interface StoredController {
  controllerId: string;
  name: string;
  contact: { addressLines: string[]; email: string | null; phone: string | null };
  referredOn: IsoDate;
  referredBy: string;
  instruction: { kind: ControllerInstruction; receivedOn: IsoDate; note: string | null; by: string } | null;
}
