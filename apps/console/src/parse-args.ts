import { AUDIENCES, type Audience } from '@cobridge/policy-knowledge/serve';

/** The parsed command line of `ask`. */
export interface AskArgs {
  json: boolean;
  audience: Audience | undefined;
  question: string;
}

/** Parses `ask [--json] [--audience teacher|enterprise] [question…]`; throws a readable error on bad flags. */
export function parseAskArgs(argv: string[]): AskArgs {
  const args: AskArgs = { json: false, audience: undefined, question: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--audience' || arg.startsWith('--audience=')) {
      const value = arg.includes('=') ? arg.slice('--audience='.length) : argv[++i];
      if (!AUDIENCES.includes(value as Audience)) throw new Error(`--audience must be one of: ${AUDIENCES.join(', ')}`);
      args.audience = value as Audience;
    } else if (arg === '--') words.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (options: --json, --audience teacher|enterprise)`);
    else words.push(arg);
  }
  args.question = words.join(' ');
  return args;
}
