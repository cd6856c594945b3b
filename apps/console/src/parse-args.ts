import { parseArgs } from 'node:util';
import { AUDIENCES, type Audience } from '@cobridge/policy-knowledge/serve';

/** The parsed command line of `ask`. */
export interface AskArgs {
  json: boolean;
  audience: Audience | undefined;
  question: string;
}

const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);

/** Parses `ask [--json] [--audience teacher|enterprise] [question…]`; throws a readable error on bad flags. */
export function parseAskArgs(argv: string[]): AskArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const option = /option '(-[^' ]+)/i.exec((error as Error).message)?.[1];
    if (option === '--audience') throw new Error(`--audience must be one of: ${AUDIENCES.join(', ')}`);
    throw new Error(`unknown option ${option ?? ''} (options: --json, --audience teacher|enterprise)`.replace('  ', ' '));
  }
  const { audience } = parsed.values;
  if (audience !== undefined && !isAudience(audience)) throw new Error(`--audience must be one of: ${AUDIENCES.join(', ')}`);
  return { json: parsed.values.json === true, audience, question: parsed.positionals.join(' ') };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, audience: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}
