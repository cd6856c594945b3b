import { answerEligibility, loadAdvisor, startEligibility, type EligibilityStep, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { MAX_VIEW_BLOCKS } from '../../src/render/limits.js';
import { CHECK_WORDING, verdictTitle } from '@cobridge/reply';
import { renderEligibilityModal } from '../../src/render/render-eligibility.js';
import { blockKitViolations } from './block-kit-violations.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
});

/** Every step reachable from the first question, with the choices that led there. */
function walk(step: EligibilityStep, path: string[] = []): { step: EligibilityStep; path: string[] }[] {
  if (step.kind !== 'question') return [{ step, path }];
  return [
    { step, path },
    ...step.choices.flatMap((choice) => walk(answerEligibility(knowledge, step.state, choice.id), [...path, choice.id])),
  ];
}

describe('the eligibility check modal', () => {
  it('renders every question and every verdict path within Block Kit limits, with state in private_metadata', () => {
    const steps = walk(startEligibility(knowledge));
    const problems = steps.flatMap(({ step, path }) => {
      const view = renderEligibilityModal(knowledge, step, 'en');
      const metadata = view.private_metadata ?? '';
      const where = path.join(' → ') || 'start';
      return [
        ...blockKitViolations(view.blocks as Block[], MAX_VIEW_BLOCKS).map((p) => `${where}: ${p}`),
        ...(metadata.length > 3000 || JSON.stringify({ ...(step.kind === 'invalid' ? {} : step.state), lang: 'en' }) !== metadata
          ? [`${where}: metadata`]
          : []),
      ];
    });
    expect(problems).toEqual([]);
    const verdicts = steps.flatMap(({ step }) => (step.kind === 'verdict' ? [step.verdict] : []));
    expect(new Set(verdicts)).toEqual(new Set(['eligible', 'not-eligible', 'depends']));
  });

  it('shows each verdict with its heading (saying what it depends on), the answers given and every clause used', () => {
    const verdicts = walk(startEligibility(knowledge)).flatMap(({ step }) => (step.kind === 'verdict' ? [step] : []));
    for (const verdict of verdicts) {
      const json = JSON.stringify(renderEligibilityModal(knowledge, verdict, 'en'));
      expect(json).toContain(verdictTitle(verdict, 'en'));
      if (verdict.dependsOn !== undefined) expect(json).toContain(`It depends on ${verdict.dependsOn}`);
      expect(json).toContain('*Your answers*');
      expect(verdict.citations.length).toBeGreaterThan(0);
      for (const citation of verdict.citations) expect(json).toContain(`clause ${citation.clause}*`);
      expect(json).toContain('check_restart');
    }
  });

  it('offers each choice of a question as its own button carrying the choice id', () => {
    const first = startEligibility(knowledge);
    const view = renderEligibilityModal(knowledge, first, 'en');
    expect(view.title.text).toBe(CHECK_WORDING.title);
    const values = (view.blocks as Block[]).flatMap((b) =>
      b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory.value] : [],
    );
    expect(values).toEqual(first.choices.map((c) => c.id));
    expect(JSON.stringify(view)).toContain(first.choices[0]?.label);
  });

  it('says so and starts again when the saved state was tampered with', () => {
    const step = answerEligibility(knowledge, { answers: { person: 'wizard' } }, 'yes');
    if (step.kind !== 'invalid') throw new Error(step.kind);
    const view = renderEligibilityModal(knowledge, step, 'en');
    expect(JSON.stringify(view.blocks[0])).toContain(JSON.stringify(step.message).slice(1, -1));
    expect(view.private_metadata).toBe(JSON.stringify({ answers: {}, lang: 'en' }));
  });

  it('runs in Chinese within Block Kit limits: Chinese title, question, choices and buttons, the language kept in the metadata', () => {
    const first = startEligibility(knowledge, 'zh');
    const view = renderEligibilityModal(knowledge, first, 'zh');
    expect(view.title.text).toBe('资格检查');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ answers: {}, lang: 'zh' });
    const text = JSON.stringify(view);
    expect(text).toContain('以下哪一项符合您的情况？');
    expect(text).toContain('"text":"选择"');
    expect(text).not.toContain('Choose');
    const steps: EligibilityStep[] = [first];
    for (const choice of ['other-public-staff', 'part-time', 'yes']) {
      const last = steps.at(-1);
      if (last?.kind !== 'question') throw new Error('no question');
      steps.push(answerEligibility(knowledge, last.state, choice, 'zh'));
    }
    const verdict = renderEligibilityModal(knowledge, steps.at(-1)!, 'zh');
    expect(blockKitViolations(verdict.blocks as Block[], MAX_VIEW_BLOCKS)).toEqual([]);
    const shown = JSON.stringify(verdict);
    expect(shown).toContain('按照指导意见的条件，符合要求');
    expect(shown).toContain('*您的回答*');
    expect(shown).toContain('引用：第 3 节，第 3-4 条（原文为英文）');
    expect(shown).toContain('重新开始检查');
  });
});
