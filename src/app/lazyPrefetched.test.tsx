import { Suspense, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Module state (the queue, whether prefetching started) is per test: a fresh copy each time.
const fresh = async () => {
  vi.resetModules();
  return import('./lazyPrefetched');
};

const Hello: ComponentType<{ who: string }> = ({ who }) => <b>{`hello ${who}`}</b>;
const render = (C: ComponentType<{ who: string }>) =>
  renderToStaticMarkup(
    <Suspense fallback={<i>loading</i>}>
      <C who="you" />
    </Suspense>,
  );

describe('lazyPrefetched', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads nothing before the canvas is up, then each queued load when idle', async () => {
    const { lazyPrefetched, prefetchWhenIdle, startIdlePrefetch } = await fresh();
    const load = vi.fn(() => Promise.resolve(Hello));
    const other = vi.fn(() => Promise.resolve());
    lazyPrefetched(load);
    prefetchWhenIdle(other);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();

    startIdlePrefetch();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback while the chunk is missing, and the component itself, with no suspension, once prefetched', async () => {
    const { lazyPrefetched, startIdlePrefetch } = await fresh();
    const missing = lazyPrefetched(() => new Promise<ComponentType<{ who: string }>>(() => undefined));
    expect(render(missing)).toBe('<i>loading</i>');

    const load = vi.fn(() => Promise.resolve(Hello));
    const C = lazyPrefetched(load);
    startIdlePrefetch();
    await vi.advanceTimersByTimeAsync(5_000);
    // Its first render ever: server rendering never retries a suspended boundary, so this proves none.
    expect(render(C)).toBe('<b>hello you</b>');
    // The prefetch and the use share one import.
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a prefetch that failed is tried again on first use', async () => {
    const { lazyPrefetched, startIdlePrefetch } = await fresh();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const C = lazyPrefetched(load as () => Promise<ComponentType<{ who: string }>>);
    startIdlePrefetch();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(1);

    expect(render(C)).toBe('<i>loading</i>');
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(2);
    expect(render(C)).toBe('<b>hello you</b>');
  });
});
