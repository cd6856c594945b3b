import { answerEligibility, loadAdvisor, startEligibility, type EligibilityStep, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { MAX_VIEW_BLOCKS } from '../../src/render/limits.js';
import { CHECK_TITLE, renderEligibilityModal, VERDICT_HEADINGS } from '../../src/render/render-eligibility.js';
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
      const view = renderEligibilityModal(step);
      const metadata = view.private_metadata ?? '';
      const where = path.join(' → ') || 'start';
      return [
        ...blockKitViolations(view.blocks as Block[], MAX_VIEW_BLOCKS).map((p) => `${where}: ${p}`),
        ...(metadata.length > 3000 || JSON.stringify(step.kind === 'invalid' ? {} : step.state) !== metadata ? [`${where}: metadata`] : []),
      ];
    });
    expect(problems).toEqual([]);
    const verdicts = steps.flatMap(({ step }) => (step.kind === 'verdict' ? [step.verdict] : []));
    expect(new Set(verdicts)).toEqual(new Set(['eligible', 'not-eligible', 'depends']));
  });

  it('shows each verdict with its heading, what it depends on, and every clause used quoted in full', () => {
    const verdicts = walk(startEligibility(knowledge)).flatMap(({ step }) => (step.kind === 'verdict' ? [step] : []));
    for (const verdict of verdicts) {
      const json = JSON.stringify(renderEligibilityModal(verdict));
      expect(json).toContain(VERDICT_HEADINGS[verdict.verdict]);
      if (verdict.dependsOn !== undefined) expect(json).toContain('Depends on:');
      expect(verdict.citations.length).toBeGreaterThan(0);
      for (const citation of verdict.citations) expect(json).toContain(`clause ${citation.clause}*`);
      expect(json).toContain('check_restart');
    }
  });

  it('offers each choice of a question as its own button carrying the choice id', () => {
    const first = startEligibility(knowledge);
    const view = renderEligibilityModal(first);
    expect(view.title.text).toBe(CHECK_TITLE);
    const values = (view.blocks as Block[]).flatMap((b) =>
      b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory.value] : [],
    );
    expect(values).toEqual(first.choices.map((c) => c.id));
    expect(JSON.stringify(view)).toContain(first.choices[0]?.label);
  });

  it('says so and starts again when the saved state was tampered with', () => {
    const view = renderEligibilityModal(answerEligibility(knowledge, { answers: { person: 'wizard' } }, 'yes'));
    expect(JSON.stringify(view.blocks[0])).toContain(':warning:');
    expect(view.private_metadata).toBe(JSON.stringify({ answers: {} }));
  });
});
