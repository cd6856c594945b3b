import { formatIssue, loadKnowledge } from '@cobridge/policy-knowledge';
import type { Command } from '../command.js';
import { plural } from '../format.js';

/** `kb validate`: checks every knowledge file; problems are reported by the error funnel, all at once. */
export const validateCommand: Command = {
  name: 'validate',
  argsUsage: '',
  arity: 0,
  options: ['dir'],
  summary: 'Check every knowledge file; list every problem as file:line:column field: message, then warnings.',
  async run({ knowledgeDir }) {
    const knowledge = await loadKnowledge(knowledgeDir);
    const questions = knowledge.topics.reduce((sum, t) => sum + t.questions.length, 0);
    console.log(
      `Knowledge ${knowledge.version} is valid: ${plural(knowledge.topics.length, 'topic')}, ` +
        `${plural(knowledge.clauses.size, 'clause')}, ${plural(questions, 'training question')}, ` +
        `${plural(knowledge.outOfScope.length, 'out-of-scope example')}.`,
    );
    if (knowledge.warnings.length > 0) {
      console.log(`\nCheck ${knowledge.warnings.length === 1 ? 'this' : 'these'} ` +
          `(${plural(knowledge.warnings.length, 'warning')}; they do not stop anything):`);
      for (const warning of knowledge.warnings) console.log(`  ${formatIssue(warning)}`);
    }
    return 0;
  },
};
