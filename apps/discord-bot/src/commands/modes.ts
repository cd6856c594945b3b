import type { Advisor, AnswerResult } from '@cobridge/policy-knowledge';
import { renderDigest, type Digest } from '../render/render-digest.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, type Command } from './command.js';

/** The category whose topics are the cooperation modes; its `.overview` topic introduces them. */
export const MODES_CATEGORY = 'modes';

/** The cooperation modes in enterprise wording, introduced by the category's overview topic. */
export function modesDigest(advisor: Advisor): Digest {
  const topics = advisor.topics().filter((t) => t.category === MODES_CATEGORY);
  const overview = topics.find((t) => t.id.endsWith('.overview'));
  const entries = topics
    .filter((t) => t !== overview)
    .map((t) => advisor.topicAnswer(t.id, 'enterprise'))
    .filter((answer): answer is AnswerResult => answer !== undefined);
  const intro = overview ? advisor.topicAnswer(overview.id, 'enterprise')?.text : undefined;
  return {
    title: `The ${entries.length} cooperation modes`,
    intro: intro ?? 'Schools and enterprises can cooperate in these ways:',
    entries,
    audience: 'enterprise',
    placeholder: 'Open a mode to read it in full',
  };
}

/** `/modes`: the cooperation modes, each expandable to its full answer through a select menu. */
export const modesCommand = {
  data: { name: 'modes', description: 'The modes of school-enterprise cooperation, one by one', ...COMMAND_CONTEXTS },
  async execute(interaction, services) {
    await respond(interaction, renderDigest(modesDigest(services.advisor())));
  },
} satisfies Command;
