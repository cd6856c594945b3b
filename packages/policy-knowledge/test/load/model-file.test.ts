import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, readModelFile } from '../../src/model-file.js';
import { DEFAULT_MODEL_PATH } from '../../src/paths.js';

describe('the model as the compiled snapshot keeps it', () => {
  it('decodes every classifier to typed arrays and encodes back to exactly the model file', async () => {
    const model = (await readModelFile(DEFAULT_MODEL_PATH))!;
    const decoded = decodeModel(model);
    expect(decoded.classifier.weights).toBeInstanceOf(Int8Array);
    expect(decoded.zh?.classifier.idf).toBeInstanceOf(Float32Array);
    expect(decoded.refusal?.scales).toBeInstanceOf(Float32Array);
    expect(encodeModel(decoded)).toEqual(model);
    expect(encodeModel(model)).toEqual(model);
  });
});
