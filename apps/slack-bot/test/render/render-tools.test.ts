import {
  findModes,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  loadAdvisor,
  obligationsFor,
  type FeatureIntent,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { MAX_VIEW_BLOCKS } from '../../src/render/limits.js';
import { renderHelp } from '../../src/render/render-help.js';
import { interfaceStrings, PARTY_LABELS } from '@cobridge/reply';
import { offerButton, toolUsage } from '../../src/render/render-tools.js';
import { renderHome } from '../../src/render/render-views.js';
import { toolReply } from '../../src/tool-reply.js';
import { TOOL_NAMES, type MessageToolRequest } from '../../src/tool-request.js';
import { blockKitViolations } from './block-kit-violations.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
});
const json = (value: unknown) => JSON.stringify(value);

const tool = (request: MessageToolRequest) => toolReply(knowledge, request, 'en');

describe('leave timeline', () => {
  it('shows the retention end, every event before it and where the guidance is silent, each with its clause', () => {
    const timeline = leaveTimeline(knowledge, '2024-02-29');
    if (timeline.kind !== 'timeline') throw new Error(timeline.message);
    const message = tool({ tool: 'timeline', date: '2024-02-29' });
    expect(blockKitViolations(message.blocks)).toEqual([]);
    expect(json(message)).toContain('Retained up to 2027-02-28');
    for (const citation of [...timeline.citations, ...timeline.before.flatMap((e) => e.citations)])
      expect(json(message)).toContain(`clause ${citation.clause}*`);
    for (const event of timeline.before) expect(json(message)).toContain(event.title);
    expect(json(message)).toContain(timeline.silent[0]);
  });

  it.each(['2025-02-30', '2025-13-01', 'next tuesday <!channel>', '1850-01-01'])(
    'explains why "%s" cannot be used, escaped, and asks again',
    (date) => {
      const message = tool({ tool: 'timeline', date });
      expect(blockKitViolations(message.blocks)).toEqual([]);
      expect(json(message)).toContain('"type":"datepicker"');
      expect(json(message)).not.toContain('<!channel>');
    },
  );

  it('asks for the date with a date picker', () => {
    const picker = tool({ tool: 'timeline' });
    expect(blockKitViolations(picker.blocks)).toEqual([]);
    expect(json(picker)).toContain('"type":"datepicker","action_id":"timeline_date"');
  });
});

describe('mode finder', () => {
  it('renders the modes for each need and for all of them, each mode with why and clauses', () => {
    expect.hasAssertions();
    const needs = listNeeds(knowledge);
    for (const ids of [...needs.map((n) => [n.id]), needs.map((n) => n.id)]) {
      const result = findModes(knowledge, ids);
      const message = tool({ tool: 'modes', needs: ids });
      expect(blockKitViolations(message.blocks), ids.join()).toEqual([]);
      for (const { mode, reasons } of result.modes) {
        expect(json(message)).toContain(mode.title);
        for (const reason of reasons) expect(json(message)).toContain(`clause ${reason.citations[0]?.clause ?? '?'}*`);
      }
    }
  });

  it('says plainly that social reputation is linked to no mode', () => {
    const message = tool({ tool: 'modes', needs: ['social-reputation'] });
    expect(json(message)).toContain('does not link it to any particular cooperation mode');
  });

  it('offers every need as a button and echoes unmatched words, escaped', () => {
    const picker = tool({ tool: 'modes', needs: [], asked: '<!channel> bananas' });
    expect(blockKitViolations(picker.blocks)).toEqual([]);
    expect(json(picker)).toContain('I could not tell which needs \\"&lt;!channel&gt; bananas\\" means.');
    for (const need of listNeeds(knowledge)) expect(json(picker)).toContain(`"value":"${need.id}"`);
  });
});

describe('obligations', () => {
  it('renders every situation within limits, teacher first, every item with its clause', () => {
    expect.hasAssertions();
    for (const { id } of listSituations(knowledge)) {
      const checklist = obligationsFor(knowledge, id, 'teacher');
      if (checklist === undefined) throw new Error(id);
      const message = tool({ tool: 'obligations', situation: id });
      expect(blockKitViolations(message.blocks), id).toEqual([]);
      const text = json(message);
      for (const item of checklist.items) {
        expect(text).toContain(PARTY_LABELS[item.party]);
        for (const citation of item.citations) expect(text).toContain(`clause ${citation.clause}*`);
      }
      const partyOrder = checklist.items.map((i) => text.indexOf(`*${PARTY_LABELS[i.party]}*`));
      if (checklist.items.some((i) => i.party === 'teacher')) expect(Math.min(...partyOrder)).toBe(text.indexOf('*The teacher*'));
      if (checklist.note !== undefined) expect(text).toContain(checklist.note.text.slice(0, 40));
    }
  });

  it('offers every situation as a button', () => {
    expect(listSituations(knowledge).length).toBeGreaterThan(0);
    const picker = tool({ tool: 'obligations', asked: 'something else' });
    expect(blockKitViolations(picker.blocks)).toEqual([]);
    for (const { id } of listSituations(knowledge)) expect(json(picker)).toContain(`"value":"${id}"`);
  });
});

describe('glossary', () => {
  it('lists every term with its everyday words and clauses in one message', () => {
    expect(listGlossary(knowledge).length).toBeGreaterThan(0);
    const terms = listGlossary(knowledge);
    const message = tool({ tool: 'glossary' });
    expect(blockKitViolations(message.blocks)).toEqual([]);
    for (const term of terms) {
      expect(json(message)).toContain(term.term);
      expect(json(message)).toContain(term.citations[0]?.clause);
    }
  });

  it('renders every term on its own with each clause quoted', () => {
    expect.hasAssertions();
    for (const term of listGlossary(knowledge)) {
      const message = tool({ tool: 'glossary', term: term.id });
      expect(blockKitViolations(message.blocks), term.id).toEqual([]);
      for (const citation of term.citations) expect(json(message)).toContain(`clause ${citation.clause}*`);
      for (const alias of term.aliases) expect(json(message)).toContain(alias);
    }
  });

  it('offers every term when a word is not in the glossary', () => {
    const terms = listGlossary(knowledge);
    const message = tool({ tool: 'glossary', asked: 'flux capacitor' });
    expect(blockKitViolations(message.blocks)).toEqual([]);
    expect(json(message).match(/"action_id":"glossary:/g)).toHaveLength(terms.length);
  });
});

describe('tool offers, help and Home', () => {
  const intents: [FeatureIntent, string, string][] = [
    [{ feature: 'eligibility' }, 'check_open', 'start'],
    [{ feature: 'timeline', date: '2025-09-01' }, 'timeline_open', '2025-09-01'],
    [{ feature: 'timeline', date: '1/9/2025' }, 'timeline_open', 'pick'],
    [{ feature: 'mode-finder', needs: ['technical-support', 'staff-training'] }, 'modes:0', 'technical-support,staff-training'],
    [{ feature: 'obligations', situation: 'part-time' }, 'obligations:0', 'part-time'],
    [{ feature: 'glossary', term: 'total-staffing' }, 'glossary:0', 'total-staffing'],
  ];
  it.each(intents)('offers %j with %s = %s', (intent, actionId, value) => {
    expect(offerButton(intent)).toMatchObject({ action_id: actionId, value });
  });

  it('lists every tool in help and as a button on the Home tab', () => {
    const help = renderHelp([], 'v1', [...TOOL_NAMES]);
    const home = renderHome([], 'v1', [...TOOL_NAMES]);
    expect(blockKitViolations(help.blocks)).toEqual([]);
    expect(blockKitViolations(home.blocks as Block[], MAX_VIEW_BLOCKS)).toEqual([]);
    for (const tool of TOOL_NAMES) {
      expect(json(help)).toContain(toolUsage(tool, 'en'));
      expect(json(home)).toContain(interfaceStrings('en').toolLabels[tool]);
    }
  });
});

describe('tools in Chinese', () => {
  const zh = (request: MessageToolRequest) => toolReply(knowledge, request, 'zh');

  it('lays out every Chinese tool reply within Block Kit limits, the clauses under the Chinese label', () => {
    const messages = [
      zh({ tool: 'timeline', date: '2025-09-01' }),
      zh({ tool: 'modes', needs: listNeeds(knowledge).map((need) => need.id) }),
      ...listSituations(knowledge).map((situation) => zh({ tool: 'obligations', situation: situation.id })),
      zh({ tool: 'glossary' }),
    ];
    for (const message of messages) expect(blockKitViolations(message.blocks)).toEqual([]);
    expect(json(messages[0])).toContain('*保留至 2028-09-01*');
    expect(json(messages[0])).toContain('引用：第 3 节，第 3-19 条（原文为英文）');
  });

  it('marks the pickers of a Chinese reply so the next reply stays Chinese, and says how to type in Chinese', () => {
    const needs = zh({ tool: 'modes', needs: [], asked: '咖啡' });
    expect(json(needs)).toContain('我没能判断“咖啡”指的是哪些需求。');
    expect(json(needs)).toContain('"value":"zh/stable-employment"');
    expect(json(needs)).toContain('或者输入 `/cobridge modes 技术支持`。');
    const date = json(zh({ tool: 'timeline' }));
    expect(date).toContain('"block_id":"zh/timeline-date"');
    expect(date).toContain('离岗开始日期');
    expect(json(tool({ tool: 'timeline' }))).toContain('"block_id":"timeline-date"');
  });

  it('offers a tool under a Chinese question with a Chinese-marked value, whatever the button’s language', () => {
    expect(offerButton({ feature: 'glossary', term: 'total-staffing' }, 'en', 'zh')).toMatchObject({ value: 'zh/total-staffing' });
    expect(offerButton({ feature: 'eligibility' }, 'zh')).toMatchObject({ value: 'zh/start', text: { text: '看看我是否符合条件' } });
  });
});
