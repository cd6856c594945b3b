import {
  answerEligibility,
  chineseCitationLabel,
  listNeeds,
  loadAdvisor,
  startEligibility,
  type EligibilityFile,
  type EligibilityStep,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyFromCheck } from '../src/check-reply.js';
import { blocksOf, type Reply } from '../src/reply.js';
import { replyFromTool } from '../src/tool-reply.js';
import { runTool, type ToolRequest } from '../src/tools.js';
import { toolWording } from '../src/tool-wording.js';

let knowledge: Knowledge;
let file: EligibilityFile;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
  file = knowledge.features.eligibility!;
});

const ZH = toolWording('zh');
const HAN = /\p{Script=Han}/u;
/** Two English words in a row: a text left in English (a date, a clause id or "YYYY-MM-DD" alone is fine). */
const ENGLISH_WORDS = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/u;

/** Every text of a reply a person reads, but the clauses' quotes (English by design) and a term's everyday words. */
function readTexts(reply: Reply): string[] {
  return [
    reply.title,
    reply.summary,
    ...reply.blocks.flatMap((block): string[] => {
      switch (block.type) {
        case 'paragraph':
          return [
            block.text
              .split('\n')
              .filter((line) => !line.startsWith(ZH.glossary.alsoSaidAs))
              .join('\n'),
          ];
        case 'fields':
          return block.items.flatMap((item) => [item.name, item.text.startsWith(ZH.glossary.alsoSaidAs) ? '' : item.text]);
        case 'picker':
          return [block.label, ...block.options.map((option) => option.label)];
        case 'actions':
          return [block.label, ...block.topics.map((topic) => topic.title)];
        case 'citation':
          return [block.citation.label ?? ''];
        default:
          return [];
      }
    }),
  ].filter((text) => text !== '');
}

/** The reply is Chinese: lang zh, every text read is Chinese, each quote English under the Chinese label. */
function expectChinese(reply: Reply): void {
  expect(reply.lang).toBe('zh');
  for (const text of readTexts(reply)) {
    expect(text).toMatch(HAN);
    expect(text).not.toMatch(ENGLISH_WORDS);
  }
  for (const { citation } of blocksOf(reply, 'citation')) {
    expect(citation.label).toBe(chineseCitationLabel(citation));
    expect(citation.quote).toBe(knowledge.clauses.get(citation.clause)?.text);
  }
  for (const item of blocksOf(reply, 'fields').flatMap((block) => block.items)) {
    for (const citation of item.citations) expect(citation.label).toBe(chineseCitationLabel(citation));
  }
}

const zhReply = (request: ToolRequest, audience: 'teacher' | 'enterprise' = 'teacher') =>
  replyFromTool(runTool(knowledge, request, audience, 'zh'), audience, 'zh');

describe('tool replies in Chinese', () => {
  it('writes the leave timeline in Chinese, with its dates as given', () => {
    const reply = zhReply({ tool: 'timeline', date: '2025-09-01' });
    expectChinese(reply);
    expect(reply.title).toBe('自 2025-09-01 起的离岗时间线');
    expect(blocksOf(reply, 'fields')[0]?.items.map((item) => item.name)).toEqual([
      '保留至 2028-09-01',
      '2028-09-01 之前：提前返岗',
      '2028-09-01 之前：解除聘用合同',
      '2028-09-01 之前：返回时没有空缺岗位',
      '指导意见未说明的事项',
    ]);
  });

  it('asks for the date again in Chinese when it cannot be used, and when none was given', () => {
    const invalid = zhReply({ tool: 'timeline', date: '2025-13-01' });
    expectChinese(invalid);
    expect(invalid.summary).toBe('2025-13-01 不是真实的日期：没有 13 月。');
    expect(blocksOf(invalid, 'picker')[0]?.label).toBe(ZH.timeline.askDate);
    expectChinese(zhReply({ tool: 'timeline' }));
  });

  it('writes the modes for all needs in Chinese, joining the needs the Chinese way', () => {
    const reply = zhReply({ tool: 'modes', needs: listNeeds(knowledge).map((need) => need.id) }, 'enterprise');
    expectChinese(reply);
    expect(blocksOf(reply, 'paragraph')[0]?.text).toMatch(/^以下是满足“[^”]*技术支持、员工培训、[^”]*稳定的用人来源/u);
    expect(blocksOf(reply, 'fields')[0]?.items.map((item) => item.name)).toContain('社会声誉：没有特定的模式');
    expect(blocksOf(reply, 'actions')[0]?.topics.map((topic) => topic.title)).toContain('订单式培养');
  });

  it('offers the needs in Chinese when the words typed match none', () => {
    const reply = zhReply({ tool: 'modes', needs: [], asked: '咖啡机' }, 'enterprise');
    expectChinese(reply);
    expect(blocksOf(reply, 'paragraph')[0]?.text).toBe('我没能判断“咖啡机”指的是哪些需求。');
  });

  it('writes every checklist in Chinese, the asker’s party first', () => {
    for (const situation of ['hiring-post-leaver', 'leave-post-company', 'in-post-company', 'part-time']) {
      expectChinese(zhReply({ tool: 'obligations', situation }, 'enterprise'));
    }
    const hiring = zhReply({ tool: 'obligations', situation: 'hiring-post-leaver' }, 'enterprise');
    expect(hiring.title).toBe('聘用离岗教师或与其合作');
    expect(blocksOf(hiring, 'fields')[0]?.items.map((item) => item.name)).toEqual(['企业', '企业', '学校', '学校', '学校', '教师', '教师']);
    const picker = zhReply({ tool: 'obligations', asked: '别的情况' });
    expectChinese(picker);
    expect(blocksOf(picker, 'picker')[0]?.options.map((option) => option.label)).toContain('教师离岗创业');
  });

  it('explains a term in Chinese, lists the glossary in Chinese and says in Chinese when a word is not in it', () => {
    const term = zhReply({ tool: 'glossary', asked: '编制' });
    expectChinese(term);
    expect(term.title).toBe('岗位总量');
    expect(blocksOf(term, 'paragraph')[0]?.text).toMatch(/\n又称：bianzhi, 编制/u);
    expectChinese(zhReply({ tool: 'glossary' }));
    const miss = zhReply({ tool: 'glossary', asked: '量子' });
    expectChinese(miss);
    expect(miss.summary).toBe('术语表里没有“量子”。');
  });

  it('says in Chinese that a tool is off', () => {
    expect(replyFromTool({ kind: 'feature-off' }, 'teacher', 'zh')).toMatchObject({ lang: 'zh', summary: ZH.featureOff });
  });
});

describe('the eligibility check in Chinese', () => {
  it('asks each question and gives the verdict in Chinese, listing the answers given in Chinese', () => {
    let step: EligibilityStep = startEligibility(knowledge, 'zh');
    expectChinese(replyFromCheck(step, file, 'zh'));
    for (const choice of ['research-staff', 'in-post-company', 'not-sure']) {
      if (step.kind !== 'question') throw new Error(step.kind);
      step = answerEligibility(knowledge, step.state, choice, 'zh');
      expectChinese(replyFromCheck(step, file, 'zh'));
    }
    const verdict = replyFromCheck(step, file, 'zh');
    expect(verdict.title).toBe('取决于公司的创业项目是否与您在单位所从事的专业相关');
    expect(blocksOf(verdict, 'fields')[0]?.items[0]).toMatchObject({
      name: '您的回答',
      text: [
        '- 以下哪一项符合您的情况？高校或科研院所的专业技术人员',
        '- 您想以哪种方式参与创新创业？在岗创业：不离开岗位，创办公司',
        '- 公司的创业项目与您在单位所从事的专业相关吗？不确定',
      ].join('\n'),
    });
  });
});
