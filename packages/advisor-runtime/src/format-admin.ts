import type { Miss, QuestionStats } from '@cobridge/question-log';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Plain-text summary of the question log for an admin reply. */
export function formatStats(stats: QuestionStats | undefined): string {
  if (!stats) return 'The question log is turned off (COBRIDGE_DB=off), so there are no statistics.';
  const days = stats.perDay.map((d) => `${d.day}: ${d.count}`).join(', ');
  const topics =
    stats.topTopics
      .slice(0, 5)
      .map((t) => `${t.topicId} (${t.count})`)
      .join(', ') || 'none yet';
  return [
    `Questions ${stats.from} to ${stats.to}: ${stats.total}`,
    `Per day: ${days}`,
    `Answered ${percent(stats.share.answered)}, clarified ${percent(stats.share.clarified)}, declined ${percent(stats.share.declined)}`,
    `Top topics: ${topics}`,
    `Feedback: ${stats.feedback.up} up, ${stats.feedback.down} down (balance ${stats.feedback.balance})`,
  ].join('\n');
}

/** Plain-text list of the questions the bot could not serve well, most frequent first. */
export function formatMisses(misses: Miss[], limit = 10): string {
  if (misses.length === 0) return 'No missed questions in this period.';
  const lines = misses.slice(0, limit).map((m) => {
    const near = m.topicId ? `, nearest ${m.topicId}` : '';
    return `- ${m.count}× "${m.question}" (${m.outcomes.join('/')}${m.downVotes ? `, ${m.downVotes} 👎` : ''}${near})`;
  });
  return [`Questions to turn into training questions or topics (${misses.length} in all):`, ...lines].join('\n');
}
