import { IntentClassifier } from '../classify/index.js';
import { OOS_INTENT } from '../classify/types.js';
import type { Knowledge } from '../knowledge.js';
import type { ModelFile } from '../model-file.js';
import type { Category } from '../schema/topic.js';
import { bulletTitles, composeAnswer, refOf } from './compose.js';
import { decide } from './decide.js';
import { guardQuestion } from './guard.js';
import { expandWithGlossary } from '../features/glossary.js';
import { hasWords, sanitizeQuestion } from './sanitize-question.js';
import type { AdvisorResult, AnswerResult, AskOptions, ScoredIntent, TopicRef, UnknownReason } from './types.js';
import type { Audience } from '../schema/topic.js';

/** A topic as listed in menus and help screens. */
export interface TopicSummary {
  id: string;
  title: string;
  category: Category;
}

/** The platform-neutral advisor: ask a question, get an answer, a clarification or an honest "I don't know". */
export interface Advisor {
  readonly version: string;
  readonly knowledge: Knowledge;
  ask(question: string, options?: AskOptions): AdvisorResult;
  topicAnswer(id: string, audience?: Audience): AnswerResult | undefined;
  topics(): TopicSummary[];
  /** The classifier's raw view of a question, for explanations. */
  classifier: IntentClassifier;
  readonly declineThreshold: number;
}

const NEAREST_COUNT = 3;
const DECLINE_LEADS: Record<UnknownReason, string> = {
  empty: 'Please type a question about the guidance or school-enterprise cooperation.',
  'out-of-scope': "I don't know: the guidance and the paper Cobridge answers from do not cover that, and I won't guess.",
  'low-confidence': "I don't know: I could not match that to anything the guidance says, and I won't guess.",
  harmful: "I can't help with that. Cobridge only explains what the guidance says, and it never helps to deceive, forge or evade an obligation.",
  'other-jurisdiction': "I don't know: Cobridge answers from a Chinese ministry's guidance and says nothing about other countries' rules.",
};
const ALTERNATIVES_COUNT = 5;

/** Builds an advisor from validated knowledge and its trained model. */
export function createAdvisor(knowledge: Knowledge, model: ModelFile): Advisor {
  const classifier = IntentClassifier.fromJSON(model.classifier);
  const summaries: TopicSummary[] = knowledge.topics.map((t) => ({ id: t.id, title: t.title, category: t.category }));

  const unknown = (question: string, reason: UnknownReason, alternatives: ScoredIntent[]): AdvisorResult => {
    const nearest = nearestTopics(knowledge, alternatives);
    const lead = DECLINE_LEADS[reason];
    const text = nearest.length > 0 ? `${lead}\n\nThe nearest topics I can answer:\n${bulletTitles(nearest)}` : lead;
    return { kind: 'unknown', question, reason, text, nearest, alternatives, knowledgeVersion: knowledge.version };
  };

  return {
    version: knowledge.version,
    knowledge,
    classifier,
    declineThreshold: model.declineThreshold,
    topics: () => summaries.map((s) => ({ ...s })),
    topicAnswer(id, audience) {
      const topic = knowledge.topicById.get(id);
      if (!topic) return undefined;
      return composeAnswer(knowledge, topic, { question: topic.title, confidence: 1, audience, alternatives: [] });
    },
    ask(raw, options = {}) {
      const { text: question } = sanitizeQuestion(raw);
      if (!hasWords(question)) return unknown(question, 'empty', []);
      const refusal = guardQuestion(question);
      const prediction = classifier.predict(expandWithGlossary(knowledge, question), ALTERNATIVES_COUNT + 1);
      const alternatives = prediction.ranked.slice(0, ALTERNATIVES_COUNT);
      if (refusal) return unknown(question, refusal, alternatives);
      const decision = decide(prediction, model.declineThreshold);
      if (decision.kind === 'unknown') return unknown(question, decision.reason, alternatives);
      if (decision.kind === 'clarify') {
        const candidates = decision.candidates.flatMap((c) => {
          const ref = refOf(knowledge, c.intent);
          return ref ? [{ ...ref, confidence: c.confidence }] : [];
        });
        const text = `Your question could mean more than one thing. Which did you mean?\n\n${bulletTitles(candidates)}`;
        return { kind: 'clarify', question, text, candidates, alternatives, knowledgeVersion: knowledge.version };
      }
      const topic = knowledge.topicById.get(decision.intent);
      if (!topic) return unknown(question, 'low-confidence', alternatives);
      return composeAnswer(knowledge, topic, { question, confidence: decision.confidence, audience: options.audience, alternatives });
    },
  };
}

function nearestTopics(knowledge: Knowledge, alternatives: ScoredIntent[]): TopicRef[] {
  return alternatives
    .filter((a) => a.intent !== OOS_INTENT)
    .slice(0, NEAREST_COUNT)
    .flatMap((a) => refOf(knowledge, a.intent) ?? []);
}
