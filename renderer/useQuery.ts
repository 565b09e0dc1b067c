import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api.ts';
import { toApiError } from './api.ts';

export type Query<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'ok'; value: T; reload: () => void }
  | { state: 'error'; error: ApiError; reload: () => void };

/** Runs `load` when `key` changes; a stale answer (an older key) is dropped, so fast typing never shows old results. */
export function useQuery<T>(load: () => Promise<T>, key: string): Query<T> {
  const [result, setResult] = useState<{ key: string; state: 'ok'; value: T } | { key: string; state: 'error'; error: ApiError } | null>(
    null,
  );
  const [nonce, setNonce] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let live = true;
    latest.current().then(
      (value) => live && setResult({ key, state: 'ok', value }),
      (error: unknown) => live && setResult({ key, state: 'error', error: toApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  if (!result || result.key !== key) return { state: 'loading', reload };
  return result.state === 'ok' ? { state: 'ok', value: result.value, reload } : { state: 'error', error: result.error, reload };
}
