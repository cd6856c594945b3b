import { parseArgs } from 'node:util';
import { loadEvalSet, loadKnowledge, trainingRows } from '@cobridge/policy-knowledge';
import { evaluateAdvisor } from './advisor-eval.js';
import { evaluate } from './evaluate.js';
import { createSystem, SYSTEM_IDS, type SystemId } from './systems/create-system.js';

const USAGE = `usage: policy-eval --system ${SYSTEM_IDS.join('|')}|advisor`;

/**
 * Scores one system on the policy knowledge and prints one JSON object: trained on the knowledge's training
 * questions (its `oos` "not covered" rows a class like any other), scored on the evaluation set. `--system
 * advisor` scores the whole shipped advisor instead.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { system: { type: 'string', default: 'cobridge' } } });
  if (values.system === 'advisor') {
    process.stdout.write(`${JSON.stringify(await evaluateAdvisor())}\n`);
    return;
  }
  if (!(SYSTEM_IDS as readonly string[]).includes(values.system)) throw new Error(`unknown --system ${values.system}\n${USAGE}`);
  const train = trainingRows(await loadKnowledge());
  const test = await loadEvalSet();
  const system = await createSystem(values.system as SystemId);
  process.stdout.write(`${JSON.stringify(await evaluate(system, { train, test }))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`policy-eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
