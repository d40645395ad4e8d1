import { useState, useSyncExternalStore } from 'react';
import { safeStorage } from './safeStorage';

interface Snapshot {
  /** The stored text, or null if nothing is stored. */
  raw: string | null;
  /** True when the browser refuses storage: values then live only as long as the page. */
  isBlocked: boolean;
}

const serverSnapshot: Snapshot = { raw: null, isBlocked: false };

/** A string kept in localStorage, shared with other tabs, and kept in memory if storage is blocked. */
function createStore(key: string) {
  const listeners = new Set<() => void>();
  let fallback: Snapshot | undefined;
  let cached: Snapshot = serverSnapshot;

  const notify = () => listeners.forEach((listener) => listener());

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
    listeners.add(listener);
    window.addEventListener('storage', handleStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', handleStorage);
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
