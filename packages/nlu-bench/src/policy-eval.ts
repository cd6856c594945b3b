import { parseArgs } from 'node:util';
import { evaluateAdvisor } from './advisor-eval.js';

/**
 * Scores one system on the policy knowledge and prints one JSON object: trained on the knowledge's training
 * questions (its `oos` "not covered" rows a class like any other), scored on the evaluation set. `--system
 * advisor` scores the whole shipped advisor instead; the trainers are loaded only for the other systems, so the
 * advisor's process holds what a serving process holds.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { system: { type: 'string', default: 'cobridge' } } });
  if (values.system === 'advisor') {
    process.stdout.write(`${JSON.stringify(await evaluateAdvisor())}\n`);
    return;
  }
  const [{ loadEvalSet, loadKnowledge, trainingRows }, { evaluate }, { createSystem, SYSTEM_IDS }] = await Promise.all([
    import('@cobridge/policy-knowledge'),
    import('./evaluate.js'),
    import('./systems/create-system.js'),
  ]);
  const usage = `usage: policy-eval --system ${SYSTEM_IDS.join('|')}|advisor`;
  if (!(SYSTEM_IDS as readonly string[]).includes(values.system)) throw new Error(`unknown --system ${values.system}\n${usage}`);
  const train = trainingRows(await loadKnowledge());
  const test = await loadEvalSet();
  const system = await createSystem(values.system as (typeof SYSTEM_IDS)[number]);
  process.stdout.write(`${JSON.stringify(await evaluate(system, { train, test }))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`policy-eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
