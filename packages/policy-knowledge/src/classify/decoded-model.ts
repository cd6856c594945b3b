import { FeatureSpace } from './feature-space.js';
import { float32FromBase64, int8FromBase64, toBase64 } from './quantize.js';
import type { DecodedIntentModel, IntentModelJson } from './types.js';

const splitLines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/** True for a classifier whose binary fields are decoded (from the compiled snapshot), false for one from `model.json`. */
export function isDecodedModel(json: IntentModelJson | DecodedIntentModel): json is DecodedIntentModel {
  return typeof json.idf !== 'string';
}

/** The same classifier with its binary fields decoded and its feature space's lookup tables built. */
export function decodeIntentModel(json: IntentModelJson | DecodedIntentModel): DecodedIntentModel {
  if (isDecodedModel(json)) return json;
  const decoded = {
    ...json,
    idf: float32FromBase64(json.idf),
    scales: float32FromBase64(json.scales),
    weights: int8FromBase64(json.weights),
  };
  const space = new FeatureSpace(splitLines(json.wordFeatures), splitLines(json.charFeatures), decoded.idf, splitLines(json.tokens ?? ''));
  return { ...decoded, tables: space.tables };
}

/** The same classifier as `model.json` keeps it: binary fields in base64, no lookup tables. */
export function encodeIntentModel(json: IntentModelJson | DecodedIntentModel): IntentModelJson {
  if (!isDecodedModel(json)) return json;
  const { tables: _tables, ...rest } = json;
  return { ...rest, idf: toBase64(json.idf), scales: toBase64(json.scales), weights: toBase64(json.weights) };
}
