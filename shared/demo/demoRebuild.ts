/**
 * Rebuilding the demo database replaces the whole file: its request register and its audit trail too
 * (issue 13.3). So it asks for this word, typed by hand (the window shows it; the CLI takes `--confirm`),
 * the same in every language so that the instruction and the check cannot drift apart.
 */
export const demoRebuildWord = 'DEMO';
