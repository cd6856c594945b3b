import { matchNeeds } from '../features/match-needs.js';
import type { Knowledge } from '../knowledge.js';

/**
 * "which cooperation mode would give us a steady pipeline of graduates?", "which of the paper's modes goes after that?": a
 * question asking which of the modes to pick.
 */
const WHICH_MODE = new RegExp(
  String.raw`\b(?:which|what)\s+(?:(?:kind|type|sort)\s+of\s+|(?:one\s+)?of\s+(?:the\s+)?(?:paper's\s+|six\s+)?)?` +
    String.raw`(?:(?:school-enterprise|cooperation|co-operation|partnership)\s+)?` +
    String.raw`(?:modes?|models?)\b`,
  'i',
);

/**
 * The mode the mode finder (knowledge/mode-finder.yaml) puts first for the first need a question asking which mode to
 * pick names, with the clauses it cites for that link; undefined when the question asks no such thing or names no need.
 */
export function modeForNeed(knowledge: Knowledge, question: string): { topic: string; clauses: readonly string[] } | undefined {
  if (!WHICH_MODE.test(question)) return undefined;
  const [needId] = matchNeeds(knowledge, question);
  const link = knowledge.features.modeFinder?.needs.find((need) => need.id === needId)?.modes[0];
  return link ? { topic: link.mode, clauses: link.citations } : undefined;
}
