export { IntentClassifier } from './intent-classifier.js';
export { trainIntentClassifier, TRAIN_DEFAULTS } from './train-intent-classifier.js';
export {
  tuneDeclineThreshold,
  pickDeclineThreshold,
  isDeclined,
  DEFAULT_DECLINE_THRESHOLD,
  DEFAULT_TARGET_IN_SCOPE_ACCURACY,
  type ScoredRow,
} from './tune-decline-threshold.js';
export type { IntentModelJson } from './types.js';
