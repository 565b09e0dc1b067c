// Types for buildCli.mjs, which the tests call to build a bundle of their own.
export declare function buildCli(options?: { outdir?: string }): Promise<{ dir: string; inputs: number }>;
