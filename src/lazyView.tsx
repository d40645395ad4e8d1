import { lazy, type ComponentType } from 'react';

/** A view whose code loads on demand, but renders at once when it has been loaded ahead. */
export interface LazyView<Props extends object = object> {
  (props: Props): React.JSX.Element;
  /** Loads the code, so the next render needs no Suspense: before hydration, prerendering, tests. */
  preload: () => Promise<void>;
}

export function lazyView<Props extends object = object>(
  load: () => Promise<ComponentType<Props>>,
): LazyView<Props> {
  let Loaded: ComponentType<Props> | undefined;
  const Lazy = lazy(async () => {
    Loaded ??= await load();
    return { default: Loaded };
  });
  const View = (props: Props) => (Loaded ? <Loaded {...props} /> : <Lazy {...props} />);
  View.preload = async () => {
    Loaded ??= await load();
  };
  return View;
}
