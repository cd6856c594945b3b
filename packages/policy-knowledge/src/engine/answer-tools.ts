import type { IntentClassifier } from '../classify/index.js';
import type { Knowledge } from '../knowledge.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import type { OutOfScopeWords } from '../understand/out-of-scope-words.js';
import type { Speller } from '../understand/spelling.js';
import type { AskMatcher } from './ask-matcher.js';
import type { AdvisorResult, ScoredIntent } from './types.js';
import type { VerdictModel } from './verdict-model.js';

/** What answering one question needs: the knowledge, its classifier and the readers built from it. */
export interface AnswerTools {
  knowledge: Knowledge;
  classifier: IntentClassifier;
  declineThreshold: number;
  speller: Speller;
  concepts: ConceptMatcher;
  asks: AskMatcher;
  /** The verdict model learned from the facts' example questions, built on first use; undefined when the model has none. */
  verdicts(): VerdictModel | undefined;
  /** The words only out-of-scope examples use; built on first use. */
  outOfScopeWords(): OutOfScopeWords;
  /** Builds the "I don't know" result with the nearest topics. */
  unknown(question: string, reason: 'out-of-scope' | 'low-confidence' | 'no-such-reference', alternatives: ScoredIntent[]): AdvisorResult;
}
