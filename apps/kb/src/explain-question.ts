import {
  CLARIFY_MARGIN,
  decide,
  OOS_INTENT,
  type Advisor,
  type AdvisorResult,
  type Decision,
  type Prediction,
} from '@cobridge/policy-knowledge';
import { formatTable, percent } from './format.js';

/** How many intents the explanation ranks: as many as `advisor.ask` asks for, so `decide` sees the same list. */
export const EXPLAIN_RANKED = 6;
const EXPLAINED_INTENTS = 2;
const FEATURES_PER_INTENT = 8;

/**
 * Explains one (sanitized, non-empty) question: the path the bots take (guard, spelling, question type, concepts,
 * facts, verdict rule and the reply), then the classifier's ranking, the features that mattered and its decision.
 */
export function explainQuestion(advisor: Advisor, question: string): string {
  const path = botPath(advisor.ask(question));
  // The classifier the bots use for this question (the Chinese one for Chinese), on the text it reads.
  const { classifier, declineThreshold, text } = advisor.readerOf(question);
  const prediction = classifier.predict(text, EXPLAIN_RANKED);
  const decision = decide(prediction, declineThreshold);
  const title = (intent: string) =>
    intent === OOS_INTENT ? '(not covered by the guidance)' : (advisor.knowledge.topicById.get(intent)?.title ?? '');
  const ranked = formatTable(
    prediction.ranked.slice(0, EXPLAIN_RANKED).map((r, i) => [`${i + 1}.`, r.intent, percent(r.confidence), title(r.intent)]),
    [2],
  );
  const features = prediction.ranked.slice(0, EXPLAINED_INTENTS).flatMap((r) => {
    const all = classifier.explain(text, r.intent, FEATURES_PER_INTENT);
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
    `Out-of-scope score ${prediction.oosScore.toFixed(3)} vs decline threshold ${declineThreshold.toFixed(3)} ` +
    `(${percent(prediction.unseenShare)} of the words never seen in training)`;
  return [
    `Question: ${question}`,
    `Knowledge ${advisor.version}`,
    '',
    'What the bots do:',
    ...path.map((line) => `  ${line}`),
    '',
    text === question ? 'The classifier on the question as typed. Top topics:' : `The classifier reads: ${text}`,
    ...(text === question ? [] : ['Top topics:']),
    ...ranked.map((line) => `  ${line}`),
    '',
    ...features,
    '',
    oos,
    '',
    reason(decision, prediction, declineThreshold),
  ].join('\n');
}

/** The steps the advisor took for a question, exactly as `ask` took them for the bots. */
function botPath(result: AdvisorResult): string[] {
  if (result.kind === 'refuse') return [`Refused before classifying: the request asks to ${result.because}.`, `Reply: ${result.text}`];
  if (result.kind !== 'answer')
    return [
      `Outcome: ${result.kind}${result.kind === 'unknown' ? ` (${result.reason})` : ''}.`,
      `Reply: ${result.text.split('\n')[0] ?? ''}`,
    ];
  const lines = [`Outcome: answer from ${result.topic.id} (${percent(result.confidence)}).`];
  const u = result.understanding;
  if (u) {
    if (u.corrections.length > 0) lines.push(`Spelling: ${u.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
    lines.push(`Question type: ${u.type}; concepts: ${u.concepts.join(', ') || 'none'}`);
    if (u.reference) lines.push(`Reference to the source: ${u.reference.kind} ${u.reference.id}`);
    if (u.facts.length > 0) lines.push(`Facts ranked: ${u.facts.map((f) => `${f.id} ${f.score.toFixed(2)}`).join(', ')}`);
    if (u.verdictRule) lines.push(`Verdict: ${result.verdict ?? 'none'} (${u.verdictRule})`);
  }
  if (result.parts) lines.push(`The message held ${result.parts.length} questions; each was answered on its own.`);
  lines.push(
    `Facts used: ${result.facts.join(', ') || 'none (the topic’s own text)'}`,
    `Cites: ${result.citations.map((c) => c.clause).join(', ')}`,
  );
  return lines;
}

/** Puts the rule of `decide` into words for the decision it actually took. */
function reason(decision: Decision, prediction: Prediction, threshold: number): string {
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT);
  const [top, runnerUp] = topics;
  switch (decision.kind) {
    case 'unknown':
      return decision.reason === 'out-of-scope'
        ? 'Declined (out-of-scope): the "not covered" class (oos) ranked first.'
        : `Declined (low-confidence): the out-of-scope score ${prediction.oosScore.toFixed(3)} ` +
            `is above the decline threshold ${threshold.toFixed(3)}.`;
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
      const answered = `Answered with ${decision.intent} (${percent(decision.confidence)})`;
      return `${answered}: the out-of-scope score is under the threshold and ${why}.`;
    }
  }
}
