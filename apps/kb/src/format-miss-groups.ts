import type { Miss } from '@cobridge/question-log';
import { plural } from './format.js';

interface MissGroup {
  topicId: string | null;
  total: number;
  misses: Miss[];
}

/** Missed questions grouped by nearest topic (largest group first), each most frequent first. */
export function formatMissGroups(misses: readonly Miss[], titles: ReadonlyMap<string, string>, days?: number): string {
  const period = days === undefined ? 'the whole log' : `the last ${plural(days, 'day')}`;
  if (misses.length === 0) return `No declined, clarified or down-voted questions in ${period}.`;
  const groups = new Map<string | null, MissGroup>();
  for (const miss of misses) {
    const group = groups.get(miss.topicId) ?? { topicId: miss.topicId, total: 0, misses: [] };
    group.total += miss.count;
    group.misses.push(miss);
    groups.set(miss.topicId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.total - a.total || (a.topicId ?? '~').localeCompare(b.topicId ?? '~'));
  const asked = misses.reduce((sum, m) => sum + m.count, 0);
  const lines = [`Missed questions (${period}): ${plural(asked, 'question')} asked, ${misses.length} distinct.`];
  for (const group of sorted) {
    const heading = group.topicId === null ? 'No nearest topic' : `${titles.get(group.topicId) ?? group.topicId} [${group.topicId}]`;
    lines.push('', `${heading}: ${plural(group.total, 'question')}`);
    for (const m of group.misses) {
      const votes = m.downVotes > 0 ? `, ${m.downVotes} 👎` : '';
      lines.push(`  ${m.count}× "${m.question}" (${m.outcomes.join('/')}${votes}, last ${m.lastAskedAt.slice(0, 10)})`);
    }
  }
  lines.push('', 'Add them as training questions to the right topic, or start a new one with pnpm kb new-topic <id>.');
  return lines.join('\n');
}
