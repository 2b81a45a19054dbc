/**
 * For code that is on the screen but not needed to start a call: it waits until the first screen is usable
 * (Start call works) or a few seconds have passed, then for an idle moment, so it never competes with what is.
 */
let markReady: () => void = () => undefined;
const firstScreenReady = new Promise<void>((resolve) => (markReady = resolve));

/** Called once Start call works. */
export function signalFirstScreenReady(): void {
  markReady();
}

export function whenIdle(maxWaitMs = 3_000): Promise<void> {
  const waited = new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs));
  return Promise.race([firstScreenReady, waited]).then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 });
        else setTimeout(resolve, 50);
      }),
  );
}

/** `React.lazy` for such code: `lazy(afterIdle(() => import('./x')))`. */
export function afterIdle<T>(load: () => Promise<T>): () => Promise<T> {
  return () => whenIdle().then(load);
}
