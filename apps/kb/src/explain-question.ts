import { CLARIFY_MARGIN, decide, OOS_INTENT, type Advisor, type Decision, type Prediction } from '@cobridge/policy-knowledge';
import { formatTable, percent } from './format.js';

/** How many intents the explanation ranks: as many as `advisor.ask` asks for, so `decide` sees the same list. */
export const EXPLAIN_RANKED = 6;
const EXPLAINED_INTENTS = 2;
const FEATURES_PER_INTENT = 8;

/** Explains one (sanitized, non-empty) question: ranking, features that mattered, oos score and the decision. */
export function explainQuestion(advisor: Advisor, question: string): string {
  const prediction = advisor.classifier.predict(question, EXPLAIN_RANKED);
  const decision = decide(prediction, advisor.declineThreshold);
  const title = (intent: string) =>
    intent === OOS_INTENT ? '(not covered by the guidance)' : (advisor.knowledge.topicById.get(intent)?.title ?? '');
  const ranked = formatTable(
    prediction.ranked.slice(0, EXPLAIN_RANKED).map((r, i) => [`${i + 1}.`, r.intent, percent(r.confidence), title(r.intent)]),
    [2],
  );
  const features = prediction.ranked.slice(0, EXPLAINED_INTENTS).flatMap((r) => {
    const all = advisor.classifier.explain(question, r.intent, FEATURES_PER_INTENT);
    const list = (prefix: string) =>
      all.filter((f) => f.feature.startsWith(prefix)).map((f) => `"${f.feature.slice(prefix.length)}" +${f.weight.toFixed(2)}`);
    const words = list('w:');
    const grams = list('c:');
    return [
      `What pushed ${r.intent} up:`,
      `  words: ${words.length > 0 ? words.join(', ') : 'none'}`,
      `  letter groups (catch typos and word forms): ${grams.length > 0 ? grams.join(', ') : 'none'}`,
    ];
  });
  const oos =
    `Out-of-scope score ${prediction.oosScore.toFixed(3)} vs decline threshold ${advisor.declineThreshold.toFixed(3)} ` +
    `(${percent(prediction.unseenShare)} of the words never seen in training)`;
  return [
    `Question: ${question}`,
    `Knowledge ${advisor.version}`,
    '',
    'Top topics:',
    ...ranked.map((line) => `  ${line}`),
    '',
    ...features,
    '',
    oos,
    '',
    reason(decision, prediction, advisor.declineThreshold),
  ].join('\n');
}

/** Puts the rule of `decide` into words for the decision it actually took. */
function reason(decision: Decision, prediction: Prediction, threshold: number): string {
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT);
  const [top, runnerUp] = topics;
  switch (decision.kind) {
    case 'unknown':
      return decision.reason === 'out-of-scope'
        ? 'Declined (out-of-scope): the "not covered" class (oos) ranked first.'
        : `Declined (low-confidence): the out-of-scope score ${prediction.oosScore.toFixed(3)} is above the decline threshold ${threshold.toFixed(3)}.`;
    case 'clarify':
      return (
        `Clarified: ${top?.intent} (${percent(top?.confidence ?? 0)}) is not confident enough and ${runnerUp?.intent} ` +
        `(${percent(runnerUp?.confidence ?? 0)}) is within the clarify margin ${percent(CLARIFY_MARGIN)}, so it asks which was meant: ` +
        decision.candidates.map((c) => c.intent).join(', ')
      );
    case 'answer': {
      const lead = runnerUp ? decision.confidence - runnerUp.confidence : 1;
      const why = !runnerUp
        ? 'it is the only topic ranked'
        : lead >= CLARIFY_MARGIN
          ? `it leads ${runnerUp.intent} by ${percent(lead)}, more than the clarify margin ${percent(CLARIFY_MARGIN)}`
          : `${runnerUp.intent} is within the clarify margin, but the top topic is confident enough to answer alone`;
      return `Answered with ${decision.intent} (${percent(decision.confidence)}): the out-of-scope score is under the threshold and ${why}.`;
    }
  }
}
