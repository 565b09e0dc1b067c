import type { Migration } from '../migration.ts';

/**
 * Placeholder: version 2 is allocated to the search index (search issue), built on another branch.
 * The lead replaces this file with the real 002 when merging; it exists so that 003 keeps its number.
 */
export const reservedForSearchIndex: Migration = {
  version: 2,
  name: 'reserved for the search index',
  sql: '',
};
