// The light entry point `@cobridge/policy-knowledge/serve`: what a process needs to answer questions from built
// knowledge. It loads neither yaml nor zod nor the trainer until the knowledge files changed since the last build,
// which keeps a one-shot `ask` start-up short (docs/benchmarks.md, "Service").
export { AUDIENCES } from './audiences.js';
export { loadServingAdvisor, type LoadAdvisorOptions, type ServingAdvisor } from './load-advisor.js';
export { DEFAULT_EVAL_DIR, DEFAULT_MODEL_PATH } from './paths.js';
export { OOS_INTENT } from './classify/types.js';
export { formatIssue, type KnowledgeIssue } from './load/knowledge-error.js';
export { answerSections, type AnswerSection } from './engine/answer-sections.js';
export type { Advisor } from './engine/create-advisor.js';
export type { AdvisorResult, AnswerPart, Citation, Lang } from './engine/types.js';
export type { Verdict } from './schema/fact.js';
export type { Audience } from './schema/topic.js';
