/** Runs jobs one after another (one print tab or window is shared by every export). */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const next = tail.then(job);
      tail = next.catch(() => undefined);
      return next;
    },
    /** Resolves when every queued job has settled. */
    idle(): Promise<unknown> {
      return tail;
    },
  };
}
