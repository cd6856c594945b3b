import type { types } from '@slack/bolt';
import { CATEGORIES, type AnswerResult, type TopicSummary } from '@cobridge/policy-knowledge';
import { HOME_TOPIC_PREFIX } from '../action-ids.js';
import { actions, button, context, divider, header, section, type Block } from './block-kit.js';
import { CATEGORY_LABELS } from './category-labels.js';
import { MAX_ACTIONS_ELEMENTS, MAX_MODAL_TITLE, MAX_SECTION_TEXT, MAX_VIEW_BLOCKS } from './limits.js';
import { escapeMrkdwn, packParagraphs, truncate } from './mrkdwn.js';
import { renderAnswer } from './render-answer.js';

/** The App Home tab: what Cobridge covers, every topic as a button grouped by category, the knowledge version. */
export function renderHome(topics: TopicSummary[], knowledgeVersion: string): types.HomeView {
  const blocks: Block[] = [
    header('Cobridge: school-enterprise cooperation policy'),
    section(
      'Ask me in any channel (mention me), in a direct message, or with `/cobridge &lt;question&gt;`. ' +
        'Or pick a topic below to read its answer and the clause it comes from.',
    ),
  ];
  for (const category of CATEGORIES) {
    const inCategory = topics
      .map((topic, index) => ({ topic, index }))
      .filter(({ topic }) => topic.category === category);
    if (inCategory.length === 0) continue;
    blocks.push(divider(), section(`*${escapeMrkdwn(CATEGORY_LABELS[category])}*`));
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
  const footer = context([`Knowledge version ${escapeMrkdwn(knowledgeVersion)} · ${String(topics.length)} topics`]);
  return { type: 'home', blocks: [...blocks.slice(0, MAX_VIEW_BLOCKS - 1), footer] };
}

function modal(title: string, blocks: Block[]): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: truncate(title, MAX_MODAL_TITLE) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: blocks.slice(0, MAX_VIEW_BLOCKS),
  };
}

/** A modal with one topic's answer, opened from the App Home tab. */
export function renderTopicModal(answer: AnswerResult): types.ModalView {
  return modal('Cobridge', renderAnswer(answer).blocks);
}

/** A modal quoting every clause an answer cites, in full. */
export function renderSourceModal(answer: AnswerResult): types.ModalView {
  const blocks: Block[] = [header(answer.topic.title)];
  for (const citation of answer.citations) {
    const label = `*§${escapeMrkdwn(citation.section)} · clause ${escapeMrkdwn(citation.clause)}*`;
    const quote = packParagraphs([escapeMrkdwn(citation.quote)], MAX_SECTION_TEXT - 10);
    blocks.push(section(label), ...quote.map((chunk) => section(`> ${chunk}`)));
  }
  return modal('Source', blocks);
}
