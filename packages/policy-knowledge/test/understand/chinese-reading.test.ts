import { describe, expect, it } from 'vitest';
import { chineseQuestionType } from '../../src/understand/chinese-question-type.js';
import { isChinese, isChineseFragment, splitChineseQuestion } from '../../src/understand/chinese-language.js';
import { ChineseConceptFinder } from '../../src/understand/chinese-concepts.js';
import { chineseAskedActor } from '../../src/understand/chinese-actor.js';
import { questionType } from '../../src/understand/question-type.js';

describe('isChinese', () => {
  it.each([
    ['离岗创业期间社保怎么办？', true],
    ['离岗期间我的shebao还在学校交吗', true],
    ['off post 的时候 gongshang 保险谁负责', true],
    ['does my 社保 stay with the school while I am on leave?', false],
    ['income distribution谁跟谁签agreement', true],
    ['work injury insurance 是 startup 公司交吧', true],
    ['what is 离岗创业 and who pays the insurance', false],
    ['do I keep my pension?', false],
    ['吗', false],
  ])('reads "%s" as Chinese: %s', (question, chinese) => {
    expect(isChinese(question)).toBe(chinese);
  });
});

describe('chineseQuestionType', () => {
  it.each([
    ['离岗创业的话学校还给我交养老保险吗', 'yes-no'],
    ['我能不能在岗创业', 'yes-no'],
    ['离岗这几年我还能评职称吗', 'yes-no'],
    ['工伤险谁交', 'who'],
    ['人事关系最多保留几年', 'how-long'],
    ['人事关系是不是最多保留三年', 'yes-no'],
    ['离岗创业考核优秀不占学校优秀比例 是这样吧', 'yes-no'],
    ['离岗老师的工伤保险是公司付吧', 'yes-no'],
    ['离岗创业最长三年', 'how-long'],
    ['离岗那几年学校的奖励我还有份没', 'yes-no'],
    ['shebao 和 gongshangxian 都是学校交？', 'yes-no'],
    ['可以 early return 吗 不想等满三年', 'yes-no'],
    ['收益分成比例是多少', 'how-much'],
    ['指导意见什么时候发布的', 'when'],
    ['为什么要设置条件', 'why'],
    ['工伤险是学校交还是公司交', 'choice'],
    ['离岗创业期间社保怎么办', 'how'],
    ['双创模式是什么', 'what'],
  ])('"%s" asks for %s', (question, type) => {
    expect(chineseQuestionType(question)).toBe(type);
    expect(questionType(question)).toBe(type);
  });
});

describe('splitChineseQuestion and isChineseFragment', () => {
  it('splits at full-width and ASCII question marks, gluing a short tail to its neighbour', () => {
    const question = '离岗最多几年？工伤险谁交?好吗';
    expect(splitChineseQuestion(question)).toEqual(['离岗最多几年？', '工伤险谁交?好吗']);
    expect(splitChineseQuestion('离岗创业期间社保怎么办')).toEqual(['离岗创业期间社保怎么办']);
  });

  it('reads short or dependent parts as fragments', () => {
    expect(isChineseFragment('那多久呢？')).toBe(true);
    expect(isChineseFragment('如果提前回来，学校没有空岗位怎么办')).toBe(true);
    expect(isChineseFragment('离岗创业期间社保由谁来交')).toBe(false);
  });
});

describe('ChineseConceptFinder', () => {
  const kinds = new Map([
    ['leave', 'situation'],
    ['in-post', 'situation'],
    ['enterprise', 'party'],
    ['social-insurance', 'aspect'],
  ]);
  const finder = new ChineseConceptFinder(
    { leave: ['离岗'], 'in-post': ['不离岗', '在岗'], enterprise: ['公司'], 'social-insurance': ['社保', '社会保险'] },
    kinds,
  );
  const concepts = (text: string, audience?: 'teacher' | 'enterprise') => finder.find(text, audience).map((m) => m.concept);

  it('finds phrases inside unspaced text, longest first, in order of mention', () => {
    expect(concepts('离岗以后社会保险谁交')).toEqual(['leave', 'social-insurance']);
    expect(concepts('不离岗开公司可以吗')).toEqual(['in-post', 'enterprise']);
  });

  it('reads 我们 as the enterprise only when an enterprise contact asks', () => {
    expect(concepts('我们要交社保吗', 'enterprise')).toEqual(['enterprise', 'social-insurance']);
    expect(concepts('我们要交社保吗', 'teacher')).toEqual(['social-insurance']);
  });

  it('drops a situation named only to be denied', () => {
    expect(concepts('没离岗的话社保呢')).toEqual(['social-insurance']);
  });
});

describe('chineseAskedActor', () => {
  it.each([
    ['工伤险是学校出吗', 'teacher', 'school'],
    ['学校还给我交养老保险吗', 'teacher', 'school'],
    ['养老保险要我自己交吗', 'teacher', 'teacher'],
    ['我们要给离岗老师交工伤险吗', 'enterprise', 'enterprise'],
    ['我们要给离岗老师交工伤险吗', 'teacher', undefined],
    ['我出去创业学校还管吗', 'teacher', 'school'],
    ['我能评职称吗', 'teacher', undefined],
  ] as const)('"%s" asked by a %s makes the %s the doer', (question, audience, actor) => {
    expect(chineseAskedActor(question, audience)).toBe(actor);
  });
});
