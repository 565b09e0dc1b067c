import type { Feature } from '../../../shared/ipc/types.ts';

/**
 * Which features this build wires to real handlers. A feature that is not here answers
 * "not available yet" and the UI says so; nothing is ever faked.
 */
export const features: Record<Feature, boolean> = {
  search: true,
  requests: true,
  extract: true,
  export: true,
  audit: true,
};
