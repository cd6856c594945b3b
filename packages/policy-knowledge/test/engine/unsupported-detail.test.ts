import { beforeAll, describe, expect, it } from 'vitest';
import { asksUnmentionedBenefit, asksUnmentionedPayment, namesFigure } from '../../src/engine/unsupported-detail.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Fact, type Knowledge } from '../../src/index.js';

describe('namesFigure', () => {
  it.each([
    'is the premium 1% of salary?',
    'can I work 10 hours a week?',
    '学校一般是不是能分三成左右',
    '收益一般几几开',
    '每月补贴五千块吗',
    '占百分之几',
  ])('finds a figure in "%s"', (question) => {
    expect(namesFigure(question)).toBe(true);
  });

  it.each(['can I leave for three years?', '离岗创业最长几年', '成果归谁', '开公司要什么条件'])('finds none in "%s"', (question) => {
    expect(namesFigure(question)).toBe(false);
  });
});

describe('asksUnmentionedBenefit', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  });
  const fact = (id: string): Fact => knowledge.factById.get(id)!;

  it('finds a grant, a loan or equity the fact and its clauses never mention', () => {
    expect(asksUnmentionedBenefit(knowledge, 'do I get a start-up grant if I leave?', fact('ways.leave-post.sci-tech'))).toBe(true);
    expect(asksUnmentionedBenefit(knowledge, 'and would we get equity?', fact('ways.leave-post.sci-tech'))).toBe(true);
    expect(asksUnmentionedBenefit(knowledge, 'any tax breaks for us?', fact('ways.leave-post.sci-tech'))).toBe(true);
  });

  it('finds none in a question naming no benefit', () => {
    expect(asksUnmentionedBenefit(knowledge, 'can I leave my post to start a company?', fact('ways.leave-post.sci-tech'))).toBe(false);
  });

  it('finds a payment asked of a fact that speaks of no money, but not of one that does, nor "pays off"', () => {
    expect(asksUnmentionedPayment(knowledge, 'do we pay the students?', fact('modes.mass-innovation.return-or-stay'))).toBe(true);
    expect(asksUnmentionedPayment(knowledge, 'do we have to pay his injury insurance?', fact('leave.injury-insurance.enterprise'))).toBe(
      false,
    );
    expect(
      asksUnmentionedPayment(knowledge, 'does cooperation pay off for firms like us?', fact('problems.unbalanced-interests.who-benefits')),
    ).toBe(false);
  });
});
