import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Twelve distinct training questions with a prefix, for fixtures. */
export const questions = (prefix: string, count = 12) => Array.from({ length: count }, (_, i) => `${prefix} question number ${i + 1}?`);

/** A valid topic file as YAML text. */
export function topicYaml(id: string, extra: { related?: string[]; citations?: string[]; prefix?: string } = {}): string {
  const qs = questions(extra.prefix ?? id)
    .map((q) => `  - "${q}"`)
    .join('\n');
  return [
    `id: ${id}`,
    `title: Title of ${id}`,
    'category: entitlements',
    'audiences: [teacher]',
    'questions:',
    qs,
    'answer: An answer.',
    `citations: [${(extra.citations ?? ['3-1']).join(', ')}]`,
    `related: [${(extra.related ?? []).join(', ')}]`,
    '',
  ].join('\n');
}

const CLAUSES = `source:
  title: A paper
  attribution: Its authors
sections:
  - { id: "3", title: Section three }
clauses:
  - id: "3-1"
    section: "3"
    text: The first clause.
`;

/** Writes a knowledge folder into a temporary directory; returns its path and a cleanup function. */
export async function writeKnowledge(
  files: Record<string, string | Buffer | undefined>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cobridge-kb-'));
  await mkdir(join(dir, 'topics'));
  const all: Record<string, string | Buffer | undefined> = {
    'clauses.yaml': CLAUSES,
    'out-of-scope.yaml': `examples:\n${questions('weather')
      .map((q) => `  - "${q}"`)
      .join('\n')}\n`,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    if (text === undefined) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
