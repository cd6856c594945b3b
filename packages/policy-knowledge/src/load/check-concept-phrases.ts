import { stem } from '../classify/stem.js';
import { tokenize } from '../classify/tokenize.js';
import { hasHan } from '../understand/chinese-language.js';
import type { ConceptsFile } from '../schema/fact.js';
import type { KnowledgeIssue } from './knowledge-error.js';
import { locate, type ParsedYaml } from './parse-yaml-file.js';

/**
 * Flags an English phrase that reads the same (word for word, after stemming) as a phrase of an earlier concept: the
 * question is read for the first concept only, so the later phrase would silently never match.
 */
export function checkConceptPhrases(parsed: ParsedYaml, file: ConceptsFile): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const owners = new Map<string, { concept: string; phrase: string }>();
  for (const [concept, { phrases }] of Object.entries(file.concepts)) {
    phrases.forEach((phrase, j) => {
      if (hasHan(phrase)) return;
      const key = tokenize(phrase).map(stem).join(' ');
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { concept, phrase });
      else if (owner.concept !== concept)
        issues.push(
          locate(
            parsed,
            ['concepts', concept, 'phrases', j],
            `phrase "${phrase}" reads like "${owner.phrase}" of the earlier concept "${owner.concept}", ` +
              'so it never matches; keep it in one',
          ),
        );
    });
  }
  return issues;
}
