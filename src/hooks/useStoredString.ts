import { useState, useSyncExternalStore } from 'react';
import { safeStorage } from './safeStorage';

interface Snapshot {
  /** The stored text, or null if nothing is stored. */
  raw: string | null;
  /** True when the browser refuses storage: values then live only as long as the page. */
  isBlocked: boolean;
}

const serverSnapshot: Snapshot = { raw: null, isBlocked: false };
const sameTabEvent = 'stored-string-change';

/** Tells the hooks in this tab that keep a key that it changed ('storage' events reach only other tabs). */
const notifySameTab = (key: string) =>
  window.dispatchEvent(new CustomEvent(sameTabEvent, { detail: key }));

/**
 * Writes a stored string without subscribing to it, for code that only writes (a component that
 * subscribes re-renders after hydration whenever storage holds something). Returns whether the
 * browser kept it.
 */
export function writeStoredString(key: string, value: string | null): boolean {
  const isKept = safeStorage.write(key, value);
  if (isKept) notifySameTab(key);
  return isKept;
}

/** A string kept in localStorage, shared with other tabs, and kept in memory if storage is blocked. */
function createStore(key: string) {
  let fallback: Snapshot | undefined;
  let cached: Snapshot = serverSnapshot;

  const notify = () => notifySameTab(key);

  function getSnapshot(): Snapshot {
    if (fallback) return fallback;
    const read = safeStorage.read(key);
    const next: Snapshot = read.ok
      ? { raw: read.value, isBlocked: false }
      : { raw: null, isBlocked: true };
    if (next.raw !== cached.raw || next.isBlocked !== cached.isBlocked) cached = next;
    return cached;
  }

  function subscribe(listener: () => void) {
    const handleStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    const handleSameTab = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === key) listener();
    };
    window.addEventListener('storage', handleStorage);
    window.addEventListener(sameTabEvent, handleSameTab);
    return () => {
      window.removeEventListener('storage', handleStorage);
      window.removeEventListener(sameTabEvent, handleSameTab);
    };
  }

  function write(value: string | null) {
    if (!fallback && safeStorage.write(key, value)) {
      notify();
      return;
    }
    fallback = { raw: value, isBlocked: true };
    notify();
  }

  return { getSnapshot, subscribe, write };
}

/** Reads and writes one stored string; never throws, whatever the browser does with storage. */
export function useStoredString(key: string) {
  const [store] = useState(() => createStore(key));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot);
  return { ...snapshot, write: store.write };
}
