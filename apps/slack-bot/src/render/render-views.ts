import type { types } from '@slack/bolt';
import { CATEGORIES, type AnswerResult, type Lang, type TopicSummary } from '@cobridge/policy-knowledge';
import { HOME_TOPIC_PREFIX } from '../action-ids.js';
import type { ToolName } from '../tool-request.js';
import { actions, button, context, divider, header, modal, section, type Block } from './block-kit.js';
import { interfaceStrings } from '@cobridge/reply';
import { MAX_ACTIONS_ELEMENTS, MAX_VIEW_BLOCKS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderAnswer } from './render-answer.js';
import { fullClauseBlocks } from './render-clauses.js';
import { toolButtons } from './render-tools.js';

/**
 * The App Home tab in the user's interface language: the tools, every topic as a button grouped by category, the
 * knowledge version.
 */
export function renderHome(topics: TopicSummary[], knowledgeVersion: string, tools: ToolName[] = [], lang: Lang = 'en'): types.HomeView {
  const strings = interfaceStrings(lang);
  const blocks: Block[] = [header(strings.home.title), section(strings.home.intro)];
  if (tools.length > 0) blocks.push(divider(), section(`*${strings.help.tools}*`), actions('home-tools', toolButtons(tools, lang)));
  for (const category of CATEGORIES) {
    const inCategory = topics.map((topic, index) => ({ topic, index })).filter(({ topic }) => topic.category === category);
    if (inCategory.length === 0) continue;
    blocks.push(divider(), section(`*${escapeMrkdwn(strings.categories.teacher[category])}*`));
    for (let start = 0; start < inCategory.length; start += MAX_ACTIONS_ELEMENTS) {
      const chunk = inCategory.slice(start, start + MAX_ACTIONS_ELEMENTS);
      blocks.push(
        actions(
          `home-${category}-${String(start)}`,
          chunk.map(({ topic, index }) => button(topic.title, `${HOME_TOPIC_PREFIX}${String(index)}`, topic.id)),
        ),
      );
    }
  }
  const footer = context([`${escapeMrkdwn(strings.help.knowledgeVersion(knowledgeVersion))} · ${strings.topicCount(topics.length)}`]);
  return { type: 'home', blocks: [...blocks.slice(0, MAX_VIEW_BLOCKS - 1), footer] };
}

/** A modal with one topic's answer, opened from the App Home tab. */
export function renderTopicModal(answer: AnswerResult): types.ModalView {
  return modal('Cobridge', renderAnswer(answer).blocks);
}

/** A modal quoting every clause an answer cites, in full. */
export function renderSourceModal(answer: AnswerResult): types.ModalView {
  return modal('Source', [header(answer.topic.title), ...fullClauseBlocks(answer.citations)]);
}
