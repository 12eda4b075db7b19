// Components that stay out of the JS loaded before the canvas, fetched while the
// browser is idle once the canvas is up, so the first click rarely waits for them.
import { lazy, useState, type ComponentType } from 'react';

type Load = () => Promise<unknown>;

const queue: Load[] = [];
let started = false;

/** Called once the canvas has rendered: from then on, queued loads run one per idle period. */
export function startIdlePrefetch(): void {
  if (started) return;
  started = true;
  next();
}

/** Loads `load` when the browser is idle after the canvas is up. */
export function prefetchWhenIdle(load: Load): void {
  queue.push(load);
  if (started && queue.length === 1) next();
}

function next(): void {
  if (queue.length === 0) return;
  whenIdle(() => {
    const load = queue.shift()!;
    // A failed prefetch is retried by the component's own import on first use.
    load().catch(() => undefined);
    // Not waiting for it: one chunk that never arrives must not hold up the others.
    next();
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/**
 * React.lazy that is prefetched when idle, and that renders the loaded component
 * directly once it has arrived: no Suspense fallback, not even for one frame.
 * A mounted instance keeps the type it started with, so the subtree is never
 * remounted under the user's cursor when the chunk arrives mid-session.
 */
export function lazyPrefetched<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const get = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  const Lazy = lazy(() => get().then((c) => ({ default: c })));
  prefetchWhenIdle(get);
  return function Prefetched(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  };
}
