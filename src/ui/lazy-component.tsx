import { memo, use, type ComponentType, type NamedExoticComponent } from 'react';

export type LazyComponent<P extends object> = NamedExoticComponent<P> & {
  /** Starts loading the code (once); resolves when it can render without suspending. */
  preload: () => Promise<void>;
};

/**
 * A component whose code is a separate chunk. Unlike React.lazy it renders
 * synchronously once loaded, so a page whose chunk was fetched before
 * hydration (or on the server) never suspends and its HTML is kept as is.
 * It is memoised: a parent re-rendering for its own reasons (a store write
 * on a language switch) does not re-render the page below it.
 * A failed load stays failed for rendering (the error boundary shows it, and
 * a render loop cannot hammer a dead network); `preload` tries again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let failed = false;

  const start = (retry: boolean) => {
    if (loading && !(retry && failed)) return loading;
    failed = false;
    const promise = load().then(
      (component) => {
        // What React's `use` looks for to read a settled promise without suspending.
        Object.assign(promise, { status: 'fulfilled', value: component });
        return component;
      },
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    loading = promise;
    return promise;
  };

  function Lazy(props: P) {
    const Loaded = use(start(false));
    return <Loaded {...props} />;
  }
  return Object.assign(memo(Lazy), { preload: () => start(true).then(() => undefined) });
}
