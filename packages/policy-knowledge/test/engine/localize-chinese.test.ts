import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type AdvisorResult, type Knowledge } from '../../src/index.js';
import { localizeChinese } from '../../src/engine/localize-chinese.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

const base = { question: '问题', alternatives: [], knowledgeVersion: 'k-1', lang: 'en' as const };

describe('localizeChinese', () => {
  it('asks which topic was meant in Chinese, with Chinese titles', () => {
    const clarify: AdvisorResult = {
      ...base,
      kind: 'clarify',
      text: 'Which did you mean?',
      candidates: [
        { id: 'leave.social-insurance', title: 'Social insurance', confidence: 0.4 },
        { id: 'leave.injury-insurance', title: 'Injury', confidence: 0.4 },
      ],
    };
    const result = localizeChinese(clarify, knowledge, 'teacher');
    const pension = '离岗期间的社会保险（养老保险）';
    expect(result).toMatchObject({ lang: 'zh', candidates: [{ title: pension }, { title: '工伤保险' }] });
    expect(result.text).toBe(`您的问题可能有几种意思。您指的是哪一个？\n\n1. ${pension}\n2. 工伤保险`);
  });

  it('refuses and declines in Chinese', () => {
    expect(localizeChinese({ ...base, kind: 'refuse', because: 'it asks to forge', text: "I can't" }, knowledge, undefined)).toMatchObject({
      lang: 'zh',
      text: expect.stringMatching(/^这个我不能帮忙。/),
    });
    const empty = localizeChinese({ ...base, kind: 'unknown', reason: 'empty', text: 'Please type', nearest: [] }, knowledge, undefined);
    expect(empty).toMatchObject({ lang: 'zh', text: '请输入一个关于指导意见或校企合作的问题。' });
  });

  it('gives the topic text in the audience’s Chinese wording when no fact was used', () => {
    const topic = knowledge.topicById.get('leave.three-years')!;
    const answer: AdvisorResult = {
      ...base,
      kind: 'answer',
      text: topic.answer,
      topic: { id: topic.id, title: topic.title, category: topic.category },
      confidence: 1,
      citations: [],
      related: [],
      followUps: ['How long?'],
      verdict: null,
      facts: [],
    };
    const result = localizeChinese(answer, knowledge, 'enterprise');
    expect(result).toMatchObject({ lang: 'zh', text: knowledge.zh!.topics.get('leave.three-years')!.enterprise, followUps: [] });
  });
});
