import type { Language } from '../extract/extractModel.ts';
import type { AuditDetails, AuditDetailValue } from './auditWords.ts';
import { countOf, plural, recordTarget, word } from './auditWords.ts';

/**
 * Every audit entry as a sentence in the clerk's language (issue 14.6): what happened, in words, with
 * counts instead of the lists of ids the trail keeps and without the digests that seal it (those stay in
 * the log and in `inzage audit`). The Audit log screen and a request's history both show these.
 * test/shared/audit/auditSentences.test.ts scans the core for every action it logs: an action without a
 * sentence here fails that test.
 */

export interface AuditFacts {
  action: string;
  requestRef?: string | null;
  subjectId?: string | null;
  target?: string | null;
  details?: AuditDetails | null;
}

type Sentence = (e: Required<AuditFacts> & { details: AuditDetails }, l: Language) => string;

const nlEn = (l: Language, nl: string, en: string) => (l === 'nl' ? nl : en);
const yes = (v: AuditDetailValue | undefined) => v === true;
const documentOf = (target: string | null) => (target ?? '—').replace(/^document:/, '');
const entry = (id: string | null, l: Language) => (id ? nlEn(l, ` (registratie ${id})`, ` (entry ${id})`) : '');

const sentences = {
  'request.create': (e, l) => {
    const [kind, channel, on] = [word.kind(e.details.kind, l), word.channel(e.details.channel, l), String(e.details.receivedOn ?? '—')];
    return nlEn(
      l,
      `Verzoek geregistreerd: ${kind}, ontvangen ${channel} op ${on}.`,
      `Request registered: ${kind}, received ${channel} on ${on}.`,
    );
  },
  'request.status': (e, l) => {
    const from = word.status(e.details.from, l);
    const to = word.status(e.target, l);
    const reason = yes(e.details.reasonGiven) ? nlEn(l, ', met reden', ', with a reason') : '';
    return nlEn(l, `Status gewijzigd van "${from}" naar "${to}"${reason}.`, `Status changed from "${from}" to "${to}"${reason}.`);
  },
  'request.identity': (e, l) =>
    nlEn(l, 'Identiteit gecontroleerd', 'Identity checked') +
    (yes(e.details.noCopyKept) ? nlEn(l, '; er is geen kopie van het bewijs bewaard', '; no copy of the proof was kept') : '') +
    (typeof e.details.pauseEnded === 'string'
      ? nlEn(l, `; de termijn loopt weer vanaf ${e.details.pauseEnded}`, `; the deadline runs again from ${e.details.pauseEnded}`)
      : '') +
    '.',
  'request.extend': (e, l) =>
    nlEn(
      l,
      `Termijn met twee maanden verlengd (de eerste termijn liep tot ${String(e.details.firstDue ?? '—')}).`,
      `Deadline extended by two months (the first deadline was ${String(e.details.firstDue ?? '—')}).`,
    ),
  'request.note': (_e, l) => nlEn(l, 'Notitie toegevoegd.', 'Note added.'),
  'request.representative': (e, l) =>
    yes(e.details.replaced)
      ? nlEn(
          l,
          `Vertegenwoordiger vervangen: ${word.capacity(e.target, l)}; machtiging gecontroleerd.`,
          `Representative replaced: ${word.capacity(e.target, l)}; authority checked.`,
        )
      : nlEn(
          l,
          `Vertegenwoordiger vastgelegd: ${word.capacity(e.target, l)}; machtiging gecontroleerd.`,
          `Representative recorded: ${word.capacity(e.target, l)}; authority checked.`,
        ),
  'request.link-subject': (e, l) =>
    nlEn(l, 'Persoon gekoppeld aan het verzoek', 'Person linked to the request') + `${entry(e.subjectId, l)}.`,
  'request.reject-candidate': (e, l) =>
    nlEn(l, 'Kandidaat afgewezen: niet de verzoeker', 'Candidate rejected: not the requester') + `${entry(e.subjectId, l)}.`,
  'request.unlink-subject': (e, l) =>
    nlEn(l, 'Koppeling ongedaan gemaakt, met reden', 'Link undone, with a reason') + `${entry(e.subjectId, l)}.`,
  'request.outcome': (e, l) =>
    nlEn(l, `Verzoek afgesloten: ${word.outcome(e.target, l)}.`, `Request closed: ${word.outcome(e.target, l)}.`),
  'request.refer-controller': (e, l) => {
    const n = countOf(e.details.controllers);
    return nlEn(
      l,
      `Doorverwezen naar ${plural(n, 'verwerkingsverantwoordelijke', 'verwerkingsverantwoordelijken')}.`,
      `Referred to ${plural(n, 'controller', 'controllers')}.`,
    );
  },
  'request.controller-instruction': (e, l) =>
    nlEn(
      l,
      `Instructie van verwerkingsverantwoordelijke ${e.target ?? '—'} vastgelegd: ${word.instruction(e.details.instruction, l)}.`,
      `Instruction from controller ${e.target ?? '—'} recorded: ${word.instruction(e.details.instruction, l)}.`,
    ),
  'record.redact': (e, l) =>
    nlEn(
      l,
      `Afgeschermd: ${recordTarget(e.target, l)} (${word.reason(e.details.reason, l)}).`,
      `Withheld: ${recordTarget(e.target, l)} (${word.reason(e.details.reason, l)}).`,
    ),
  'record.lift-redaction': (e, l) =>
    yes(e.details.automatic)
      ? nlEn(
          l,
          `Automatische afscherming opgeheven, met reden: ${recordTarget(e.target, l)}.`,
          `Automatic withholding lifted, with a reason: ${recordTarget(e.target, l)}.`,
        )
      : nlEn(l, `Afscherming teruggedraaid: ${recordTarget(e.target, l)}.`, `Withholding taken back: ${recordTarget(e.target, l)}.`),
  'record.withhold-case': (e, l) => {
    const n = countOf(e.details.count);
    const caseId = (e.target ?? '').replace(/^case:/, '');
    return nlEn(
      l,
      `Heel dossier ${caseId} afgeschermd: ${plural(n, 'record', 'records')} (${word.reason(e.details.reason, l)}).`,
      `Whole case ${caseId} withheld: ${plural(n, 'record', 'records')} (${word.reason(e.details.reason, l)}).`,
    );
  },
  'review.mark-category': (e, l) =>
    nlEn(
      l,
      `Categorie als beoordeeld gemarkeerd: ${(e.target ?? '').replace(/^category:/, '')}.`,
      `Category marked as reviewed: ${(e.target ?? '').replace(/^category:/, '')}.`,
    ),
  'review.unmark-category': (e, l) =>
    nlEn(
      l,
      `Markering 'beoordeeld' weggehaald: ${(e.target ?? '').replace(/^category:/, '')}.`,
      `'Reviewed' mark taken away: ${(e.target ?? '').replace(/^category:/, '')}.`,
    ),
  'letter.fix': (e, l) =>
    yes(e.details.freeParagraph)
      ? nlEn(
          l,
          `Brief vastgelegd, met een eigen alinea: ${word.letter(e.target, l)}.`,
          `Letter fixed, with a paragraph of the clerk's own: ${word.letter(e.target, l)}.`,
        )
      : nlEn(l, `Brief vastgelegd: ${word.letter(e.target, l)}.`, `Letter fixed: ${word.letter(e.target, l)}.`),
  'letter.print': (e, l) => nlEn(l, `Brief gemaakt: ${word.letter(e.target, l)}.`, `Letter made: ${word.letter(e.target, l)}.`),
  'letter.controller-notice': (e, l) =>
    nlEn(
      l,
      `Bericht aan verwerkingsverantwoordelijke ${e.target ?? '—'} gemaakt en vastgelegd.`,
      `Notice to controller ${e.target ?? '—'} made and recorded.`,
    ),
  search: (e, l) => {
    const queries = countOf(e.details.queries) || 1;
    const shown = countOf(e.details.shown ?? e.details.results);
    const [q, n] = [plural(queries, 'zoekopdracht', 'zoekopdrachten'), plural(shown, 'registratie', 'registraties')];
    return nlEn(
      l,
      `Gezocht naar een persoon (${q}, ${n} getoond).`,
      `Searched for a person (${plural(queries, 'query', 'queries')}, ${plural(shown, 'entry', 'entries')} shown).`,
    );
  },
  'subject.open': (e, l) => {
    const n = countOf(e.details.records);
    return nlEn(
      l,
      `Gegevens van een persoon ingezien${entry(e.subjectId, l)}: ${plural(n, 'record', 'records')}.`,
      `Records of a person viewed${entry(e.subjectId, l)}: ${plural(n, 'record', 'records')}.`,
    );
  },
  'extract.preview': (e, l) => {
    const n = countOf(e.details.subjects);
    return nlEn(
      l,
      `Voorbeeld van het overzicht bekeken (${plural(n, 'registratie', 'registraties')}).`,
      `Preview of the extract viewed (${plural(n, 'entry', 'entries')}).`,
    );
  },
  'extract.assemble': (e, l) =>
    nlEn(l, 'Overzicht samengesteld', 'Extract assembled') +
    entry(e.subjectId, l) +
    (typeof e.details.format === 'string'
      ? nlEn(l, ` voor ${e.details.format.toUpperCase()}`, ` for ${e.details.format.toUpperCase()}`)
      : '') +
    '.',
  export: (e, l) =>
    nlEn(
      l,
      `Bestand gemaakt en vastgelegd met zijn vingerafdruk: ${word.fileKind(e.details.kind, l)}.`,
      `File made and recorded with its fingerprint: ${word.fileKind(e.details.kind, l)}.`,
    ),
  'records.import': (_e, l) => nlEn(l, 'Import van dossiergegevens gestart.', 'Import of case records started.'),
  'records.imported': (e, l) => {
    const n = countOf(e.details.records);
    return nlEn(
      l,
      `Import voltooid: ${plural(n, 'record', 'records')} ingelezen.`,
      `Import finished: ${plural(n, 'record', 'records')} read.`,
    );
  },
  'records.import-refused': (_e, l) => nlEn(l, 'Import geweigerd; er is niets ingelezen.', 'Import refused; nothing was read.'),
  'database.rebuild': (e, l) => {
    const n = countOf(e.details.subjects);
    return nlEn(
      l,
      `Demodatabase opnieuw opgebouwd met ${plural(n, 'persoon', 'personen')}; de oude is bewaard als reservekopie.`,
      `Demo database rebuilt with ${plural(n, 'person', 'people')}; the old one is kept as a backup.`,
    );
  },
  'database.rebuilt': (e, l) => {
    const n = countOf(e.details.previousEntries);
    return nlEn(
      l,
      `Nieuwe demodatabase in gebruik; het vorige auditlog (${plural(n, 'regel', 'regels')}) staat in de reservekopie.`,
      `New demo database in use; the previous audit log (${plural(n, 'entry', 'entries')}) is in the backup.`,
    );
  },
  'audit.keyed': (e, l) => {
    const n = countOf(e.details.unkeyedEntries);
    return nlEn(
      l,
      `Auditlog voortaan verzegeld met de sleutel van deze installatie (${plural(n, 'eerdere regel', 'eerdere regels')}).`,
      `Audit log sealed with this installation's key from here on (${plural(n, 'earlier entry', 'earlier entries')}).`,
    );
  },
  'settings.clerk': (e, l) => {
    if (yes(e.details.firstStart)) return nlEn(l, 'Medewerker bij de eerste start vastgelegd.', 'Clerk recorded at first start.');
    const what = [
      yes(e.details.nameChanged) ? nlEn(l, 'naam', 'name') : null,
      yes(e.details.roleChanged) ? nlEn(l, 'functie', 'function') : null,
    ]
      .filter(Boolean)
      .join(nlEn(l, ' en ', ' and '));
    return nlEn(l, `Medewerker gewijzigd (${what}); eerder: ${e.target ?? '—'}.`, `Clerk changed (${what}); before: ${e.target ?? '—'}.`);
  },
  'settings.register': (e, l) =>
    yes(e.details.builtIn)
      ? nlEn(
          l,
          `Ingebouwd verwerkingsregister in gebruik genomen (versie ${String(e.details.version)}).`,
          `Built-in processing register taken into use (version ${String(e.details.version)}).`,
        )
      : nlEn(
          l,
          `Verwerkingsregister ${String(e.details.id)} versie ${String(e.details.version)} in gebruik genomen.`,
          `Processing register ${String(e.details.id)} version ${String(e.details.version)} taken into use.`,
        ),
  'settings.certificate': (e, l) =>
    nlEn(
      l,
      `Ondertekeningscertificaat in gebruik genomen (geldig tot ${String(e.details.validUntil)})`,
      `Signing certificate taken into use (valid until ${String(e.details.validUntil)})`,
    ) +
    (yes(e.details.passphraseStored)
      ? nlEn(l, '; wachtwoord versleuteld bewaard.', '; passphrase kept encrypted.')
      : nlEn(l, '; wachtwoord wordt bij elke export gevraagd.', '; passphrase asked at each export.')),
  'settings.certificate-forget': (_e, l) => nlEn(l, 'Ondertekeningscertificaat vergeten.', 'Signing certificate forgotten.'),
  'settings.trust-anchor-add': (e, l) => {
    const n = countOf(e.details.fingerprints);
    return nlEn(
      l,
      `${plural(n, 'vertrouwde certificaatautoriteit', 'vertrouwde certificaatautoriteiten')} toegevoegd.`,
      `${plural(n, 'trusted certificate authority', 'trusted certificate authorities')} added.`,
    );
  },
  'settings.trust-anchor-remove': (_e, l) =>
    nlEn(l, 'Vertrouwde certificaatautoriteit verwijderd.', 'Trusted certificate authority removed.'),
  // team-roles (issue 15.3, 15.4): owners, four eyes and the team's settings. Names are colleagues', as the trail's actors.
  'request.take': (e, l) =>
    typeof e.details.from === 'string' && e.details.from !== e.target
      ? nlEn(l, `Verzoek overgenomen van ${e.details.from}.`, `Request taken over from ${e.details.from}.`)
      : nlEn(l, 'Verzoek in behandeling genomen.', 'Request taken.'),
  'request.handover': (e, l) => nlEn(l, `Verzoek overgedragen aan ${e.target ?? '—'}.`, `Request handed over to ${e.target ?? '—'}.`),
  'request.approve': (_e, l) =>
    nlEn(l, 'Weglakkingen en ondertekende bestanden goedgekeurd (vier ogen).', 'Redactions and signed files approved (four eyes).'),
  'request.reject': (_e, l) =>
    nlEn(l, 'Voorbereiding afgewezen, met reden (vier ogen).', 'Preparation rejected, with a reason (four eyes).'),
  'team.roles': (e, l) => {
    const roles = Array.isArray(e.details.roles) ? e.details.roles.join(', ') : '';
    return roles
      ? nlEn(l, `Rollen van ${e.target ?? '—'} gezet: ${roles}.`, `Roles of ${e.target ?? '—'} set: ${roles}.`)
      : nlEn(l, `${e.target ?? '—'} uit het team verwijderd.`, `${e.target ?? '—'} removed from the team.`);
  },
  'team.setting': (e, l) => {
    const on = yes(e.details.value);
    const what = e.target === 'fourEyes' ? nlEn(l, 'Vier ogen', 'Four eyes') : nlEn(l, 'Rolcontrole', 'Role checks');
    return `${what} ${on ? nlEn(l, 'aangezet', 'switched on') : nlEn(l, 'uitgezet', 'switched off')}.`;
  },
  // docs-window (issue 16.3, 16.5): decisions about a request's documents; the target is `document:<id>`.
  'document.add-mention': (e, l) =>
    nlEn(
      l,
      `Mogelijke vermelding aan het overzicht toegevoegd: document ${documentOf(e.target)}.`,
      `Possible mention added to the copy: document ${documentOf(e.target)}.`,
    ),
  'document.dismiss-mention': (e, l) =>
    nlEn(
      l,
      `Mogelijke vermelding afgewezen als niet over deze persoon, met reden: document ${documentOf(e.target)}.`,
      `Possible mention dismissed as not about this person, with a reason: document ${documentOf(e.target)}.`,
    ),
  'document.redact': (e, l) =>
    nlEn(
      l,
      `Afgeschermd in document ${documentOf(e.target)}, pagina ${String(e.details.page ?? '—')} (${word.reason(e.details.reason, l)}).`,
      `Withheld in document ${documentOf(e.target)}, page ${String(e.details.page ?? '—')} (${word.reason(e.details.reason, l)}).`,
    ),
  'document.lift-redaction': (e, l) =>
    nlEn(
      l,
      `Afscherming in document ${documentOf(e.target)}, pagina ${String(e.details.page ?? '—')} opgeheven, met reden.`,
      `Redaction in document ${documentOf(e.target)}, page ${String(e.details.page ?? '—')} lifted, with a reason.`,
    ),
  // docs-read (issue 16.2): reading the documents' text is processing of their personal data.
  'documents.read': (e, l) => {
    const n = countOf(e.details.documents);
    const [read, unreadable, waiting] = [countOf(e.details.read), countOf(e.details.unreadable), countOf(e.details.ocrUnavailable)];
    return nlEn(
      l,
      `Tekst van ${plural(n, 'document', 'documenten')} gelezen: ${read} gelezen, ${unreadable} onleesbaar, ` +
        `${waiting} wachtend op tekstherkenning.`,
      `Text of ${plural(n, 'document', 'documents')} read: ${read} read, ${unreadable} unreadable, ${waiting} waiting for OCR.`,
    );
  },
} satisfies Record<string, Sentence>;

export type AuditAction = keyof typeof sentences;
/** The actions with a sentence; the test compares it with the actions the core writes. */
export const auditActions = Object.keys(sentences) as AuditAction[];

function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(sentences, action);
}

/**
 * The entry as a sentence. `withRequest` adds the request's reference (the Audit log lists all requests;
 * a request's own history leaves it out). An action from a newer version reads "Action: x", never blank.
 */
export function auditSentence(facts: AuditFacts, language: Language, options: { withRequest?: boolean } = {}): string {
  const e = {
    action: facts.action,
    requestRef: facts.requestRef ?? null,
    subjectId: facts.subjectId ?? null,
    target: facts.target ?? null,
    details: facts.details ?? {},
  };
  const sentence = isAuditAction(e.action)
    ? sentences[e.action](e, language)
    : nlEn(language, `Actie: ${e.action}.`, `Action: ${e.action}.`);
  if (!options.withRequest || !e.requestRef) return sentence;
  return `${sentence} ${nlEn(language, `Verzoek ${e.requestRef}.`, `Request ${e.requestRef}.`)}`;
}
