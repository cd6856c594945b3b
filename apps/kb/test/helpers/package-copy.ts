import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_EVAL_DIR, DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';

/**
 * Copies the shipped knowledge to `<root>/knowledge` and the evaluation files (`eval/*.jsonl`, never the blind sets
 * in `eval/blind/`) to `<root>/eval`, the package layout the citation lock expects; returns the knowledge folder.
 */
export function copyKnowledgeWithEval(root: string): string {
  const knowledge = join(root, 'knowledge');
  cpSync(DEFAULT_KNOWLEDGE_DIR, knowledge, { recursive: true });
  mkdirSync(join(root, 'eval'), { recursive: true });
  for (const entry of readdirSync(DEFAULT_EVAL_DIR, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.jsonl')) cpSync(join(DEFAULT_EVAL_DIR, entry.name), join(root, 'eval', entry.name));
  }
  return knowledge;
}
