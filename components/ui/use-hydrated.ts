import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and while hydrating, true once JavaScript runs in the browser: what a
 * page says about live behaviour (a counter, a print button) must be true for a reader without it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
