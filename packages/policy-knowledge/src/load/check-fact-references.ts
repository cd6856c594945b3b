import type { Fact, ConceptsFile } from '../schema/fact.js';
import type { Clause, Topic } from '../schema/topic.js';
import { stemmedText } from '../classify/stemmed-text.js';
import type { KnowledgeIssue } from './knowledge-error.js';
import { clauseFileOf } from './load-sources.js';
import { locate, type ParsedYaml } from './parse-yaml-file.js';
import { questionKey } from './check-cross-references.js';

interface Inputs {
  clauses: ReadonlyMap<string, Clause>;
  topics: ReadonlyMap<string, Topic>;
  concepts: ConceptsFile | undefined;
  factFiles: { parsed: ParsedYaml; value: { facts: Fact[] } }[];
}

/** Checks what a facts file cannot check alone: unique ids, topics, clauses, concepts, and key terms in the clauses. */
export function checkFactReferences({ clauses, topics, concepts, factFiles }: Inputs): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const owners = new Map<string, string>();
  for (const { parsed, value } of factFiles) {
    value.facts.forEach((fact, i) => {
      const owner = owners.get(fact.id);
      if (owner) issues.push(locate(parsed, ['facts', i, 'id'], `duplicate fact id "${fact.id}" (also in ${owner})`));
      else owners.set(fact.id, parsed.file);
    });
  }
  const asked = new Map<string, string>();
  for (const { parsed, value } of factFiles) {
    value.facts.forEach((fact, i) =>
      fact.asks.forEach((ask, j) => {
        const key = questionKey(ask.q);
        const owner = asked.get(key);
        if (owner) issues.push(locate(parsed, ['facts', i, 'asks', j, 'q'], `example question "${ask.q}" is also an example of ${owner}`));
        else asked.set(key, fact.id);
      }),
    );
  }
  const known = (concept: string) => concepts === undefined || concept in concepts.concepts;
  for (const { parsed, value } of factFiles) {
    value.facts.forEach((fact, i) => {
      const at = (...path: (string | number)[]) => ['facts', i, ...path];
      [fact.topic, ...fact.topics].forEach((topic, j) => {
        if (!topics.has(topic)) issues.push(locate(parsed, j === 0 ? at('topic') : at('topics', j - 1), `topic "${topic}" does not exist`));
      });
      fact.clauses.forEach((id, j) => {
        if (!clauses.has(id))
          issues.push(locate(parsed, at('clauses', j), `cites clause "${id}", which does not exist in ${clauseFileOf(id)}`));
      });
      const cited = fact.clauses.map((id) => stemmedText(clauses.get(id)?.text ?? ''));
      fact.terms.forEach((term, j) => {
        if (!cited.some((clause) => clause.includes(stemmedText(term)))) {
          issues.push(
            locate(parsed, at('terms', j), `key term "${term}" does not appear in the cited clauses (${fact.clauses.join(', ')})`),
          );
        }
      });
      const conceptPaths: [string, (string | number)[]][] = [
        ...fact.about.map((c, j): [string, (string | number)[]] => [c, at('about', j)]),
        ...fact.flipOn.map((c, j): [string, (string | number)[]] => [c, at('flipOn', j)]),
        ...fact.unless.flatMap((rule, r) => rule.when.map((c, j): [string, (string | number)[]] => [c, at('unless', r, 'when', j)])),
        ...fact.unless.flatMap((rule, r) => rule.without.map((c, j): [string, (string | number)[]] => [c, at('unless', r, 'without', j)])),
      ];
      for (const [concept, path] of conceptPaths) {
        if (!known(concept)) issues.push(locate(parsed, path, `concept "${concept}" is not defined in concepts.yaml`));
      }
      fact.unless.forEach((rule, r) =>
        rule.with.forEach((other, j) => {
          if (!owners.has(other)) issues.push(locate(parsed, at('unless', r, 'with', j), `fact "${other}" does not exist`));
        }),
      );
    });
  }
  return issues;
}
