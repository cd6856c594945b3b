import { beforeAll, describe, expect, it } from 'vitest';
import { answerSections, loadAdvisor, translateTerm, type Advisor, type AnswerResult } from '../../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

const answered = (question: string, audience: 'teacher' | 'enterprise' = 'teacher'): AnswerResult => {
  const result = advisor.ask(question, { audience });
  if (result.kind !== 'answer') throw new Error(`expected an answer to "${question}", got ${result.kind}: ${result.text}`);
  return result;
};

describe('questions asked in Chinese', () => {
  it.each([
    ['离岗创业期间社保怎么办？', 'leave.social-insurance', '3-10'],
    ['提前回学校的话没有空岗位怎么办', 'leave.no-vacancy', '3-22'],
    ['双创模式是什么', 'modes.mass-innovation', '4.6-1'],
  ])('answers "%s" in Chinese from %s, citing %s', (question, topic, clause) => {
    const result = answered(question);
    expect(result.lang).toBe('zh');
    expect(result.topic.id).toBe(topic);
    expect(result.topic.title).toMatch(/\p{Script=Han}/u);
    expect(result.text).toMatch(/^[^a-z]*\p{Script=Han}/iu);
    expect(result.citations.map((c) => c.clause)).toContain(clause);
  });

  it('opens a yes/no answer with the Chinese verdict line, which every surface sets apart', () => {
    const result = answered('离岗创业的话学校还给我交养老保险吗');
    expect(result.verdict).toBe('yes');
    expect(result.text.startsWith('是。')).toBe(true);
    expect(answerSections(result)[0]).toMatchObject({ verdict: '是。', body: expect.stringContaining('社会保险') });
  });

  it('answers the enterprise in its own wording, reading 我们 as the enterprise', () => {
    const result = answered('咱们公司要给离岗的老师交工伤险吗', 'enterprise');
    expect(result.verdict).toBe('yes');
    expect(result.text).toContain('贵企业');
  });

  it('says 否 when the question names the wrong payer', () => {
    expect(answered('我离岗创业的话工伤险是学校出吗').text.startsWith('否。')).toBe(true);
  });

  it('keeps the source quote in English under a Chinese label', () => {
    const [citation] = answered('离岗创业期间社保怎么办？').citations;
    expect(citation?.label).toBe('引用：第 3 节，第 3-10 条（原文为英文）');
    expect(citation?.quote).toMatch(/social insurance/i);
  });

  it('reads a question mixing Chinese with English words and pinyin', () => {
    const result = answered('off post 的时候 gongshang 保险谁负责');
    expect(result.lang).toBe('zh');
    expect(result.citations.map((c) => c.clause)).toContain('3-11');
  });

  it('answers each question of a Chinese message on its own', () => {
    const result = answered('离岗最多几年？工伤险谁交？');
    expect(result.parts?.map((p) => p.intent)).toEqual(['leave.three-years', 'leave.injury-insurance']);
    expect(result.lang).toBe('zh');
  });

  it('declines what the guidance does not cover in Chinese, with Chinese topic titles', () => {
    const result = advisor.ask('今天天气怎么样');
    expect(result).toMatchObject({ kind: 'unknown', lang: 'zh' });
    expect(result.text).toMatch(/^我不知道/);
    if (result.kind === 'unknown') for (const topic of result.nearest) expect(topic.title).toMatch(/\p{Script=Han}/u);
  });

  it('still answers English questions in English', () => {
    const result = advisor.ask('do I keep my pension if I leave to start a company?');
    expect(result.lang).toBe('en');
    expect(result.text.startsWith('Yes.')).toBe(true);
  });

  it('looks terms up both ways in the fixed terminology', () => {
    expect(translateTerm(advisor.knowledge, 'work-related injury insurance')).toBe('工伤保险');
    expect(translateTerm(advisor.knowledge, '离岗创业')).toBe('leaving the post to start a business');
    expect(translateTerm(advisor.knowledge, '社保')).toBe('social insurance');
  });
});
