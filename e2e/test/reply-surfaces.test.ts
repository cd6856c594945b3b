import { layoutText } from '@cobridge/console';
import { layoutReply as discordReply } from '@cobridge/discord-bot';
import {
  answerEligibility,
  listGlossary,
  listNeeds,
  listSituations,
  loadAdvisor,
  startEligibility,
  type Advisor,
  type EligibilityStep,
  type Knowledge,
  type Lang,
} from '@cobridge/policy-knowledge';
import { replyFromCheck, replyFromResult, replyFromTool, type Reply } from '@cobridge/reply';
import { runTool, type ToolOutcome, type ToolRequest } from '@cobridge/reply/tools';
import { layoutReply as slackReply } from '@cobridge/slack-bot';
import { beforeAll, describe, expect, it } from 'vitest';

const SLACK_CONTEXT_ELEMENTS = 10;

let advisor: Advisor;
let knowledge: Knowledge;
beforeAll(async () => {
  advisor = await loadAdvisor();
  knowledge = advisor.knowledge;
});

/** What a person reads, with each platform's escapes undone (Slack entities, Discord backslashes). */
function visible(payload: unknown): string {
  const strings: string[] = [];
  JSON.stringify(payload, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  return strings.join('\n').replace(/\\(.)/gu, '$1').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
}

/** Every clause id cited anywhere in a value (a reply or a tool outcome). */
function clausesIn(value: unknown): string[] {
  const ids = new Set<string>();
  JSON.stringify(value, (key, v: unknown) => {
    if (key === 'clause' && typeof v === 'string') ids.add(v);
    return v;
  });
  return [...ids];
}

const shows = (text: string, clause: string) => new RegExp(`(?<![\\d.-])${clause.replace(/\./gu, '\\.')}(?![\\d-])`, 'u').test(text);

function surfaces(reply: Reply): Record<'slack' | 'discord' | 'console', string> {
  return { slack: visible(slackReply(reply)), discord: visible(discordReply(reply, 1)), console: layoutText(reply) };
}

describe('one reply model, three surfaces', () => {
  it('shows every topic’s title, opening words and cited clauses on Slack, Discord and the console', () => {
    expect.hasAssertions();
    for (const { id } of advisor.topics()) {
      for (const audience of ['teacher', 'enterprise'] as const) {
        const answer = advisor.topicAnswer(id, audience);
        if (answer === undefined) throw new Error(`no answer for ${id}`);
        const reply = replyFromResult(answer, audience);
        const opening = answer.text.split(/\s+/u).slice(0, 4).join(' ');
        for (const [surface, text] of Object.entries(surfaces(reply))) {
          const where = `${id} (${audience}) on ${surface}`;
          expect(text, where).toContain(reply.title);
          expect(text, where).toContain(opening);
          const clauses = clausesIn(reply);
          // A Slack context block holds 10 elements: the rest of the clauses are behind "Show source".
          const inline = surface === 'slack' ? clauses.slice(0, SLACK_CONTEXT_ELEMENTS) : clauses;
          if (inline.length < clauses.length) expect(text, where).toContain('Show source');
          for (const clause of inline) expect(shows(text, clause), `${where}: clause ${clause}`).toBe(true);
        }
      }
    }
  });

  it('shows the label a Chinese answer gives each clause on every surface', () => {
    const answer = advisor.ask('离岗创业期间社会保险怎么办？', { audience: 'teacher' });
    const labels = answer.kind === 'answer' ? answer.citations.flatMap((c) => (c.label === undefined ? [] : [c.label])) : [];
    expect(labels.length).toBeGreaterThan(0);
    for (const [surface, text] of Object.entries(surfaces(replyFromResult(answer, 'teacher')))) {
      for (const label of labels) expect(text, surface).toContain(label);
    }
  });

  function requests(): ToolRequest[] {
    return [
      { tool: 'timeline', date: '2025-09-01' },
      { tool: 'timeline', date: '2025-02-30' },
      { tool: 'timeline' },
      ...listNeeds(knowledge).map((need) => ({ tool: 'modes' as const, needs: [need.id] })),
      { tool: 'modes', needs: listNeeds(knowledge).map((need) => need.id) },
      { tool: 'modes', needs: [] },
      ...listSituations(knowledge).map((situation) => ({ tool: 'obligations' as const, situation: situation.id })),
      { tool: 'obligations' },
      ...listGlossary(knowledge).map((term) => ({ tool: 'glossary' as const, term: term.id })),
      { tool: 'glossary' },
      { tool: 'glossary', asked: 'no such word at all' },
    ];
  }

  /** What every surface must show of a reply: an answer's title, its item names and picker questions, each option offered. */
  function shared(reply: Reply): string[] {
    return [
      ...(reply.tone === 'answer' ? [reply.title] : []),
      ...reply.blocks.flatMap((block) => {
        if (block.type === 'heading') return [block.text];
        if (block.type === 'fields') return block.items.map((item) => item.name);
        if (block.type === 'picker') return [block.label, ...block.options.map((option) => option.label)];
        return [];
      }),
    ];
  }

  /** Expects every surface to show the reply's title, item names, picker questions and options, opening words and clauses. */
  function expectSameOnEverySurface(reply: Reply, what: string): void {
    const first = reply.blocks.find((block) => block.type === 'paragraph');
    // The first four words of the first line (a Chinese line is one "word" up to its first space).
    const opening = first === undefined ? [] : [(first.text.split('\n')[0] ?? '').split(/\s+/u).slice(0, 4).join(' ')];
    const clauses = clausesIn(reply);
    for (const [surface, text] of Object.entries(surfaces(reply))) {
      const where = `${what} on ${surface}`;
      for (const words of [...shared(reply), ...opening]) expect(text, where).toContain(words);
      for (const clause of clauses) expect(shows(text, clause), `${where}: clause ${clause}`).toBe(true);
    }
  }

  it.each(['en', 'zh'] as const)(
    'lays out every tool outcome (%s) on all three surfaces from the same reply: title, opening words, headings, clauses',
    (lang) => {
      expect.hasAssertions();
      const kinds = new Set<ToolOutcome['kind']>();
      for (const request of requests()) {
        for (const audience of ['teacher', 'enterprise'] as const) {
          const outcome = runTool(knowledge, request, audience, lang);
          kinds.add(outcome.kind);
          expectSameOnEverySurface(replyFromTool(outcome, audience, lang), `${JSON.stringify(request)} (${audience}, ${lang})`);
        }
      }
      expect([...kinds].sort()).toEqual(
        ['checklist', 'glossary', 'modes', 'needs-picker', 'situation-picker', 'term', 'term-miss', 'timeline', 'timeline-picker'].sort(),
      );
    },
  );

  /** Every step of the eligibility check reachable from its first question, and a restart after tampered answers. */
  function checkSteps(lang: Lang, step: EligibilityStep = startEligibility(knowledge, lang)): EligibilityStep[] {
    if (step.kind !== 'question') return [step];
    return [step, ...step.choices.flatMap((choice) => checkSteps(lang, answerEligibility(knowledge, step.state, choice.id, lang)))];
  }

  it.each(['en', 'zh'] as const)('lays out every step of the eligibility check (%s) on all three surfaces from the same reply', (lang) => {
    expect.hasAssertions();
    const file = knowledge.features.eligibility;
    if (file === undefined) throw new Error('no eligibility file');
    const steps = [...checkSteps(lang), answerEligibility(knowledge, { answers: { person: 'astronaut' } }, 'yes', lang)];
    expect(new Set(steps.map((step) => step.kind))).toEqual(new Set(['question', 'verdict', 'invalid']));
    for (const [index, step] of steps.entries()) {
      expectSameOnEverySurface(replyFromCheck(step, file, lang), `check step ${String(index)} (${lang})`);
    }
  });
});
