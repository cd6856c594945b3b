import { answerEligibility, loadAdvisor, startEligibility, type EligibilityFile, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyFromCheck, verdictTitle } from '../src/check-reply.js';
import { blocksOf } from '../src/reply.js';
import { CHECK_WORDING } from '../src/tool-wording.js';

let knowledge: Knowledge;
let file: EligibilityFile;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
  if (knowledge.features.eligibility === undefined) throw new Error('no eligibility file');
  file = knowledge.features.eligibility;
});

describe('replyFromCheck', () => {
  it('asks the first question after the check’s introduction, its choices as a picker', () => {
    const step = startEligibility(knowledge);
    const reply = replyFromCheck(step, file, 'en');
    expect(reply).toMatchObject({ tone: 'clarify', title: CHECK_WORDING.title, rateable: false });
    expect(blocksOf(reply, 'paragraph').map((b) => b.text)).toEqual([step.intro]);
    expect(blocksOf(reply, 'picker')[0]).toMatchObject({ pick: 'answer', label: step.prompt });
    expect(blocksOf(reply, 'picker')[0]?.options.map((o) => o.id)).toEqual(step.choices.map((c) => c.id));
    expect(blocksOf(reply, 'fields')).toEqual([]);
  });

  it('lists the answers given so far under a later question', () => {
    const first = startEligibility(knowledge);
    const choice = first.choices[0];
    const second = answerEligibility(knowledge, first.state, choice?.id ?? '');
    if (second.kind !== 'question') throw new Error(second.kind);
    const [answers] = blocksOf(replyFromCheck(second, file, 'en'), 'fields');
    expect(answers?.items).toEqual([{ name: CHECK_WORDING.yourAnswers, text: `- ${first.prompt} ${choice?.label ?? ''}`, citations: [] }]);
  });

  it('titles a verdict by what it depends on and quotes every clause used', () => {
    let step = startEligibility(knowledge) as ReturnType<typeof answerEligibility>;
    for (const choice of ['other-public-staff', 'in-post-company', 'not-sure']) {
      if (step.kind !== 'question') throw new Error(step.kind);
      step = answerEligibility(knowledge, step.state, choice);
    }
    if (step.kind !== 'verdict') throw new Error(step.kind);
    const reply = replyFromCheck(step, file, 'en');
    expect(reply.tone).toBe('answer');
    expect(reply.title).toBe(verdictTitle(step, 'en'));
    expect(reply.title).toMatch(/^It depends on whether /u);
    expect(blocksOf(reply, 'citation').map((b) => b.citation.clause)).toEqual([...new Set(step.citations.map((c) => c.clause))]);
  });

  it('says why tampered answers start the check again', () => {
    const step = answerEligibility(knowledge, { answers: { person: 'astronaut' } }, 'yes');
    if (step.kind !== 'invalid') throw new Error(step.kind);
    const reply = replyFromCheck(step, file, 'en');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toBe(step.message);
    expect(blocksOf(reply, 'picker')[0]?.label).toBe(step.restart.prompt);
  });
});
