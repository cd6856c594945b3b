import { loadKnowledge } from '@cobridge/policy-knowledge';
import type { Command } from '../command.js';
import { formatTable, plural, truncate } from '../format.js';

// Section titles are long sentences; the clause id is what an admin looks up.
const SECTION_WIDTH = 50;

/** `kb coverage`: every clause with its section and the topics citing it; uncited clauses at the end. */
export const coverageCommand: Command = {
  name: 'coverage',
  argsUsage: '',
  arity: 0,
  options: ['dir'],
  summary: 'List every clause, its section and the topics citing it; uncited clauses last.',
  async run({ knowledgeDir }) {
    const knowledge = await loadKnowledge(knowledgeDir);
    const citedBy = new Map<string, string[]>();
    for (const topic of knowledge.topics) {
      for (const clause of topic.citations) citedBy.set(clause, [...(citedBy.get(clause) ?? []), topic.id]);
    }
    const clauses = [...knowledge.clauses.values()];
    const section = (id: string) => truncate(`${id} ${knowledge.sections.get(id) ?? ''}`.trim(), SECTION_WIDTH);
    const rows = clauses.map((c) => [c.id, section(c.section), citedBy.get(c.id)?.join(', ') ?? '-']);
    console.log(formatTable([['Clause', 'Section', 'Cited by'], ...rows]).join('\n'));
    const uncited = clauses.filter((c) => !citedBy.has(c.id));
    console.log(`\n${clauses.length - uncited.length} of ${plural(clauses.length, 'clause')} cited by at least one topic.`);
    if (uncited.length === 0) {
      console.log('Every clause is cited by a topic.');
    } else {
      console.log(`Clauses no topic cites (${uncited.length}):`);
      for (const c of uncited) console.log(`  ${c.id}  ${section(c.section)}`);
    }
    return 0;
  },
};
