import type { Advisor, AnswerResult } from '@cobridge/policy-knowledge';
import { renderDigest, type Digest } from '../render/render-digest.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, type Command } from './command.js';

/** Topics that say what an enterprise must do: the `obligations` category plus these ids. */
export const OBLIGATION_TOPICS: { category: string; extra: readonly string[] } = {
  category: 'obligations',
  extra: ['leave.injury-insurance'],
};

/** What an enterprise must do, one entry per duty with its clause, in enterprise wording. */
export function obligationsDigest(advisor: Advisor): Digest {
  const entries = advisor
    .topics()
    .filter((t) => t.category === OBLIGATION_TOPICS.category || OBLIGATION_TOPICS.extra.includes(t.id))
    .map((t) => advisor.topicAnswer(t.id, 'enterprise'))
    .filter((answer): answer is AnswerResult => answer !== undefined);
  return {
    title: 'What an enterprise must do',
    intro: 'When you employ or work with teachers from a college, the guidance puts these duties on the enterprise:',
    entries,
    audience: 'enterprise',
    placeholder: 'Open a duty to read it in full',
  };
}

/** `/obligations`: what an enterprise must do, each duty with its clause and a menu to read it in full. */
export const obligationsCommand = {
  data: { name: 'obligations', description: 'What an enterprise must do, with the clause for each duty', ...COMMAND_CONTEXTS },
  async execute(interaction, services) {
    await respond(interaction, renderDigest(obligationsDigest(services.advisor())));
  },
} satisfies Command;
