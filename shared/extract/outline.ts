import type { Language, OutlineSection, SectionId } from './extractModel.ts';
import { fill } from './texts.ts';

/** Each section: its level (1 = a part of the document, 2 = a section within it) and whether this extract has it. */
const sections: readonly { id: SectionId; level: 1 | 2; present?: (parts: OutlineParts) => boolean }[] = [
  // The first layer: the answers to Art. 15(1)(a)–(h) and 15(2), in the order of the article.
  { id: 'summary', level: 1 },
  { id: 'confirmation', level: 2 },
  { id: 'purposes', level: 2 },
  { id: 'dataCategories', level: 2 },
  { id: 'recipients', level: 2 },
  { id: 'retention', level: 2 },
  { id: 'rightsShort', level: 2 },
  { id: 'sources', level: 2 },
  { id: 'automatedDecisions', level: 2 },
  { id: 'transfers', level: 2 },
  // The copy itself (Art. 15(3)), then what explains or limits it.
  { id: 'copy', level: 1 },
  { id: 'decisions', level: 1, present: (parts) => parts.automatedDecisions.length > 0 },
  { id: 'processorRecords', level: 1, present: (parts) => parts.processorRecords.length > 0 },
  { id: 'withheld', level: 1 },
  { id: 'lifted', level: 2, present: (parts) => (parts.liftedRedactions ?? []).length > 0 },
  // Art. 20: when a copy to take along was asked for, what the archive holds and what it leaves out, and why.
  { id: 'portability', level: 1, present: (parts) => parts.portabilityAsked === true },
  { id: 'rights', level: 1 },
  { id: 'complaint', level: 2 },
];

/** What decides whether the optional sections are there. */
interface OutlineParts {
  automatedDecisions: readonly unknown[];
  processorRecords: readonly unknown[];
  liftedRedactions?: readonly unknown[] | undefined;
  /** The request asks for the portability archive (kind portability or both). */
  portabilityAsked?: boolean | undefined;
}

/**
 * The extract's sections in reading order, each with its heading and the article it answers, resolved to
 * `language` from the one text catalogue. The preview and the PDF both walk this list, so they show the
 * same headings in the same order (issue 11); a section without content for this person is left out.
 */
export function extractOutline(parts: OutlineParts, language: Language): OutlineSection[] {
  return sections
    .filter((section) => section.present?.(parts) ?? true)
    .map(({ id, level }) => ({ id, level, heading: fill(`heading.${id}`, language), article: fill(`article.${id}`, language) }));
}
