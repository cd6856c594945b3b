import { describe, expect, it } from 'vitest';
import { blindItemSchema, judgeBlindItem, type AdvisorResult } from '../src/index.js';

const item = blindItemSchema.parse({
  id: 'Z-1',
  category: 'mixed',
  question: '离岗期间 shebao 谁交',
  audience: 'teacher',
  conversation: null,
  lang: 'zh',
  expect: { kind: 'unknown', verdict: null, clauses: [] },
  reference: '',
});
const declined = (lang: 'en' | 'zh'): AdvisorResult => ({
  kind: 'unknown',
  question: item.question,
  reason: 'out-of-scope',
  text: '…',
  nearest: [],
  alternatives: [],
  knowledgeVersion: 'k-1',
  lang,
});

describe('judgeBlindItem with a language', () => {
  it('counts an item right only when it is answered in its language', () => {
    expect(judgeBlindItem(item, declined('zh'))).toMatchObject({ right: true, langChecked: true, langRight: true });
    expect(judgeBlindItem(item, declined('en'))).toMatchObject({ right: false, langRight: false, why: 'answered in en, not zh' });
  });

  it('checks no language for an item without one', () => {
    const { lang: _, ...english } = item;
    expect(judgeBlindItem(english, declined('en'))).toMatchObject({ right: true, langChecked: false });
  });
});
