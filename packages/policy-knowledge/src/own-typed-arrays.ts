/**
 * `v8.deserialize` returns aligned typed arrays as views into the bytes it read, which keeps the whole file in memory
 * (7.8 MB for a 5 MB model). Copying each such view into its own buffer lets the file's bytes be freed.
 */
export function ownTypedArrays<T>(value: T, fileBytes: ArrayBufferLike): T {
  return copyViews(value, fileBytes, new Set()) as T;
}

function copyViews(value: unknown, fileBytes: ArrayBufferLike, seen: Set<object>): unknown {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.buffer === fileBytes ? (value as unknown as { slice(): unknown }).slice() : value;
  if (value instanceof Map) {
    for (const [key, entry] of value) value.set(key, copyViews(entry, fileBytes, seen));
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = copyViews(record[key], fileBytes, seen);
  }
  return value;
}
