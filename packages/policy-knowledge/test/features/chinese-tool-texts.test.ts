import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

/** Every English text of the feature files with its Chinese (`zh.x` beside `x`; a list line by line), keywords aside. */
function textPairs(node: unknown, path: string, pairs: [string, string, string][] = []): [string, string, string][] {
  if (Array.isArray(node)) node.forEach((item, i) => textPairs(item, `${path}.${i}`, pairs));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const zh = (record.zh ?? {}) as Record<string, string | string[]>;
    for (const [key, chinese] of Object.entries(zh)) {
      if (key === 'keywords') continue;
      const english = record[key] as string | string[];
      if (Array.isArray(chinese)) chinese.forEach((line, i) => pairs.push([`${path}.${key}.${i}`, String(english[i]), line]));
      else pairs.push([`${path}.${key}`, String(english), chinese]);
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'zh') textPairs(value, `${path}.${key}`, pairs);
  }
  return pairs;
}

describe('the Chinese texts of the feature files', () => {
  it('has a Chinese text for each of the 125 English texts a tool shows', () => {
    expect(textPairs(knowledge.features, 'features')).toHaveLength(125);
  });

  it('writes each in Chinese: no Latin letters but the date placeholders', () => {
    for (const [path, , chinese] of textPairs(knowledge.features, 'features')) {
      expect(chinese.replace(/\{(?:start|end)\}/gu, ''), path).not.toMatch(/[A-Za-z]/u);
    }
  });

  it('uses the fixed Chinese term wherever the English uses a fixed term', () => {
    // "salary, medical treatment and other treatment" is 工资、医疗等待遇, as in the answers (docs/decisions/0005).
    const terms = knowledge.zh!.terms.filter((term) => term.en !== 'medical treatment');
    for (const [path, english, chinese] of textPairs(knowledge.features, 'features')) {
      for (const term of terms) {
        if (english.toLowerCase().includes(term.en.toLowerCase())) expect(chinese, `${path}: "${term.en}" → ${term.zh}`).toContain(term.zh);
      }
    }
  });

  it('keeps every {start} and {end} of the English in the Chinese', () => {
    for (const [path, english, chinese] of textPairs(knowledge.features, 'features')) {
      for (const slot of english.match(/\{(?:start|end)\}/gu) ?? []) expect(chinese, path).toContain(slot);
    }
  });
});
