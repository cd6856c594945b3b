import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_KNOWLEDGE_DIR,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  loadKnowledge,
  type FeatureIntent,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import { parseCustomId } from '../src/custom-ids.js';
import {
  checkAnswerReply,
  checkStartReply,
  checklistReply,
  modesReply,
  needsPickerReply,
  STALE_CHECK,
  termReply,
  timelineReply,
} from '../src/feature-replies.js';
import { TIMELINE_HOW } from '../src/render/layout-tool-parts.js';
import { escapeDiscord } from '../src/render/markdown.js';
import { offerRow } from '../src/render/render-offer.js';
import type { RenderedReply } from '../src/render/reply.js';
import { expectWithinDiscordLimits } from './expect-within-discord-limits.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
});

function customIds(reply: RenderedReply): string[] {
  return reply.components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
}

function sources(reply: RenderedReply): string[] {
  return (reply.embeds[0]?.fields ?? []).filter((f) => f.name.startsWith('Source: clause')).map((f) => f.name);
}

/** Clicks every answer button of every question, depth first, and returns each verdict reached with its path. */
function walkCheck(reply: RenderedReply, path: string[] = []): { path: string[]; verdict: RenderedReply }[] {
  expectWithinDiscordLimits(reply);
  const answers = customIds(reply)
    .map(parseCustomId)
    .filter((a) => a?.kind === 'check');
  if (answers.length === 0) return [{ path, verdict: reply }];
  return answers.flatMap((a) => walkCheck(checkAnswerReply(knowledge, a.code, a.choice, 'en'), [...path, `${a.code}:${a.choice}`]));
}

describe('the eligibility check', () => {
  it('reaches a verdict with its clauses on every path, within Discord limits', () => {
    const start = checkStartReply(knowledge, 'en');
    expect(start.embeds[0]?.description).toContain('your institution still decides');
    const ends = walkCheck(start);
    expect(ends).toHaveLength(19);
    const titles = new Set<string>();
    for (const { path, verdict } of ends) {
      const title = verdict.embeds[0]?.title ?? '';
      titles.add(title.split(' on ')[0] ?? title);
      expect(title, path.join(' ')).toMatch(/^(Eligible under|Not eligible under|It depends on whether)/u);
      expect(sources(verdict).length, path.join(' ')).toBeGreaterThan(0);
      expect(verdict.embeds[0]?.fields?.[0]?.name).toBe('Your answers');
      expect(customIds(verdict)).toEqual(['chk:start']);
    }
    expect(titles).toEqual(new Set(['Eligible under the guidance’s conditions', 'Not eligible under the guidance', 'It depends']));
  });

  it('starts again, saying why, when a button no longer fits the questions', () => {
    const reply = checkAnswerReply(knowledge, '1', 0, 'en');
    expect(reply.embeds[0]?.description).toContain(STALE_CHECK.en);
    expect(customIds(reply)[0]).toBe('chk:.....:0');
  });

  it('refuses an answer to a finished check and offers the first question', () => {
    const reply = checkAnswerReply(knowledge, '2....', 0, 'en');
    expect(reply.embeds[0]?.description).toContain('already finished');
  });
});

describe('the leave timeline', () => {
  it('gives the retention end and what can happen before, each with its clause', () => {
    const reply = timelineReply(knowledge, '2025-09-01', 'en');
    expectWithinDiscordLimits(reply);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Leave timeline from 2025-09-01');
    expect(embed?.fields?.[0]?.name).toBe('Retained up to 2028-09-01');
    const before = embed?.fields?.filter((f) => f.name.startsWith('Before 2028-09-01')) ?? [];
    expect(before.map((f) => f.name)).toEqual([
      'Before 2028-09-01: Return early',
      'Before 2028-09-01: Terminate the employment contract',
      'Before 2028-09-01: Return when there is no vacancy',
    ]);
    for (const field of before) expect(field.value).toMatch(/Source: clause \d/u);
    expect(embed?.fields?.map((f) => f.name)).toContain('Where the guidance is silent');
  });

  it('moves 29 February to 28 February', () => {
    expect(timelineReply(knowledge, '2024-02-29', 'en').embeds[0]?.fields?.[0]?.name).toBe('Retained up to 2027-02-28');
  });

  it.each(['2025-02-30', '01/09/2025', 'next monday', '1999-01-01', ''])('answers %j with a private message saying how to ask', (date) => {
    const reply = timelineReply(knowledge, date, 'en');
    expect(reply.ephemeral).toBe(true);
    const timeline = leaveTimeline(knowledge, date);
    expect(timeline.kind).toBe('invalid-date');
    if (timeline.kind === 'invalid-date')
      expect(reply.embeds[0]?.description).toBe(`${timeline.message}\n\n**When does (or did) your leave start?** ${TIMELINE_HOW.en}`);
  });

  it('says how to give the date when there is none', () => {
    expect(timelineReply(knowledge, undefined, 'en').embeds[0]?.description).toContain(TIMELINE_HOW.en);
  });
});

describe('the mode finder', () => {
  it('offers every need in one multi-select', () => {
    const picker = needsPickerReply(knowledge, 'en');
    expectWithinDiscordLimits(picker);
    const menu = picker.components[0]?.components[0];
    expect(menu).toMatchObject({ custom_id: 'fm', min_values: 1, max_values: listNeeds(knowledge).length });
  });

  it.each(['stable-employment', 'technical-support', 'staff-training', 'advanced-technology', 'cooperative-rd'])(
    'finds the modes for %s with why and clause',
    (need) => {
      const reply = modesReply(knowledge, [need], 'en');
      expectWithinDiscordLimits(reply);
      const fields = reply.embeds[0]?.fields ?? [];
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) expect(`${field.name}\n${field.value}`).toMatch(/Source: clause/u);
      expect(customIds(reply).every((id) => id.startsWith('topic:e:modes.'))).toBe(true);
    },
  );

  it('ranks the modes serving more needs first and says reputation has no mode', () => {
    const reply = modesReply(
      knowledge,
      listNeeds(knowledge).map((n) => n.id),
      'en',
    );
    expectWithinDiscordLimits(reply);
    const fields = reply.embeds[0]?.fields ?? [];
    expect(customIds(reply)[0]).toBe('topic:e:modes.teachers-team');
    expect(fields[0]?.value.match(/^- /gmu)).toHaveLength(3);
    expect(fields.at(-1)?.name).toBe('Social reputation: no particular mode');
  });

  it('maps need indexes from an offer button to the same result as the ids', () => {
    expect(modesReply(knowledge, [0, 1], 'en')).toEqual(modesReply(knowledge, ['stable-employment', 'technical-support'], 'en'));
  });

  it('offers the needs again when none of the given ones is known', () => {
    expect(customIds(modesReply(knowledge, [99], 'en'))).toEqual(['fm']);
  });
});

describe('obligations by situation', () => {
  it('lists every situation with the enterprise items first, each with its clause', () => {
    const situations = listSituations(knowledge);
    expect(situations).toHaveLength(4);
    for (const situation of situations) {
      const reply = checklistReply(knowledge, situation.id, 'en');
      expectWithinDiscordLimits(reply);
      const fields = reply.embeds[0]?.fields ?? [];
      expect(reply.embeds[0]?.title).toBe(situation.title);
      expect(fields.length).toBeGreaterThan(0);
      const parties = fields.filter((f) => f.name.startsWith('The ')).map((f) => f.name);
      const firstOther = parties.findIndex((p) => p !== 'The enterprise');
      expect(parties.slice(firstOther === -1 ? parties.length : firstOther), situation.id).not.toContain('The enterprise');
      for (const field of fields) expect(field.value, situation.id).toMatch(/Source: clause/u);
    }
  });

  it('offers the situation picker for an unknown situation', () => {
    expect(customIds(checklistReply(knowledge, 'no-such-situation', 'en'))).toEqual(['ob']);
  });
});

describe('the glossary', () => {
  it('shows every term with its definition and quoted clause', () => {
    const terms = listGlossary(knowledge);
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const reply = termReply(knowledge, term.id, 'en');
      expectWithinDiscordLimits(reply);
      expect(reply.embeds[0]?.title).toBe(term.term);
      expect(sources(reply).length, term.id).toBe(new Set(term.citations.map((c) => c.clause)).size);
    }
  });

  it('finds a term by an everyday or pinyin word', () => {
    expect(termReply(knowledge, 'bianzhi', 'en').embeds[0]?.title).toBe('total staffing (employment total)');
    expect(termReply(knowledge, 'keep my job', 'en').embeds[0]?.title).toBe('personnel relationship');
  });

  it('lists the terms with their clauses when no term is given, and offers every term in a menu', () => {
    expect(listGlossary(knowledge).length).toBeGreaterThan(0);
    const reply = termReply(knowledge, null, 'en');
    expectWithinDiscordLimits(reply);
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields[0]?.name).toBe(escapeDiscord(listGlossary(knowledge)[0]?.term ?? ''));
    expect(fields[0]?.value).toMatch(/Source: clause 3-19/u);
    expect(customIds(reply)).toEqual(['gl']);
    const menu = reply.components[0]?.components[0];
    expect(menu && 'options' in menu ? menu.options.map((o) => o.value) : []).toEqual(listGlossary(knowledge).map((t) => t.id));
  });

  it('says a word is not in the glossary and offers the menu', () => {
    const reply = termReply(knowledge, 'flux capacitor', 'en');
    expect(reply.embeds[0]?.description).toBe('"flux capacitor" is not in the glossary.');
    expect(customIds(reply)).toEqual(['gl']);
  });
});

describe('feature offers', () => {
  const needIds = ['stable-employment', 'technical-support'];
  it.each<[FeatureIntent, string, string]>([
    [{ feature: 'eligibility' }, 'chk:start', 'Check my eligibility'],
    [{ feature: 'timeline', date: '2025-09-01' }, 'tl:2025-09-01', 'Show my leave timeline from 2025-09-01'],
    [{ feature: 'timeline' }, 'tl', 'Show my leave timeline'],
    [{ feature: 'mode-finder', needs: ['technical-support'] }, 'fm:1', 'Find cooperation modes'],
    [{ feature: 'obligations', situation: 'part-time' }, 'ob:part-time', 'Show the obligations checklist'],
    [{ feature: 'glossary', term: 'total-staffing' }, 'gl:total-staffing', 'Explain this term'],
  ])('offers %j as a button', (intent, id, label) => {
    const row = offerRow(intent, needIds);
    expect(row?.components[0]).toMatchObject({ custom_id: id, label });
    expect(parseCustomId(id)).toBeDefined();
  });
});

describe('feature replies in Chinese', () => {
  it('fit Discord’s limits and name each item’s clauses in Chinese', () => {
    const replies = [
      timelineReply(knowledge, '2025-09-01', 'zh'),
      timelineReply(knowledge, '2025-02-30', 'zh'),
      modesReply(
        knowledge,
        listNeeds(knowledge).map((need) => need.id),
        'zh',
      ),
      ...listSituations(knowledge).map((situation) => checklistReply(knowledge, situation.id, 'zh')),
      termReply(knowledge, null, 'zh'),
      ...listGlossary(knowledge).map((term) => termReply(knowledge, term.id, 'zh')),
    ];
    for (const reply of replies) expectWithinDiscordLimits(reply);
    const text = JSON.stringify(replies);
    expect(text).toContain('来源：第 3-17 条（第 3 节）、第 3-18 条（第 3 节）');
    expect(text).not.toContain('Source: clause');
    expect(replies[1]?.embeds[0]?.description).toBe(
      `2025-02-30 不是真实的日期：2025 年 2 月只有 28 天。\n\n**您从哪一天开始离岗（或已于哪一天开始离岗）？** ${TIMELINE_HOW.zh}`,
    );
  });

  it('carries the language in every menu and button of a Chinese reply', () => {
    expect(customIds(needsPickerReply(knowledge, 'zh'))).toEqual(['zh/fm']);
    expect(customIds(termReply(knowledge, 'flux capacitor', 'zh'))).toEqual(['zh/gl']);
    expect(customIds(checkStartReply(knowledge, 'zh')).every((id) => id.startsWith('zh/chk:'))).toBe(true);
    expect(offerRow({ feature: 'glossary', term: 'total-staffing' }, [], 'en', 'zh')?.components[0]).toMatchObject({
      custom_id: 'zh/gl:total-staffing',
    });
  });
});
