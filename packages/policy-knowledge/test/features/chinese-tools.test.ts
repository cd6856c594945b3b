import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerEligibility,
  chineseCitationLabel,
  findModes,
  findTerm,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  matchNeeds,
  matchSituation,
  obligationsFor,
  startEligibility,
  type Citation,
  type EligibilityStep,
  type Knowledge,
} from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

const HAN = /\p{Script=Han}/u;
/** Two English words in a row: what a text left untranslated shows (a single Latin token, e.g. a date, is fine). */
const ENGLISH_WORDS = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/u;
const chinese = (text: string | undefined) => {
  expect(text).toMatch(HAN);
  expect(text).not.toMatch(ENGLISH_WORDS);
};
/** Chinese citations keep the verbatim English quote and carry the Chinese label answers use. */
const chineseCitations = (citations: readonly Citation[]) => {
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) {
    expect(citation.label).toBe(chineseCitationLabel(citation));
    expect(citation.quote).toBe(knowledge.clauses.get(citation.clause)?.text);
  }
};

function runInChinese(choices: string[]): EligibilityStep {
  let step: EligibilityStep = startEligibility(knowledge, 'zh');
  for (const choice of choices) {
    if (step.kind !== 'question') throw new Error(`no question left for ${choice}`);
    step = answerEligibility(knowledge, JSON.parse(JSON.stringify(step.state)), choice, 'zh');
  }
  return step;
}

describe('the tools in Chinese', () => {
  it('asks the eligibility questions in Chinese, with the same ids and state as in English', () => {
    const first = startEligibility(knowledge, 'zh');
    expect(first.prompt).toBe('以下哪一项符合您的情况？');
    expect(first.choices).toEqual([
      { id: 'research-staff', label: '高校或科研院所的专业技术人员' },
      { id: 'other-public-staff', label: '其他事业单位的技术人员' },
      { id: 'neither', label: '以上都不是' },
    ]);
    chinese(first.intro);
    expect(first.state).toEqual(startEligibility(knowledge).state);
  });

  it('reaches a Chinese verdict citing the English clauses under Chinese labels', () => {
    const verdict = runInChinese(['research-staff', 'leave-post', 'yes']);
    if (verdict.kind !== 'verdict') throw new Error(verdict.kind);
    expect(verdict.verdict).toBe('eligible');
    expect(verdict.text).toMatch(/^按照指导意见的条件，您符合要求。.*人事关系最长可以保留三年。/u);
    expect(verdict.citations.map((c) => c.clause)).toEqual(['3-2', '3-6', '3-19']);
    chineseCitations(verdict.citations);
  });

  it('says in Chinese what a "not sure" answer depends on, and why a tampered state restarts', () => {
    const depends = runInChinese(['other-public-staff', 'part-time', 'not-sure']);
    expect(depends.kind === 'verdict' && depends.dependsOn).toBe('企业的业务领域是否与您所在单位的领域相近');
    const invalid = answerEligibility(knowledge, { answers: { person: 'robot' } }, 'yes', 'zh');
    expect(invalid.kind === 'invalid' && invalid.message).toBe('这次检查保存的答案无效，检查将重新开始。');
    expect(invalid.kind === 'invalid' && invalid.restart.prompt).toBe('以下哪一项符合您的情况？');
  });

  it('writes every eligibility path in Chinese', () => {
    for (const person of ['research-staff', 'other-public-staff']) {
      for (const way of ['part-time', 'in-post-company', 'leave-post']) {
        for (const answer of ['yes', 'no', 'not-sure']) {
          const step = runInChinese([person, way, answer]);
          if (step.kind !== 'verdict') throw new Error(`${person} ${way} ${answer}: ${step.kind}`);
          chinese(step.text);
          if (step.dependsOn !== undefined) chinese(step.dependsOn);
        }
      }
    }
  });

  it('gives the leave timeline in Chinese, and says in Chinese why a date cannot be used', () => {
    const timeline = leaveTimeline(knowledge, '2025-09-01', 'zh');
    if (timeline.kind !== 'timeline') throw new Error(timeline.message);
    expect(timeline.text).toBe('如果您从 2025-09-01 开始离岗，您与学校的人事关系最长可以保留三年，即保留至 2028-09-01。');
    expect(timeline.before.map((e) => e.title)).toEqual(['提前返岗', '解除聘用合同', '返回时没有空缺岗位']);
    for (const line of [...timeline.before.map((e) => e.text), ...timeline.silent]) chinese(line);
    chineseCitations([...timeline.citations, ...timeline.before.flatMap((e) => e.citations)]);
    expect(leaveTimeline(knowledge, '2025-02-30', 'zh')).toEqual({
      kind: 'invalid-date',
      message: '2025-02-30 不是真实的日期：2025 年 2 月只有 28 天。',
    });
    expect(leaveTimeline(knowledge, '明天', 'zh')).toMatchObject({ message: '“明天”不是 YYYY-MM-DD 格式的日期（例如 2025-09-01）。' });
  });

  it('finds the modes for needs named in Chinese, titled and explained in Chinese', () => {
    expect(matchNeeds(knowledge, '我们需要技术支持，也想培训员工')).toEqual(['technical-support', 'staff-training']);
    expect(listNeeds(knowledge, 'zh').map((n) => n.label)).toEqual([
      '稳定的用人来源',
      '技术支持',
      '员工培训',
      '引进先进技术',
      '合作研发',
      '社会声誉',
    ]);
    const result = findModes(knowledge, ['technical-support', 'staff-training', 'social-reputation'], 'zh');
    expect(result.modes.map((m) => m.mode.title)).toEqual(['共建师资队伍', '大众创业、万众创新']);
    for (const reason of result.modes.flatMap((m) => m.reasons)) {
      chinese(reason.why);
      chineseCitations(reason.citations);
    }
    expect(result.unlinked[0]?.text).toMatch(/^论文把社会声誉列为/u);
  });

  it('matches a situation typed in Chinese and writes its checklist in Chinese', () => {
    expect(matchSituation(knowledge, '我们要聘用离岗创业的老师')).toBe('hiring-post-leaver');
    expect(matchSituation(knowledge, '老师离岗创业')).toBe('leave-post-company');
    expect(matchSituation(knowledge, '在岗创业')).toBe('in-post-company');
    expect(listSituations(knowledge, 'zh').map((s) => s.title)).toEqual([
      '聘用离岗教师或与其合作',
      '教师离岗创业',
      '教师在岗创业',
      '教师到企业兼职或开展项目合作',
    ]);
    const checklist = obligationsFor(knowledge, 'leave-post-company', 'enterprise', 'zh');
    expect(checklist?.items[0]).toMatchObject({
      party: 'enterprise',
      action: '教师创办的企业或教师所工作的企业，依法为教师缴纳工伤保险费。',
    });
    for (const item of checklist?.items ?? []) chinese(item.action);
    chineseCitations(checklist?.items.flatMap((i) => i.citations) ?? []);
    chinese(checklist?.note?.text);
    expect(checklist?.related.map((t) => t.title)).toEqual(['离岗创业', '离岗后保留哪些待遇', '最长三年保留人事关系']);
  });

  it('looks a term up by its Chinese name and shows it in Chinese, without repeating the name as an alias', () => {
    const term = findTerm(knowledge, '岗位总量', 'zh');
    expect(term).toMatchObject({ id: 'total-staffing', term: '岗位总量' });
    expect(term?.definition).toMatch(/^一个单位可以聘用的人员总数。/u);
    expect(findTerm(knowledge, 'bianzhi', 'zh')?.term).toBe('岗位总量');
    const social = findTerm(knowledge, '社会保险', 'zh');
    expect(social?.id).toBe('social-insurance');
    expect(findTerm(knowledge, '人事关系', 'zh')?.aliases).not.toContain('人事关系');
    for (const entry of listGlossary(knowledge, 'zh')) {
      chinese(entry.term);
      chinese(entry.definition);
      chineseCitations(entry.citations);
    }
  });
});
