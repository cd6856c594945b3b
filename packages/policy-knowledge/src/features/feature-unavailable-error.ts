import type { Knowledge } from '../knowledge.js';
import { FEATURE_FILES, type KnowledgeFeatures } from './feature-files.js';

/** Thrown when a feature is used but its data file is not part of the knowledge: a deployment fault, not user input. */
export class FeatureUnavailableError extends Error {
  readonly code = 'feature_unavailable';
  constructor(readonly file: string) {
    super(`This feature needs ${file}, which is not in the knowledge folder.`);
    this.name = 'FeatureUnavailableError';
  }
}

/** True when the knowledge holds the data a feature needs; surfaces hide features that are off. */
export function hasFeature(knowledge: Knowledge, name: keyof KnowledgeFeatures): boolean {
  return knowledge.features[name] !== undefined;
}

/** The data of a feature, or a FeatureUnavailableError when its file is absent. */
export function requireFeature<K extends keyof KnowledgeFeatures>(knowledge: Knowledge, name: K): NonNullable<KnowledgeFeatures[K]> {
  const data = knowledge.features[name];
  if (!data) throw new FeatureUnavailableError(FEATURE_FILES[name]);
  return data as NonNullable<KnowledgeFeatures[K]>;
}
