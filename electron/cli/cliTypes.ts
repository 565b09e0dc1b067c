/** What a command may touch: output streams and the environment, passed in so tests can capture them. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** Bad arguments: the CLI prints the command's usage and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** 3: `verify` found the signature intact but its signer not trusted (not a chain to a trust anchor, issue 13.5). */
export const exitCodes = { ok: 0, failure: 1, usage: 2, untrusted: 3 } as const;
