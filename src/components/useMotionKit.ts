import { useSyncExternalStore } from 'react';

type MotionKit = typeof import('./motionKit');

let kit: MotionKit | undefined;
let loading: Promise<unknown> | undefined;
const listeners = new Set<() => void>();
const reducedMotionQuery = '(prefers-reduced-motion: reduce)';
const wantsLessMotion = () => window.matchMedia?.(reducedMotionQuery).matches;

/** How many parts on screen animate in place as the reader uses the page (a bar, a slide). */
let animatedInPlace = 0;

/** Fetches framer-motion and the animated parts, unless the reader asks for less motion. */
export function loadMotionKit() {
  if (wantsLessMotion()) return Promise.resolve();
  loading ??= import('./motionKit').then((module) => {
    kit = module;
    listeners.forEach((listener) => listener());
  });
  return loading;
}

const intentEvents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'];

/**
 * Loads the motion kit when the reader first heads somewhere it is used, never before: a pointer
 * on or focus to a link to another page of the app (whose arrival fades in), or, on a page that
 * animates in place, a control or a key (the checklist's ticks, the deck's slides). Until then,
 * and for readers who ask for less motion, pages are simply there. Call once, in the browser; the
 * function it returns stops listening.
 */
export function loadMotionKitOnIntent(basename: string): () => void {
  const handleIntent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || wantsLessMotion()) return;
    // A link to a page of the app (an HTML or an SVG one; not a file), or on a page that animates
    // in place, a control or a key.
    const isIntent =
      target.closest(`a[href^="${basename}"]:not([download])`) ||
      (animatedInPlace > 0 &&
        (event.type === 'keydown' || target.closest('button, input, select, summary')));
    if (!isIntent) return;
    stop();
    void loadMotionKit();
  };
  const stop = () =>
    intentEvents.forEach((type) => document.removeEventListener(type, handleIntent, true));
  intentEvents.forEach((type) =>
    document.addEventListener(type, handleIntent, { capture: true, passive: true }),
  );
  return stop;
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

/** As `subscribe`, for a part that animates in place: while it is on screen, controls load the kit. */
function subscribeInPlace(listener: () => void) {
  animatedInPlace += 1;
  const unsubscribe = subscribe(listener);
  return () => {
    animatedInPlace -= 1;
    unsubscribe();
  };
}

const getKit = () => (wantsLessMotion() ? undefined : kit);

/**
 * The animated parts, or undefined when there should be no motion: before they have loaded,
 * during prerendering and hydration, and always for readers who ask for less motion.
 */
export function useLoadedMotionKit(): MotionKit | undefined {
  return useSyncExternalStore(subscribe, getKit, () => undefined);
}

/**
 * The animated parts for a part that animates in place as the reader uses the page (a bar that
 * springs to its new length), or undefined as `useLoadedMotionKit`; while it is on screen, the
 * reader's reaching for a control loads them.
 */
export function useMotionKit(): MotionKit | undefined {
  return useSyncExternalStore(subscribeInPlace, getKit, () => undefined);
}
