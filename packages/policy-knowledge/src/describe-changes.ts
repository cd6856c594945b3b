/** What changed between two builds' topic hashes, as lines an admin reads. */
export function describeChanges(before: Record<string, string> | undefined, after: Record<string, string>): string {
  if (!before) return `First build: ${Object.keys(after).length} topics.`;
  const added = Object.keys(after).filter((id) => !(id in before));
  const removed = Object.keys(before).filter((id) => !(id in after));
  const changed = Object.keys(after).filter((id) => id in before && before[id] !== after[id]);
  if (added.length + removed.length + changed.length === 0) return 'No topic changed since the last build.';
  const line = (label: string, ids: string[]) => (ids.length > 0 ? [`${label} (${ids.length}): ${ids.sort().join(', ')}`] : []);
  return [...line('Added', added), ...line('Removed', removed), ...line('Changed', changed)].join('\n');
}
