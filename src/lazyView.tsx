import { lazy, type ComponentType } from 'react';

/** A view whose code loads on demand, but renders at once when it has been loaded ahead. */
export interface LazyView {
  (): React.JSX.Element;
  /** Loads the code, so the next render needs no Suspense: before hydration, prerendering, tests. */
  preload: () => Promise<void>;
}

export function lazyView(load: () => Promise<ComponentType>): LazyView {
  let Loaded: ComponentType | undefined;
  const Lazy = lazy(async () => {
    Loaded ??= await load();
    return { default: Loaded };
  });
  const View = () => (Loaded ? <Loaded /> : <Lazy />);
  View.preload = async () => {
    Loaded ??= await load();
  };
  return View;
}
