import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { isMap, isSeq, type Node } from 'yaml';
import { parseYamlFile, type ParsedYaml } from '../load/parse-yaml-file.js';

/** A fact, a topic answer or an evaluation item, and the clauses it cites. */
export interface CitingItem {
  kind: 'fact' | 'topic' | 'zh-fact' | 'zh-topic' | 'eval';
  /** Relative to the knowledge folder: `facts/leave.yaml`, `topics/x.yaml`, `zh/facts.yaml`, `../eval/in-scope.jsonl`. */
  file: string;
  /** Fact or topic id; for an evaluation item, a hash of its question. */
  id: string;
  /** Cited clause id → the line (and column) citing it. */
  cites: Map<string, { line: number; column: number }>;
  /** The line of the wording to check: a topic's answer, a fact's text, an evaluation item's line. */
  line: number;
  /** What the item says today: the answer, the fact's text, or the evaluation question and its expected topic. */
  text: string;
}

/** Where the evaluation files are, relative to the knowledge folder (the package layout); `blind/` is never read. */
export const EVAL_FOLDER = '../eval';

/**
 * Every fact, topic, Chinese wording (`zh/facts.yaml`, `zh/topics.yaml`) and evaluation item (`../eval/*.jsonl`) with
 * the clauses it cites and their lines. A Chinese wording cites what its English fact or topic cites; an evaluation
 * item what the topic it expects cites. Files that do not parse are skipped (validation reports them).
 */
export async function readCitingItems(knowledgeDir: string): Promise<CitingItem[]> {
  const items: CitingItem[] = [];
  const topicCitations = new Map<string, string[]>();
  const factClauses = new Map<string, string[]>();
  for (const parsed of await parsedYamlFiles(knowledgeDir, 'topics')) {
    const id = String(parsed.document.get('id') ?? '');
    const cites = citesAt(parsed, ['citations']);
    topicCitations.set(id, [...cites.keys()]);
    items.push({
      kind: 'topic',
      file: parsed.file,
      id,
      cites,
      line: lineOf(parsed, ['answer']),
      text: String(parsed.document.get('answer') ?? ''),
    });
  }
  for (const parsed of await parsedYamlFiles(knowledgeDir, 'facts')) {
    const facts = parsed.document.get('facts', true);
    if (!isSeq(facts)) continue;
    facts.items.forEach((_, i) => {
      const id = String(parsed.document.getIn(['facts', i, 'id']) ?? '');
      const text = String(parsed.document.getIn(['facts', i, 'text']) ?? '');
      const cites = citesAt(parsed, ['facts', i, 'clauses']);
      factClauses.set(id, [...cites.keys()]);
      items.push({ kind: 'fact', file: parsed.file, id, cites, line: lineOf(parsed, ['facts', i, 'text']), text });
    });
  }
  items.push(...(await chineseItems(knowledgeDir, 'topics', topicCitations)), ...(await chineseItems(knowledgeDir, 'facts', factClauses)));
  items.push(...(await evalItems(knowledgeDir, topicCitations)));
  return items;
}

/** The Chinese wordings of `zh/<kind>.yaml` (keyed by English id), each citing what its English original cites. */
async function chineseItems(knowledgeDir: string, kind: 'topics' | 'facts', english: ReadonlyMap<string, string[]>): Promise<CitingItem[]> {
  const file = `zh/${kind}.yaml`;
  const bytes = await readFile(join(knowledgeDir, file)).catch(() => undefined);
  const parsed = bytes === undefined ? undefined : parseYamlFile(file, bytes);
  const entries = parsed && !Array.isArray(parsed) ? parsed.document.get(kind, true) : undefined;
  if (!parsed || Array.isArray(parsed) || !isMap(entries)) return [];
  return entries.items.flatMap((pair) => {
    const id = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const clauses = english.get(id) ?? [];
    const at = positionOf(parsed, pair.key as Node);
    const value = pair.value as { get?: (key: string) => unknown } | null;
    const text = String(value?.get?.(kind === 'topics' ? 'answer' : 'text') ?? '');
    return clauses.length === 0
      ? []
      : [{ kind: kind === 'topics' ? 'zh-topic' : 'zh-fact', file, id, cites: new Map(clauses.map((c) => [c, at])), line: at.line, text }];
  });
}

async function evalItems(knowledgeDir: string, topicCitations: ReadonlyMap<string, string[]>): Promise<CitingItem[]> {
  const folder = join(knowledgeDir, EVAL_FOLDER);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const items: CitingItem[] = [];
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.jsonl')).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = `${EVAL_FOLDER}/${entry.name}`;
    const seen = new Set<string>();
    (await readFile(join(folder, entry.name), 'utf8')).split('\n').forEach((raw, index) => {
      const row = parseRow(raw);
      const clauses = row ? topicCitations.get(row.intent) : undefined;
      if (!row || !clauses || clauses.length === 0) return;
      let id = createHash('sha256')
        .update(`${row.previous ?? ''}\n${row.text}`)
        .digest('hex')
        .slice(0, 10);
      while (seen.has(id)) id = `${id}+`;
      seen.add(id);
      const line = index + 1;
      const cites = new Map(clauses.map((clause) => [clause, { line, column: 1 }]));
      items.push({ kind: 'eval', file, id, cites, line, text: `"${row.text}" → ${row.intent}` });
    });
  }
  return items;
}

function parseRow(raw: string): { text: string; intent: string; previous?: string } | undefined {
  try {
    const row = JSON.parse(raw) as { text?: unknown; intent?: unknown; previous?: unknown };
    if (typeof row.text !== 'string' || typeof row.intent !== 'string') return undefined;
    return { text: row.text, intent: row.intent, ...(typeof row.previous === 'string' ? { previous: row.previous } : {}) };
  } catch {
    return undefined;
  }
}

async function parsedYamlFiles(knowledgeDir: string, folder: string): Promise<ParsedYaml[]> {
  const names = (await readdir(join(knowledgeDir, folder)).catch(() => [])).filter((n) => /\.ya?ml$/.test(n)).sort();
  const files: ParsedYaml[] = [];
  for (const name of names) {
    const parsed = parseYamlFile(`${folder}/${name}`, await readFile(join(knowledgeDir, folder, name)));
    if (!Array.isArray(parsed)) files.push(parsed);
  }
  return files;
}

function citesAt(parsed: ParsedYaml, path: (string | number)[]): Map<string, { line: number; column: number }> {
  const node = parsed.document.getIn(path, true);
  const cites = new Map<string, { line: number; column: number }>();
  if (!isSeq(node)) return cites;
  for (const item of node.items as Node[]) {
    const value = String((item as { value?: unknown }).value ?? '');
    if (value && !cites.has(value)) cites.set(value, positionOf(parsed, item));
  }
  return cites;
}

function lineOf(parsed: ParsedYaml, path: (string | number)[]): number {
  const node = parsed.document.getIn(path, true) as Node | undefined;
  return node ? positionOf(parsed, node).line : 1;
}

function positionOf(parsed: ParsedYaml, node: Node): { line: number; column: number } {
  const pos = parsed.lines.linePos(node.range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}
