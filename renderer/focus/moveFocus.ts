import { useEffect } from 'react';

/**
 * Where focus goes after the clerk acts (issue 14.1; WCAG 2.4.3 focus order): a screen marks its next
 * sensible control with `data-next-action` (the step the work continues with) or `data-screen-focus`
 * (the control a screen is opened for, such as the search field); otherwise the screen's heading. Focus
 * never falls to <body>, where keystrokes are lost and a screen reader starts from the top.
 */
export const nextActionSelectors = ['[data-screen-focus]', '[data-next-action]', 'h1'] as const;

function focusFirst(selectors: readonly string[]): boolean {
  const main = document.getElementById('main');
  if (!main) return false;
  for (const selector of selectors) {
    const element = main.querySelector<HTMLElement>(selector);
    if (element && !element.matches(':disabled')) {
      element.focus();
      return document.activeElement === element;
    }
  }
  return false;
}

/**
 * Focuses the first control matching `selectors` (in that order of preference) inside #main, waiting
 * for the screen to render it when it is still loading. Returns a function that stops waiting.
 */
export function focusWhenReady(selectors: readonly string[], timeoutMs = 10_000): () => void {
  if (focusFirst(selectors)) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focusFirst(selectors)) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/** After `trigger` changes to a truthy value (a new answer from the core), focuses the control it leads to. */
export function useFocusAfter(trigger: unknown, selectors: readonly string[]): void {
  useEffect(() => {
    if (!trigger) return;
    return focusWhenReady(selectors, 2_000);
    // Only a new trigger moves focus; the selectors are constants of the screen.
  }, [trigger]);
}
