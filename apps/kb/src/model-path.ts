import { DEFAULT_MODEL_PATH } from '@cobridge/policy-knowledge';
import type { CliArgs } from './cli-args.js';

/** The model file a command reads or writes: `--model`, else the one the bots load. */
export function modelPathOf(args: CliArgs): string {
  return args.options.model ?? DEFAULT_MODEL_PATH;
}
