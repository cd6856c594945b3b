const SHOWN_PROBLEMS = 10;

/** The loud notice printed when broken knowledge files made the console or `ask` fall back to the last good version. */
export function knowledgeWarning(problems: readonly string[], servingVersion: string): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${p}`);
  const more = problems.length > SHOWN_PROBLEMS ? [`  … and ${problems.length - SHOWN_PROBLEMS} more`] : [];
  return [
    `WARNING: the knowledge files have ${problems.length} problem(s); answering from the last good version ${servingVersion}.`,
    ...shown,
    ...more,
    'Fix them (`pnpm kb validate` lists them all); the new version is used as soon as it is valid.',
    '',
  ].join('\n');
}
