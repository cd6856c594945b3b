/** Counts handlers still running, so a shutdown can let answers already under way finish. */
export interface InFlight {
  /** Tracks `work` until it settles. */
  track(work: Promise<unknown>): void;
  /** Resolves once every tracked handler has settled (including ones started while waiting). */
  idle(): Promise<void>;
}

/** Creates an empty tracker. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
