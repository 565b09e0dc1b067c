// vitest globalSetup of the e2e project: builds the renderer once with the real vite config.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
