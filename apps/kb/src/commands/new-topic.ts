import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { topicSchema } from '@cobridge/policy-knowledge';
import { keepLastGood } from '../keep-last-good.js';
import { modelPathOf } from '../model-path.js';
import { UsageError } from '../cli-args.js';
import type { Command } from '../command.js';
import { topicTemplate } from '../topic-template.js';

/** `kb new-topic <id>`: writes a commented template for a new topic, never over an existing file. */
export const newTopicCommand: Command = {
  name: 'new-topic',
  argsUsage: '<id>',
  arity: 1,
  options: ['dir', 'model'],
  summary: 'Write topics/<id>.yaml, a commented template to fill in.',
  async run({ args, knowledgeDir }) {
    const id = args.positionals[0] ?? '';
    const checked = topicSchema.shape.id.safeParse(id);
    if (!checked.success) throw new UsageError(`invalid topic id "${id}": ${checked.error.issues[0]?.message ?? 'not allowed'}`);
    const file = join(knowledgeDir, 'topics', `${id}.yaml`);
    // The template is not valid until it is filled in: until then ask, start and the bots serve this snapshot.
    await keepLastGood(knowledgeDir, modelPathOf(args));
    try {
      // "wx" fails when the file exists, so an admin's work is never overwritten.
      await writeFile(file, topicTemplate(id), { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(`topics/${id}.yaml already exists; edit it instead`);
      throw error;
    }
    console.log(`Wrote ${file}.`);
    console.log('Fill in every field (the comments explain each), then run: pnpm kb validate');
    console.log('Until the topic is valid, Cobridge keeps answering from the current knowledge (with a warning).');
    return 0;
  },
};
