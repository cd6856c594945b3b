import { hasWords, loadAdvisor, sanitizeQuestion } from '@cobridge/policy-knowledge';
import type { Command } from '../command.js';
import { explainQuestion } from '../explain-question.js';
import { modelPathOf } from '../model-path.js';

/** `kb explain "<question>"`: what the classifier saw and why the advisor answered, clarified or declined. */
export const explainCommand: Command = {
  name: 'explain',
  argsUsage: '"<question>"',
  arity: 'words',
  options: ['dir', 'model'],
  summary: 'Show topic scores, the words that mattered, and why it answered, clarified or declined.',
  async run({ args, knowledgeDir }) {
    const advisor = await loadAdvisor({ knowledgeDir, modelPath: modelPathOf(args) });
    const { text } = sanitizeQuestion(args.positionals.join(' '));
    if (!hasWords(text)) {
      console.log('Declined (reason: empty): the question has no words to classify.');
      return 0;
    }
    console.log(explainQuestion(advisor, text));
    return 0;
  },
};
