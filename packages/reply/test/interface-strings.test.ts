import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { interfaceLang, interfaceStrings } from '../src/interface-strings.js';
import { errorReply, limitedReply } from '../src/notices.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('interfaceLang', () => {
  it('reads the Chinese platform locales as Chinese, others as English, and falls back when there is none', () => {
    expect(['zh-CN', 'zh-TW', 'zh_HK', 'zh'].map((locale) => interfaceLang(locale))).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en-US', 'en-GB', 'ja', 'zu'].map((locale) => interfaceLang(locale))).toEqual(['en', 'en', 'en', 'en']);
    expect(interfaceLang(undefined, 'zh')).toBe('zh');
    expect(interfaceLang('', 'en')).toBe('en');
  });
});

describe('interface strings', () => {
  it('has a Chinese text for every English one', () => {
    const english = interfaceStrings('en');
    const chinese = interfaceStrings('zh');
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(chinese.help).sort()).toEqual(Object.keys(english.help).sort());
    for (const text of [
      chinese.apology,
      chinese.featureOff,
      chinese.help.intro,
      ...Object.values(chinese.offers),
      ...Object.values(chinese.tools),
    ])
      expect(text).toMatch(/\p{Script=Han}/u);
  });

  it('words notices in the interface language and marks their language', () => {
    expect(limitedReply(2.1, 'zh')).toMatchObject({
      lang: 'zh',
      title: '请稍等',
      summary: '您提问太快了，我一时跟不上。请等大约 3 秒后再问。',
    });
    expect(errorReply('zh')).toMatchObject({ lang: 'zh', title: '出错了' });
    expect(limitedReply(2.1).lang).toBe('en');
  });

  it('offers Chinese example questions that are answered in Chinese, on a topic', () => {
    const { examples } = interfaceStrings('zh');
    for (const audience of ['teacher', 'enterprise'] as const) {
      for (const example of examples[audience]) {
        const result = advisor.ask(example.question, { audience });
        expect(result.kind, example.question).toBe('answer');
        expect(result.lang, example.question).toBe('zh');
      }
    }
  });
});
