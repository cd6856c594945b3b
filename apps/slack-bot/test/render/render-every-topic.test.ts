import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOME_TOPIC_PATTERN } from '../../src/action-ids.js';
import { MAX_VIEW_BLOCKS } from '../../src/render/limits.js';
import { renderAnswer } from '../../src/render/render-answer.js';
import { renderHelp } from '../../src/render/render-help.js';
import { renderHome, renderSourceModal, renderTopicModal } from '../../src/render/render-views.js';
import type { Block } from '../../src/render/block-kit.js';
import { blockKitViolations } from './block-kit-violations.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

const answerOf = (id: string) => {
  const answer = advisor.topicAnswer(id, 'teacher');
  if (answer === undefined) throw new Error(`no answer for ${id}`);
  return answer;
};

describe('every topic of the real knowledge', () => {
  it('renders within Block Kit limits with every option turned on', () => {
    const problems = advisor.topics().flatMap(({ id }) => {
      const { blocks } = renderAnswer(answerOf(id), { recordId: 123456, shareable: true, question: 'q', truncated: true });
      return blockKitViolations(blocks).map((p) => `${id}: ${p}`);
    });
    expect(advisor.topics().length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('renders its topic modal and source modal within view limits', () => {
    expect(advisor.topics().length).toBeGreaterThan(0);
    const problems = advisor.topics().flatMap(({ id }) => {
      const answer = answerOf(id);
      const views = [renderTopicModal(answer), renderSourceModal(answer)];
      return views.flatMap((view) => blockKitViolations(view.blocks as Block[], MAX_VIEW_BLOCKS).map((p) => `${id}: ${p}`));
    });
    expect(problems).toEqual([]);
  });

  it('lists every topic once on the Home tab, with the knowledge version', () => {
    const home = renderHome(advisor.topics(), advisor.version);
    const blocks = home.blocks as Block[];
    expect(blockKitViolations(blocks, MAX_VIEW_BLOCKS)).toEqual([]);
    const topicButtons = blocks
      .flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .filter((e) => e.type === 'button' && HOME_TOPIC_PATTERN.test(e.action_id ?? ''));
    expect(topicButtons.map((b) => (b.type === 'button' ? b.value : '')).sort()).toEqual(
      advisor
        .topics()
        .map((t) => t.id)
        .sort(),
    );
    expect(JSON.stringify(blocks.at(-1))).toContain(advisor.version);
  });

  it('renders help with examples and what is covered', () => {
    const { blocks } = renderHelp(advisor.topics(), advisor.version);
    expect(blockKitViolations(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('/cobridge Do I keep my pension');
    expect(JSON.stringify(blocks)).toContain('The six cooperation modes');
  });
});
