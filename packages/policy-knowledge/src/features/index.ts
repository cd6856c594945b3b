export { ELIGIBILITY_VERDICTS, eligibilityFileSchema, type EligibilityFile, type EligibilityVerdictKind } from './eligibility-schema.js';
export { modeFinderFileSchema, type ModeFinderFile } from './mode-finder-schema.js';
export { PARTIES, obligationsFileSchema, type ObligationsFile, type Party } from './obligations-schema.js';
export { glossaryFileSchema, type GlossaryFile } from './glossary-schema.js';
export { FEATURE_FILES, type KnowledgeFeatures } from './feature-files.js';
export { FeatureUnavailableError, hasFeature } from './feature-unavailable-error.js';
export { citeClauses } from './cite-clauses.js';
export {
  startEligibility,
  answerEligibility,
  eligibilityFromFacts,
  type EligibilityState,
  type EligibilityStep,
  type EligibilityQuestion,
  type EligibilityVerdict,
  type EligibilityInvalid,
} from './eligibility.js';
export { leaveTimeline, type LeaveTimeline, type InvalidLeaveDate, type TimelineEvent } from './timeline.js';
export { LEAVE_YEAR_MIN, LEAVE_YEAR_MAX } from './parse-leave-date.js';
export {
  listNeeds,
  findModes,
  matchNeeds,
  type NeedSummary,
  type RankedMode,
  type ModeReason,
  type ModeFinderResult,
  type UnlinkedNeed,
} from './mode-finder.js';
export {
  listSituations,
  obligationsFor,
  matchSituation,
  partyOrder,
  type ObligationItem,
  type ObligationsChecklist,
} from './obligations.js';
export { listGlossary, lookupTerm, expandWithGlossary, type GlossaryTerm, type GlossaryMatch } from './glossary.js';
export { findTerm, matchNames, nameScore, MIN_NAME_SIMILARITY } from './match-names.js';
export { detectFeatureIntent, type FeatureIntent, type FeatureName } from './detect-feature-intent.js';
