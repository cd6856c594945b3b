import type { VerdictRule } from '../schema/fact.js';

/** True when a question's concepts meet a verdict rule: all it needs, none it rules out. */
export function ruleHolds(rule: Pick<VerdictRule, 'when' | 'without'>, concepts: ReadonlySet<string>): boolean {
  for (const c of rule.when) if (!concepts.has(c)) return false;
  for (const c of rule.without) if (concepts.has(c)) return false;
  return true;
}
