import { useSyncExternalStore } from 'react';

type MotionKit = typeof import('./motionKit');

let kit: MotionKit | undefined;
let loading: Promise<unknown> | undefined;
const listeners = new Set<() => void>();
const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

/** Fetches framer-motion and the animated parts; call once the first page is idle. */
export function loadMotionKit() {
  loading ??= import('./motionKit').then((module) => {
    kit = module;
    listeners.forEach((listener) => listener());
  });
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const query = window.matchMedia?.(reducedMotionQuery);
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

const getKit = () => (window.matchMedia?.(reducedMotionQuery).matches ? undefined : kit);

/**
 * The animated parts, or undefined when there should be no motion: before they have loaded,
 * during prerendering and hydration, and always for readers who ask for less motion.
 */
export function useMotionKit(): MotionKit | undefined {
  return useSyncExternalStore(subscribe, getKit, () => undefined);
}
