/**
 * A value built from `source` on first use (undefined when there is no source). The source is let go once the value
 * is built, so a serialized model part is never held beside the classifier made from it.
 */
export function buildOnce<S, T>(source: S | undefined, build: (source: S) => T): () => T | undefined {
  let pending = source;
  let built: T | undefined;
  return () => {
    if (pending !== undefined) {
      built = build(pending);
      pending = undefined;
    }
    return built;
  };
}
