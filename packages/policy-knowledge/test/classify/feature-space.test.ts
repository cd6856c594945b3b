import { describe, expect, it } from 'vitest';
import { createSparseVector, FeatureSpace } from '../../src/classify/feature-space.js';

const space = FeatureSpace.fromTexts(['feed my cat', 'walk my dog']);

function activeWordFeatures(text: string): string[] {
  const v = createSparseVector();
  space.vectorize(text, v);
  return [...v.ids.subarray(0, v.length)]
    .map((id) => space.names[id]!)
    .filter((name) => name.startsWith('w:'))
    .sort();
}

describe('FeatureSpace word features', () => {
  it('finds the unigrams and the bigrams with sentence markers', () => {
    expect(activeWordFeatures('Feed my dog')).toEqual(
      ['w:<s> feed', 'w:dog', 'w:dog </s>', 'w:feed', 'w:feed my', 'w:my', 'w:my dog'].sort(),
    );
  });

  it('forms no bigram across an unseen word', () => {
    expect(activeWordFeatures('feed zebra cat')).toEqual(['w:<s> feed', 'w:cat', 'w:cat </s>', 'w:feed']);
  });

  it('keeps counts, the char scale and the tokens of the utterance', () => {
    const v = createSparseVector();
    space.vectorize('my my cat', v);
    expect(v.tokens.slice(0, v.tokenCount)).toEqual(['my', 'my', 'cat']);
    expect(v.counts[[...v.ids.subarray(0, v.length)].indexOf(space.names.indexOf('w:my'))]).toBe(2);
    expect(v.charScale).toBeGreaterThan(0);
  });
});

describe('FeatureSpace.namesFromTables', () => {
  it('reads back every word and char feature, in id order, from the lookup tables alone', () => {
    const built = FeatureSpace.fromTexts(['feed my cat', 'walk my dog', '离岗 创业 社保']);
    const names = built.namesFromTables();
    expect([...names.word.map((f) => `w:${f}`), ...names.char.map((f) => `c:${f}`)]).toEqual(built.names);
  });
});

describe('FeatureSpace.fromTexts with a minimum document frequency', () => {
  it('keeps every word but only the word pairs and char n-grams found in enough texts', () => {
    const texts = ['feed my cat', 'feed my dog', 'walk the zebra'];
    const all = FeatureSpace.fromTexts(texts);
    const common = FeatureSpace.fromTexts(texts, 2);
    expect(common.names).toContain('w:zebra');
    expect(common.names).toContain('w:feed my');
    expect(common.names).not.toContain('w:the zebra');
    expect(common.names).toContain('c:fee');
    expect(common.names).not.toContain('c:zeb');
    expect(common.size).toBeLessThan(all.size);
  });
});
