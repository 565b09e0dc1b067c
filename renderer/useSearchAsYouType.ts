import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchResponse } from '../shared/ipc/types.ts';
import type { ApiError } from './api.ts';
import { invoke, toApiError } from './api.ts';

export interface SearchAsYouType {
  /** The latest answer that arrived for a text that was still typed: for `query` itself, or an older (stale) one. */
  response: SearchResponse | null;
  /** The error of the last search, with the text it was for. */
  error: { query: string; error: ApiError } | null;
  /** Called from the input's change handler with the trimmed text. */
  search(query: string): void;
  retry(): void;
  /** How many results are asked for: the first page, or more on request; a new text starts again at the first page. */
  limit: number;
  /** Asks for more results for the same text (issue 14.2: "20 of 232", and more on request). */
  showMore(limit: number): void;
}

/** Fewer characters than this name nobody; no search runs. */
export const minimumQueryLength = 2;

const answerKey = (requestId: string | undefined, limit: number, query: string) => `${requestId ?? ''}\u0000${limit}\u0000${query}`;

/**
 * Search as you type with at most one search in flight. The main process answers one search at a
 * time, so a search per keystroke would queue each new keystroke behind every older one; instead a
 * keystroke made while a search runs only records the text, and when that search returns, the
 * newest text is searched (the texts in between are skipped). The search is sent from the change
 * handler itself, before React renders the keystroke, so rendering and searching overlap.
 * An answer for a text no longer typed is dropped: fast typing never shows it as current.
 */
export function useSearchAsYouType(firstLimit: number, requestId: string | undefined): SearchAsYouType {
  const [state, setState] = useState<Pick<SearchAsYouType, 'response' | 'error'>>({ response: null, error: null });
  const [limit, setLimit] = useState(firstLimit);
  const forLimit = useRef(firstLimit);
  const wanted = useRef('');
  /** What the shown answer is for: the text and the request it was logged against. */
  const answered = useRef<string | null>(null);
  const inFlight = useRef(false);
  const forRequest = useRef(requestId);
  forRequest.current = requestId;
  const mounted = useRef(true);

  // First the results (namesakes deferred), then the same text with its namesakes: twenty people's
  // namesakes cost more than the search itself (issue 14.9). The second search runs in the
  // background: a keystroke meanwhile is searched at once, and the main process then gives up the
  // namesakes of the text typed past (searchChannel.ts).
  const send = useCallback((query: string, withNamesakes = false) => {
    if (!withNamesakes) inFlight.current = true;
    const asked = forLimit.current;
    const key = answerKey(forRequest.current, asked, query);
    const settle = (next: Pick<SearchAsYouType, 'response' | 'error'> | null) => {
      if (withNamesakes) {
        // Shown only while the results it completes are still the ones on screen.
        if (mounted.current && next?.response && !next.response.namesakesPending && answered.current === key && wanted.current === query)
          flushSync(() => setState(next));
        return;
      }
      inFlight.current = false;
      if (!mounted.current) return;
      if (next && wanted.current === query) {
        answered.current = key;
        // Rendered at once, not in a later task: the clerk is waiting for exactly this answer.
        flushSync(() => setState(next));
      }
      const newest = wanted.current;
      if (newest.length >= minimumQueryLength && answerKey(forRequest.current, forLimit.current, newest) !== answered.current) send(newest);
      else if (next?.response?.namesakesPending && answered.current === key) send(query, true);
    };
    const requestIdNow = forRequest.current;
    invoke('search:subjects', {
      query,
      limit: asked,
      ...(requestIdNow ? { requestId: requestIdNow } : {}),
      ...(withNamesakes ? {} : { deferNamesakes: true }),
    }).then(
      (response) => settle({ response, error: null }),
      (error: unknown) => settle({ response: null, error: { query, error: toApiError(error) } }),
    );
  }, []);

  const search = useCallback(
    (query: string) => {
      if (query !== wanted.current && forLimit.current !== firstLimit) {
        forLimit.current = firstLimit;
        setLimit(firstLimit);
      }
      wanted.current = query;
      if (
        query.length < minimumQueryLength ||
        inFlight.current ||
        answerKey(forRequest.current, forLimit.current, query) === answered.current
      )
        return;
      send(query);
    },
    [send, firstLimit],
  );

  const showMore = useCallback(
    (more: number) => {
      forLimit.current = more;
      setLimit(more);
      search(wanted.current);
    },
    [search],
  );

  const retry = useCallback(() => {
    answered.current = null;
    search(wanted.current);
  }, [search]);

  // Another request: the search is logged against it (domain.md §8), so the text is searched again for it.
  useEffect(() => {
    mounted.current = true;
    retry();
    return () => {
      mounted.current = false;
    };
  }, [requestId, retry]);

  return { ...state, search, retry, limit, showMore };
}
