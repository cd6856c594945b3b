import { bufferFromBase64, float32FromBase64, toBase64 } from '../classify/quantize.js';

/**
 * A learned verdict model as the model file stores it: its features' hash table (see StringIds), softmax weights
 * (feature-major) and biases, the typed arrays in base64.
 */
export interface VerdictModelJson {
  /** The features' StringIds slots. */
  featureSlots: string;
  weights: string;
  bias: number[];
}

/** A verdict model as the compiled snapshot keeps it: the same fields, the binary ones as typed arrays. */
export interface DecodedVerdictModel {
  featureSlots: Uint32Array;
  weights: Float32Array;
  bias: number[];
}

/** True for a verdict model whose binary fields are decoded (from the compiled snapshot), false for one from `model.json`. */
export function isDecodedVerdictModel(json: VerdictModelJson | DecodedVerdictModel): json is DecodedVerdictModel {
  return typeof json.featureSlots !== 'string';
}

/** The same verdict model with its binary fields decoded, so loading it neither decodes base64 nor leaves strings behind. */
export function decodeVerdictModel(json: VerdictModelJson | DecodedVerdictModel): DecodedVerdictModel {
  if (isDecodedVerdictModel(json)) return json;
  return { featureSlots: new Uint32Array(bufferFromBase64(json.featureSlots)), weights: float32FromBase64(json.weights), bias: json.bias };
}

/** The same verdict model as `model.json` keeps it: binary fields in base64. */
export function encodeVerdictModel(json: VerdictModelJson | DecodedVerdictModel): VerdictModelJson {
  if (!isDecodedVerdictModel(json)) return json;
  return { featureSlots: toBase64(json.featureSlots), weights: toBase64(json.weights), bias: json.bias };
}
