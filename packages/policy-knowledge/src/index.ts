export { AUDIENCES, CATEGORIES, MIN_TRAINING_QUESTIONS, topicSchema, clauseSchema, refusalsFileSchema } from './schema/topic.js';
export type { Audience, Category, Topic, Clause } from './schema/topic.js';
export type {
  AdvisorResult,
  AnswerResult,
  ClarifyResult,
  UnknownResult,
  RefuseResult,
  UnknownReason,
  Citation,
  TopicRef,
  ScoredIntent,
  AskOptions,
  AnswerPart,
  Understanding,
  Lang,
} from './engine/types.js';
export { answerSections, type AnswerSection } from './engine/answer-sections.js';
export { isSmallTalk, smallTalkOf, type SmallTalk } from './understand/small-talk.js';
export { VERDICT_LEADS } from './engine/compose-facts.js';
export { VERDICTS, type Verdict, type Fact } from './schema/fact.js';
export { createAdvisor, type Advisor, type TopicSummary } from './engine/create-advisor.js';
export { decide, CLARIFY_MARGIN, type Decision } from './engine/decide.js';
export { asksACatch, endsWithoutObject, pointingAtSubject } from './engine/follow-up-reading.js';
export { asksLeavingForIt } from './engine/leaving-for-it.js';
export { namesItemPlace } from './understand/reference.js';
export { gainingParty } from './understand/gaining-party.js';
export { WAYS } from './engine/verdict.js';
export { sanitizeQuestion, hasWords, MAX_QUESTION_LENGTH, type SanitizedQuestion } from './engine/sanitize-question.js';
export { withoutInterjection } from './understand/interjection.js';
export { loadKnowledge } from './load/load-knowledge.js';
export { KnowledgeError, formatIssue, type KnowledgeIssue } from './load/knowledge-error.js';
export { questionKey } from './load/check-cross-references.js';
export { trainingRows, chineseTrainingRows, refusalRows, REFUSE_LABEL, ORDINARY_LABEL, type Knowledge } from './knowledge.js';
export {
  loadAdvisor,
  loadServingAdvisor,
  loadKnowledgeAndModel,
  type LoadAdvisorOptions,
  type ServingAdvisor,
  type KnowledgeAndModel,
} from './load-advisor.js';
export { saveLastGood, loadLastGood, loadCompiled, lastGoodDirFor, type CompiledKnowledge, type LastGoodSnapshot } from './last-good.js';
export { buildAdvisorTables, type AdvisorTables } from './engine/advisor-tables.js';
export { knowledgeFingerprint, fingerprintOf } from './load/knowledge-fingerprint.js';
export { trainModel, type TrainModelOptions } from './train-model.js';
export {
  decodeModel,
  encodeModel,
  readModelFile,
  writeModelFile,
  MODEL_FORMAT_VERSION,
  type LoadedModel,
  type ModelFile,
} from './model-file.js';
export { describeChanges } from './describe-changes.js';
export { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH, DEFAULT_EVAL_DIR } from './paths.js';
export * from './classify/index.js';
export { useChineseSegmenter, intlSegmenter, type ChineseSegmenter } from './classify/segment-chinese.js';
export { isChinese, hasHan } from './understand/chinese-language.js';
export { expandWithChineseTerms, translateTerm } from './understand/chinese-terms.js';
export { ZH_VERDICT_LEADS, chineseCitationLabel } from './engine/localize-chinese.js';
export type { ChineseKnowledge, Term } from './schema/chinese.js';
export {
  OOS_INTENT,
  type LabeledText,
  type Prediction,
  type TrainProgress,
  type TrainOptions,
  type FeatureContribution,
} from './classify/types.js';
export { parseJsonlRows, labeledRowSchema } from './read-jsonl.js';
export { evaluate, loadEvalSet, parseJsonl, EVAL_FLOORS, type EvaluationReport, type TopicScore } from './evaluate.js';
export { guardQuestion, type GuardReason, type GuardDecision } from './engine/guard.js';
export * from './features/index.js';
export * from './sources/index.js';
export { blindItemSchema, judgeBlindItem, BLIND_CATEGORIES, type BlindItem, type BlindJudgement } from './evaluate-blind.js';
