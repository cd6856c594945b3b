import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClausesFile,
  clausesFileSchema,
  outOfScopeFileSchema,
  refusalsFileSchema,
  topicSchema,
  type Clause,
  type Topic,
} from '../schema/topic.js';
import type { Knowledge } from '../knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../paths.js';
import { KnowledgeError, type KnowledgeIssue } from './knowledge-error.js';
import { locate, parseYamlFile, zodIssuesToKnowledge, type ParsedYaml } from './parse-yaml-file.js';
import { withNarrowStrings } from './one-byte-strings.js';
import { checkCrossReferences } from './check-cross-references.js';
import { checkMergedItems } from './check-merged-items.js';
import { fileDigest } from './knowledge-fingerprint.js';
import { featureValues, readFeatureFiles } from '../features/feature-files.js';
import { checkFeatureReferences } from '../features/check-feature-references.js';
import { conceptsFileSchema, factsFileSchema, type Fact, type FactsFile } from '../schema/fact.js';
import { checkFactReferences } from './check-fact-references.js';
import { checkConceptPhrases } from './check-concept-phrases.js';
import { loadChinese } from './load-chinese.js';
import { addSourceClauses, readSourceFiles } from './load-sources.js';

/** A file read from the knowledge folder and validated against its schema. */
export interface ValidatedFile<T> {
  parsed: ParsedYaml;
  value: T;
}

/**
 * Reads, parses and validates every knowledge file; throws a KnowledgeError listing every problem at once.
 * Nothing is returned half-loaded: either the whole knowledge is valid or nothing is.
 * The feature files (eligibility, mode finder, obligations, glossary) are optional; present ones must be valid.
 */
export async function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Promise<Knowledge> {
  const issues: KnowledgeIssue[] = [];
  const warnings: KnowledgeIssue[] = [];
  const sources: Record<string, string> = {};
  const hash = createHash('sha256');
  const topicHashes: Record<string, string> = {};

  const readValidated = async <T>(file: string, schema: z.ZodType<T>, optional = false, listField?: string) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      issues.push({ file, line: 1, column: 1, field: '', message: 'file is missing or unreadable' });
      return undefined;
    }
    hash.update(file).update('\0').update(bytes).update('\0');
    sources[file] = fileDigest(bytes);
    const parsed = parseYamlFile(file, bytes);
    if (Array.isArray(parsed)) {
      issues.push(...parsed);
      return undefined;
    }
    if (listField) {
      const merged = checkMergedItems(parsed, listField);
      issues.push(...merged.errors);
      warnings.push(...merged.warnings);
    }
    const result = schema.safeParse(withNarrowStrings(parsed.document.toJS()));
    if (!result.success) {
      issues.push(...zodIssuesToKnowledge(parsed, result.error.issues));
      return undefined;
    }
    return { parsed, value: result.data, digest: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
  };

  const clausesFile = await readValidated('clauses.yaml', clausesFileSchema);
  const sourceFiles = await readSourceFiles(dir, readValidated, issues);
  const oosFile = await readValidated('out-of-scope.yaml', outOfScopeFileSchema, false, 'examples');
  const topicFiles: ValidatedFile<Topic>[] = [];
  for (const name of await listYamlFiles(dir, 'topics', issues)) {
    const file = `topics/${name}`;
    const loaded = await readValidated(file, topicSchema, false, 'questions');
    if (!loaded) continue;
    const expected = `${loaded.value.id}.yaml`;
    if (name !== expected) {
      issues.push({ ...positionOf(loaded.parsed, 'id'), message: `file name must match the topic id: rename to ${expected}` });
    }
    topicFiles.push(loaded);
    topicHashes[loaded.value.id] = loaded.digest;
  }

  const featureFiles = await readFeatureFiles((file, schema) => readValidated(file, schema, true));
  // Facts and concepts are optional: without them, answers are the topics' own texts.
  const conceptsFile = await readValidated('concepts.yaml', conceptsFileSchema, true);
  const refusalsFile = await readValidated('refusals.yaml', refusalsFileSchema, true);
  const factFiles: ValidatedFile<FactsFile>[] = [];
  for (const name of await listYamlFiles(dir, 'facts', issues, true)) {
    const loaded = await readValidated(`facts/${name}`, factsFileSchema);
    if (loaded) factFiles.push(loaded);
  }

  const clauses = new Map<string, Clause>((clausesFile?.value.clauses ?? []).map((c) => [c.id, c]));
  const documents = clausesFile ? addSourceClauses(clauses, clausesFile.value.source, sourceFiles, issues) : [];
  if (clausesFile) issues.push(...checkCrossReferences({ clauses, topicFiles, oosFile }));
  if (clausesFile) issues.push(...checkClauseSections(clausesFile.parsed, clausesFile.value));
  const topicMap = new Map(topicFiles.map((f) => [f.value.id, f.value]));
  if (clausesFile) issues.push(...checkFeatureReferences({ clauses, topics: topicMap, ...featureFiles }));
  if (conceptsFile) issues.push(...checkConceptPhrases(conceptsFile.parsed, conceptsFile.value));
  if (clausesFile) issues.push(...checkFactReferences({ clauses, topics: topicMap, concepts: conceptsFile?.value, factFiles }));
  const topics = topicFiles.map((f) => f.value).sort((a, b) => a.id.localeCompare(b.id));
  const facts: Fact[] = factFiles.flatMap((f) => f.value.facts);
  const zh = await loadChinese(readValidated, { topics, facts, concepts: conceptsFile?.value }, issues);
  if (issues.length > 0) throw new KnowledgeError(issues);

  return {
    version: `k-${hash.digest('hex').slice(0, 10)}`,
    source: clausesFile!.value.source,
    documents,
    sections: new Map(clausesFile!.value.sections.map((s) => [s.id, s.title])),
    clauses,
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    outOfScope: oosFile!.value.examples,
    topicHashes,
    features: featureValues(featureFiles),
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    concepts: conceptsFile?.value ?? { concepts: {} },
    lists: clausesFile!.value.lists,
    refusals: refusalsFile?.value,
    zh,
    warnings,
    sources,
  };
}

async function listYamlFiles(dir: string, folder: 'topics' | 'facts', issues: KnowledgeIssue[], optional = false): Promise<string[]> {
  try {
    const names = await readdir(join(dir, folder));
    const yamlNames = names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
    if (yamlNames.length === 0)
      issues.push({ file: `${folder}/`, line: 1, column: 1, field: '', message: `no ${folder} files (*.yaml) found` });
    return yamlNames;
  } catch {
    if (optional) return [];
    issues.push({ file: `${folder}/`, line: 1, column: 1, field: '', message: `the ${folder} folder is missing` });
    return [];
  }
}

function checkClauseSections(parsed: ParsedYaml, file: ClausesFile): KnowledgeIssue[] {
  const sections = new Set(file.sections.map((s) => s.id));
  const clauses = new Set(file.clauses.map((c) => c.id));
  const missingItems = file.lists.flatMap((list, l) =>
    list.items.flatMap((item, i) =>
      item.flatMap((id, j) =>
        clauses.has(id)
          ? []
          : [locate(parsed, ['lists', l, 'items', i, j], `list item cites clause "${id}", which does not exist in clauses.yaml`)],
      ),
    ),
  );
  return [
    ...file.clauses.flatMap((clause, i) =>
      sections.has(clause.section)
        ? []
        : [locate(parsed, ['clauses', i, 'section'], `section "${clause.section}" is not in the sections list`)],
    ),
    ...missingItems,
  ];
}

function positionOf(parsed: ParsedYaml, field: string): Omit<KnowledgeIssue, 'message'> {
  const node = parsed.document.get(field, true) as { range?: [number, number, number] } | undefined;
  const pos = parsed.lines.linePos(node?.range?.[0] ?? 0);
  return { file: parsed.file, line: pos.line, column: pos.col, field };
}
