import { useState } from 'react';
import type { ApiError } from '../../api.ts';
import { toApiError } from '../../api.ts';

/** Runs one clerk action at a time, keeping its error for display and whether it is still busy. */
export function useAction(): {
  busy: boolean;
  error: ApiError | null;
  run: (work: () => Promise<void>) => Promise<void>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(null) };
}
