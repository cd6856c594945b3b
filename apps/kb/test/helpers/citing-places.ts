import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A fact, topic or evaluation item of a knowledge copy, named as `kb validate` names it: `<file> <id>`. */
export interface Place {
  file: string;
  /** Fact or topic id; for an evaluation item, its 1-based line. */
  id: string;
}

/**
 * Every place citing one of `clauses`, read straight from the files: facts by their `clauses`, topics by their
 * `citations`, their Chinese wordings (`zh/`) by those of their English original, and evaluation items by the
 * citations of the topic they expect.
 */
export function placesCiting(knowledgeDir: string, clauses: readonly string[]): Place[] {
  const wanted = (ids: unknown) => Array.isArray(ids) && ids.some((id) => clauses.includes(String(id)));
  const places: Place[] = [];
  const topicCitations = new Map<string, unknown>();
  const factClauses = new Map<string, unknown>();
  for (const name of readdirSync(join(knowledgeDir, 'topics'))) {
    const topic = parse(readFileSync(join(knowledgeDir, 'topics', name), 'utf8')) as { id: string; citations: unknown };
    topicCitations.set(topic.id, topic.citations);
    if (wanted(topic.citations)) places.push({ file: `topics/${name}`, id: topic.id });
  }
  for (const name of readdirSync(join(knowledgeDir, 'facts'))) {
    const { facts } = parse(readFileSync(join(knowledgeDir, 'facts', name), 'utf8')) as { facts: { id: string; clauses: unknown }[] };
    for (const fact of facts) {
      factClauses.set(fact.id, fact.clauses);
      if (wanted(fact.clauses)) places.push({ file: `facts/${name}`, id: fact.id });
    }
  }
  for (const [kind, english] of [
    ['topics', topicCitations],
    ['facts', factClauses],
  ] as const) {
    const file = join(knowledgeDir, 'zh', `${kind}.yaml`);
    const chinese = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>)[kind] ?? {}) : {};
    for (const id of Object.keys(chinese)) if (wanted(english.get(id))) places.push({ file: `zh/${kind}.yaml`, id });
  }
  const evalDir = join(knowledgeDir, '..', 'eval');
  for (const name of readdirSync(evalDir).filter((n) => n.endsWith('.jsonl'))) {
    readFileSync(join(evalDir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() && wanted(topicCitations.get((JSON.parse(line) as { intent: string }).intent)))
          places.push({ file: `../eval/${name}`, id: String(i + 1) });
      });
  }
  return places;
}
