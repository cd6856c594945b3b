import type { Clause, Topic } from '../schema/topic.js';
import type { KnowledgeIssue } from '../load/knowledge-error.js';
import { locate, type ParsedYaml } from '../load/parse-yaml-file.js';
import type { EligibilityFile } from './eligibility-schema.js';
import { describeFacts, eligibilityPaths } from './eligibility-rules.js';
import type { GlossaryFile } from './glossary-schema.js';
import type { ModeFinderFile } from './mode-finder-schema.js';
import type { ObligationsFile } from './obligations-schema.js';
import { foldText } from './phrase-matcher.js';

type Loaded<T> = { parsed: ParsedYaml; value: T } | undefined;
type Path = (string | number)[];

/** The feature files as validated one by one, plus what they may refer to. */
export interface FeatureReferenceInputs {
  clauses: ReadonlyMap<string, Clause>;
  topics: ReadonlyMap<string, Topic>;
  eligibility: Loaded<EligibilityFile>;
  modeFinder: Loaded<ModeFinderFile>;
  obligations: Loaded<ObligationsFile>;
  glossary: Loaded<GlossaryFile>;
}

/** Checks what a feature file cannot check alone: clause and topic ids, duplicate ids, and that every eligibility path ends. */
export function checkFeatureReferences(inputs: FeatureReferenceInputs): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const at = (parsed: ParsedYaml) => (path: Path, message: string) => issues.push(locate(parsed, path, message));
  const cites = (parsed: ParsedYaml, path: Path, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!inputs.clauses.has(id)) at(parsed)([...path, 'citations', i], `cites clause "${id}", which does not exist in clauses.yaml`);
    });
  const topic = (parsed: ParsedYaml, path: Path, id: string, category?: Topic['category']) => {
    const found = inputs.topics.get(id);
    if (!found) at(parsed)(path, `topic "${id}" does not exist`);
    else if (category && found.category !== category) at(parsed)(path, `topic "${id}" is not a ${category} topic`);
  };
  const unique = (parsed: ParsedYaml, path: Path, ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) at(parsed)([...path, i, 'id'], `duplicate ${what} id "${id}"`);
      seen.add(id);
    });
  };

  const { eligibility, modeFinder, obligations, glossary } = inputs;
  if (eligibility) issues.push(...checkEligibility(eligibility.parsed, eligibility.value, cites));
  if (modeFinder) {
    const { parsed, value } = modeFinder;
    cites(parsed, [], value.citations);
    unique(
      parsed,
      ['needs'],
      value.needs.map((n) => n.id),
      'need',
    );
    value.needs.forEach((need, n) => {
      need.modes.forEach((m, i) => {
        topic(parsed, ['needs', n, 'modes', i, 'mode'], m.mode, 'modes');
        cites(parsed, ['needs', n, 'modes', i], m.citations);
      });
      if (need.note) cites(parsed, ['needs', n, 'note'], need.note.citations);
    });
  }
  if (obligations) {
    const { parsed, value } = obligations;
    unique(
      parsed,
      ['situations'],
      value.situations.map((s) => s.id),
      'situation',
    );
    value.situations.forEach((s, n) => {
      s.items.forEach((item, i) => cites(parsed, ['situations', n, 'items', i], item.citations));
      if (s.note) cites(parsed, ['situations', n, 'note'], s.note.citations);
      s.related.forEach((id, i) => topic(parsed, ['situations', n, 'related', i], id));
    });
    cites(parsed, ['timeline', 'retention'], value.timeline.retention.citations);
    unique(
      parsed,
      ['timeline', 'before'],
      value.timeline.before.map((b) => b.id),
      'timeline event',
    );
    value.timeline.before.forEach((b, i) => cites(parsed, ['timeline', 'before', i], b.citations));
  }
  if (glossary) {
    const { parsed, value } = glossary;
    unique(
      parsed,
      ['terms'],
      value.terms.map((t) => t.id),
      'term',
    );
    const owners = new Map<string, string>();
    value.terms.forEach((entry, n) => {
      cites(parsed, ['terms', n], entry.citations);
      if (entry.topic) topic(parsed, ['terms', n, 'topic'], entry.topic);
      const phrases: [string, Path][] = [
        [entry.term, ['terms', n, 'term']],
        [entry.zh.term, ['terms', n, 'zh', 'term']],
        ...entry.aliases.map((alias, i): [string, Path] => [alias, ['terms', n, 'aliases', i]]),
      ];
      for (const [phrase, path] of phrases) {
        const key = foldText(phrase).replace(/[\s-]+/gu, ' ');
        const owner = owners.get(key);
        if (owner !== undefined && owner !== entry.id) at(parsed)(path, `"${phrase}" is already used by term "${owner}"`);
        else owners.set(key, entry.id);
      }
    });
  }
  return issues;
}

function checkEligibility(
  parsed: ParsedYaml,
  file: EligibilityFile,
  cites: (parsed: ParsedYaml, path: Path, ids: readonly string[]) => void,
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const earlier = new Map<string, Set<string>>();
  const checkCondition = (path: Path, condition: Record<string, string[]>, known: Map<string, Set<string>>) => {
    for (const [question, choices] of Object.entries(condition)) {
      const valid = known.get(question);
      if (!valid)
        issues.push(locate(parsed, [...path, question], `refers to question "${question}", which is not asked before this point`));
      else
        choices.forEach((c) => {
          if (!valid.has(c)) issues.push(locate(parsed, [...path, question], `"${c}" is not a choice of question "${question}"`));
        });
    }
  };
  file.questions.forEach((q, n) => {
    if (earlier.has(q.id)) issues.push(locate(parsed, ['questions', n, 'id'], `duplicate question id "${q.id}"`));
    const choiceIds = q.choices.map((c) => c.id);
    choiceIds.forEach((id, i) => {
      if (choiceIds.indexOf(id) !== i) issues.push(locate(parsed, ['questions', n, 'choices', i, 'id'], `duplicate choice id "${id}"`));
    });
    if (q.when) checkCondition(['questions', n, 'when'], q.when, earlier);
    earlier.set(q.id, new Set(choiceIds));
  });
  file.rules.forEach((rule, n) => {
    checkCondition(['rules', n, 'when'], rule.when, earlier);
    cites(parsed, ['rules', n], rule.citations);
  });
  if (issues.length > 0) return issues;
  const used = new Set<number>();
  for (const { facts, end } of eligibilityPaths(file)) {
    if (end.kind === 'rule') used.add(end.index);
    else issues.push(locate(parsed, ['rules'], `no rule gives a verdict for ${describeFacts(facts)}`));
  }
  file.rules.forEach((_, n) => {
    if (!used.has(n)) issues.push(locate(parsed, ['rules', n], 'this rule is never reached: earlier rules always decide first'));
  });
  return issues;
}
