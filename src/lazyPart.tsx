import type { ComponentType } from 'react';
import { lazyView, type LazyView } from './lazyView';

/** The parts of views that load only where they are shown, with their source files. */
const parts = new Set<{ module: string; preload: () => Promise<void> }>();
/** The parts the last prerendered page showed, so the build can preload their code. */
const shownParts = new Set<string>();

/**
 * A part of a view (a picture on one slide of the deck) whose code loads only on the pages that
 * show it. Its render must sit inside a Suspense boundary: while hydrating, React keeps the
 * prerendered HTML until the code has arrived.
 */
export function lazyPart<Props extends object>(
  module: string,
  load: () => Promise<ComponentType<Props>>,
): LazyView<Props> {
  const View = lazyView(load);
  const Part = (props: Props) => {
    shownParts.add(module);
    return View(props);
  };
  Part.preload = View.preload;
  parts.add({ module, preload: View.preload });
  return Part;
}

/** Loads every part ahead: for prerendering and tests, which then render in one pass. */
export const preloadAllParts = () => Promise.all([...parts].map((part) => part.preload()));

/** The source files of the parts shown since the last call, then forgets them. */
export function takeShownParts(): string[] {
  const shown = [...shownParts];
  shownParts.clear();
  return shown;
}
