import { describe, expect, it } from 'vitest';
import { IntentClassifier } from '../../src/classify/intent-classifier.js';
import { VerdictModel } from '../../src/engine/verdict-model.js';
import { decodeModel, encodeModel, isModelCurrent, readModelFile } from '../../src/model-file.js';
import { DEFAULT_MODEL_PATH } from '../../src/paths.js';

describe('whether the build trains the model again', () => {
  it('keeps a model only when both the knowledge and the code that trained it are unchanged', async () => {
    const model = (await readModelFile(DEFAULT_MODEL_PATH))!;
    const stamped = { ...model, codeStamp: 'code-a' };
    expect(isModelCurrent(stamped, model.knowledgeVersion, 'code-a')).toBe(true);
    expect(isModelCurrent(stamped, model.knowledgeVersion, 'code-b')).toBe(false);
    expect(isModelCurrent(stamped, 'k-other', 'code-a')).toBe(false);
    expect(isModelCurrent({ ...model, codeStamp: undefined }, model.knowledgeVersion, 'code-a')).toBe(false);
    expect(isModelCurrent(undefined, model.knowledgeVersion, 'code-a')).toBe(false);
  });
});

describe('the model as the compiled snapshot keeps it', () => {
  it('decodes every classifier and the verdict model to typed arrays and encodes back to exactly the model file', async () => {
    const model = (await readModelFile(DEFAULT_MODEL_PATH))!;
    const decoded = decodeModel(model);
    expect(decoded.classifier.weights).toBeInstanceOf(Int8Array);
    expect(decoded.zh?.classifier.idf).toBeInstanceOf(Float32Array);
    expect(decoded.refusal?.tables.bigrams.offsets).toBeInstanceOf(Int32Array);
    expect(decoded.verdict?.featureSlots).toBeInstanceOf(Uint32Array);
    expect(decoded.verdict?.weights).toBeInstanceOf(Float32Array);
    expect(encodeModel(decoded)).toEqual(model);
    expect(encodeModel(model)).toEqual(model);
  });

  it('gives a classifier (built from its prebuilt tables) that predicts exactly as one loaded from the file', async () => {
    const model = (await readModelFile(DEFAULT_MODEL_PATH))!;
    const fromFile = IntentClassifier.fromJSON(model.classifier);
    const fromTables = IntentClassifier.fromJSON(decodeModel(model).classifier);
    for (const text of ['do I keep my pension if I leave?', 'pensoin leav post', 'what are the six modes', 'xyzzy', '']) {
      expect(fromTables.predict(text, 5), text).toEqual(fromFile.predict(text, 5));
    }
    expect(fromTables.explain('do I keep my pension', model.classifier.intents[0]!)).toEqual(
      fromFile.explain('do I keep my pension', model.classifier.intents[0]!),
    );
  });

  it('gives a verdict model (from its decoded arrays) that predicts exactly as one loaded from the file', async () => {
    const model = (await readModelFile(DEFAULT_MODEL_PATH))!;
    const fromFile = VerdictModel.fromJSON(model.verdict!);
    const fromArrays = VerdictModel.fromJSON(decodeModel(model).verdict!);
    const questions = [
      ['fact:yes', 'rule:no', 'w:pension', 'w:leav', 'p:leav post', 'beyond:1', 'novel:0'],
      ['fact:no', 'rule:yes', 'w:salari', 'w:rise', 'novel:2'],
      ['w:zzzunknown'],
    ];
    for (const features of questions) expect(fromArrays.predict(features)).toEqual(fromFile.predict(features));
  });
});
