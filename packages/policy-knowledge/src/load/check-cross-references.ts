import type { Clause, OutOfScopeFile, Topic } from '../schema/topic.js';
import type { KnowledgeIssue } from './knowledge-error.js';
import { clauseFileOf } from './load-sources.js';
import { locate, type ParsedYaml } from './parse-yaml-file.js';

interface Inputs {
  clauses: ReadonlyMap<string, Clause>;
  topicFiles: { parsed: ParsedYaml; value: Topic }[];
  oosFile: { parsed: ParsedYaml; value: OutOfScopeFile } | undefined;
}

/** Normalises a training question for duplicate detection: case, spacing and end punctuation ignored. */
export function questionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.]+$/u, '')
    .trim();
}

/** Checks what one file cannot check alone: duplicate ids, citations, related topics, shared questions. */
export function checkCrossReferences({ clauses, topicFiles, oosFile }: Inputs): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const ids = new Map<string, string>();
  for (const { parsed, value } of topicFiles) {
    const first = ids.get(value.id);
    if (first) issues.push(locate(parsed, ['id'], `duplicate topic id "${value.id}" (also in ${first})`));
    else ids.set(value.id, parsed.file);
  }
  const seen = new Map<string, string>();
  const noteQuestion = (parsed: ParsedYaml, path: (string | number)[], text: string) => {
    const key = questionKey(text);
    const owner = seen.get(key);
    if (owner) issues.push(locate(parsed, path, `training question "${text}" is also used in ${owner}`));
    else seen.set(key, parsed.file);
  };
  for (const { parsed, value } of topicFiles) {
    value.citations.forEach((clause, i) => {
      if (!clauses.has(clause))
        issues.push(locate(parsed, ['citations', i], `cites clause "${clause}", which does not exist in ${clauseFileOf(clause)}`));
    });
    value.related.forEach((related, i) => {
      if (related === value.id) issues.push(locate(parsed, ['related', i], 'a topic cannot be related to itself'));
      else if (!ids.has(related)) issues.push(locate(parsed, ['related', i], `related topic "${related}" does not exist`));
    });
    value.questions.forEach((q, i) => noteQuestion(parsed, ['questions', i], q));
  }
  if (oosFile) oosFile.value.examples.forEach((q, i) => noteQuestion(oosFile.parsed, ['examples', i], q));
  return issues;
}
