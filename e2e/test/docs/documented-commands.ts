import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A command shown in a markdown file, with where it was shown. */
export interface DocumentedCommand {
  file: string;
  command: string;
}

const SHELL_FENCES = /```(?:sh|bash|shell|console)\n([\s\S]*?)```/g;
const INLINE = /`((?:npx -y pnpm@\d+\.\d+\.\d+|pnpm|npm) [^`]+)`/g;

/** Every markdown file a reader is pointed to: the README, docs/ and each package's README. */
export function documentationFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  const readmes = ['apps', 'packages'].flatMap((group) => readdirSync(join(ROOT, group)).map((name) => `${group}/${name}/README.md`));
  return ['README.md', 'e2e/README.md', ...docs, ...readmes];
}

/** The pnpm/npm commands a markdown text shows: lines of shell blocks (without `$ ` and comments) and inline code. */
export function commandsIn(markdown: string): string[] {
  const found: string[] = [];
  for (const [, block] of markdown.matchAll(SHELL_FENCES)) {
    for (const raw of block!.split('\n')) {
      const line = raw
        .replace(/^\$ /, '')
        .replace(/\s+#.*$/, '')
        .trim();
      found.push(...line.split('&&').map((part) => part.trim()));
    }
  }
  for (const [, inline] of markdown.matchAll(INLINE)) found.push(...inline!.split('&&').map((part) => part.trim()));
  return found.filter((command) => /^(npx -y pnpm@|pnpm |npm )/.test(command));
}

/** Every documented command in the repository. */
export function documentedCommands(): DocumentedCommand[] {
  return documentationFiles().flatMap((file) => commandsIn(readFileSync(join(ROOT, file), 'utf8')).map((command) => ({ file, command })));
}

/** Splits a command line into words, keeping quoted strings together (quotes removed). */
export function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
