import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A value read in the browser that stays the same while the page is open (whether
 * the page is interactive, whether navigator.share exists). `onServer` on the server
 * and while hydrating, so the server's HTML hydrates as it is; the browser's value
 * right after.
 */
export function useClientValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(noSubscription, read, () => onServer);
}
