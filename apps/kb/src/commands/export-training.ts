import { loadKnowledge, trainingRows } from '@cobridge/policy-knowledge';
import type { Command } from '../command.js';

/** `kb export-training`: the classifier's training rows as JSON Lines on stdout. */
export const exportTrainingCommand: Command = {
  name: 'export-training',
  argsUsage: '',
  arity: 0,
  options: ['dir'],
  summary: 'Print the training questions as JSON Lines {"text","intent"} (out of scope: "oos").',
  async run({ knowledgeDir }) {
    const knowledge = await loadKnowledge(knowledgeDir);
    const lines = trainingRows(knowledge).map(({ text, intent }) => JSON.stringify({ text, intent }));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
