import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { planImport } from '@cobridge/policy-knowledge';
import { UsageError } from '../cli-args.js';
import type { Command } from '../command.js';
import { formatImport } from '../format-import.js';

/** Largest document `kb import` reads. */
export const MAX_DOCUMENT_BYTES = 256 * 1024;

/** `kb import <file> --source <id>`: splits a document into a source's clauses, shows what changed, writes the file. */
export const importCommand: Command = {
  name: 'import',
  argsUsage: '<file>',
  arity: 1,
  options: ['dir', 'source', 'dry-run', 'title', 'attribution', 'version'],
  summary:
    "Split a text or Markdown document into a source's clauses; show added, changed (side by side) and removed clauses; " +
    'write them unless --dry-run.',
  async run({ args, knowledgeDir }) {
    const sourceId = args.options.source;
    if (!sourceId) throw new UsageError("import needs --source <id>: the shipped paper's id to update it, or a new id");
    const path = args.positionals[0]!;
    const text = await readDocumentText(path);
    const plan = await planImport({
      knowledgeDir,
      text,
      sourceId,
      ...(extname(path).toLowerCase() === '.md' ? { markdown: true } : {}),
      ...(args.options.title ? { title: args.options.title } : {}),
      ...(args.options.attribution ? { attribution: args.options.attribution } : {}),
      ...(args.options.version ? { version: args.options.version } : {}),
    });
    console.log(formatImport(plan));
    if (args.options['dry-run']) {
      console.log('\nDry run: nothing was written.');
      return 0;
    }
    if (plan.yaml === undefined) {
      console.log(`\nNothing changed; ${plan.file} is left as it is.`);
      return 0;
    }
    const target = join(knowledgeDir, plan.file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(`${target}.tmp`, plan.yaml);
    await rename(`${target}.tmp`, target);
    console.log(`\nWrote ${plan.file} (version ${plan.meta.version}).`);
    if (plan.diff.changed.length + plan.diff.removed.length > 0) {
      console.log(
        'Next: `pnpm kb validate` lists the facts, answers and evaluation items citing what changed; `pnpm kb review` walks through them.',
      );
    }
    return 0;
  },
};

async function readDocumentText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new Error(`${path} is too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\0') || text.includes('\uFFFD')) throw new Error(`${path} is not UTF-8 text: import plain text or Markdown`);
  return text;
}
