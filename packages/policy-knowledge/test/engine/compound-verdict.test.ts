import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor, type Advisor } from '../../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('yes/no questions that make several claims', () => {
  it.each([
    ["While I'm off post, my college keeps my social insurance and pays my work-injury insurance too, right?", 'partly'],
    ['does the school keep running my title review and count my excellent grade in its quota', 'partly'],
    ['do I keep my social insurance and my title evaluation while I am off post?', 'yes'],
    // One fact, one claim turned by "stop": right about training, wrong about assessment.
    ['while off post I keep my training and rewards from the school, but they stop assessing me?', 'partly'],
    // Words said after a list ("…dropped") are said of every item: neither training nor rewards stop.
    ["are training and rewards dropped while I'm away?", 'no'],
    // …and a turning word said before a bare item is said of it too: neither training nor rewards stop.
    ["does the school stop my training and rewards while I'm off post??", 'no'],
    // A fear of breaking the rules judges the whole plan, wherever it is named.
    ['I teach RFID full time - am I violating the in-post rules by running an RFID company and teaching the same subject?', 'no'],
    ["Is the school's assessment and reward system for me suspended while I'm off post?", 'no'],
    // The holder named after the list ("…all stay with my college") is every item's: injury insurance is the enterprise's.
    ['off post, do my pension, title review and work injury insurance all stay with my college?', 'partly'],
    // A bare item after "and" shares the first claim's doer: the company pays the injury insurance, not the pension.
    ['does the company have to pay both my work injury insurance and my pension contributions', 'partly'],
    // An item of the leave agreement: the income split is settled in another agreement, with the enterprise.
    ['does the leave agreement cover both confidentiality and how income is split with the company', 'partly'],
    ['离岗协议里要写保密和收益分配吗', 'partly'],
    // An agreement of its own is judged alone: the enterprise signs the income agreement, not the leave agreement.
    ["does the company I'm joining get to sign both the leave agreement and the income agreement", 'partly'],
    // Paying out of one's own pocket belongs to its own claim: training and assessment go on as before.
    ['离岗期间是不是学校的培训考核照常 但社保要我自己交', 'partly'],
    // A second item added "as well as" is a claim of its own; the rule on the first item's aspect is not the second's.
    ['does the company pay my social insurance as well as my injury insurance while I am off post?', 'partly'],
  ])('"%s" → %s', (question, verdict) => {
    const result = advisor.ask(question, { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe(verdict);
  });

  it('reads only the asking sentence after told background ("…we need to kill the startup. … will the school punish me?")', () => {
    const question =
      "my cofounder says we need to kill the startup, it's just not working. I want to go back to teaching but I'm only 14 months in. " +
      'will the school punish me for bailing early?';
    const result = advisor.ask(question, { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('3-21');
  });

  it('reads a told plan judged by a short question as one case ("…poach … and hire them. is that shady?")', () => {
    const question =
      "we plan to basically 'poach' the best second-year students in the order class and hire them after graduation. is that shady?";
    const result = advisor.ask(question, { audience: 'enterprise' });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('judges a plan named after "is it shady…" as one case ("…scout second-years and hire them…")', () => {
    const question = 'Is it shady for our firm to pick out promising second-year students and hire them once they graduate?';
    const result = advisor.ask(question, { audience: 'enterprise' });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('keeps a condition and its "and" together ("…fired if I come back early and there is no post")', () => {
    const result = advisor.ask("will i get fired if i come back early and there's no post for me", { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
  });

  it('leaves a detail the fact never mentions unsettled, but not one it does mention', () => {
    const fee = advisor.ask('do I need the ministry approval to start a company while in post?', { audience: 'teacher' });
    expect(fee.kind === 'answer' && fee.verdict).toBe('not-stated');
    const funeral = advisor.ask('do the funeral fee rules of the school apply if a teacher on leave dies at work?', {
      audience: 'teacher',
    });
    expect(funeral.kind === 'answer' && funeral.verdict).not.toBe('not-stated');
  });
});
