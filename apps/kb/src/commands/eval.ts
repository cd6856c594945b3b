import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { evaluate, loadAdvisor, loadEvalSet } from '@cobridge/policy-knowledge';
import { BLIND_SETS, evaluateBlindSet, loadBlindSet } from '@cobridge/advisor-runtime';
import { formatBlindReport } from '../format-blind-report.js';
import type { Command } from '../command.js';
import { checkFloors, formatFloorChecks } from '../eval-floors.js';
import type { EvalContext } from '../eval-context.js';
import { readLastEval, snapshotOf, writeLastEval } from '../eval-history.js';
import { formatEvalReport } from '../format-eval-report.js';
import { modelPathOf } from '../model-path.js';
import { DEFAULT_HTML_REPORT_PATH } from '../paths.js';
import { renderEvalHtml } from '../render-eval-html.js';

/** `kb eval`: scores the advisor on the evaluation set, on the terminal (or as JSON) and as an HTML page. */
export const evalCommand: Command = {
  name: 'eval',
  argsUsage: '',
  arity: 0,
  options: ['dir', 'model', 'html', 'json', 'floors', 'blind'],
  summary: 'Score the advisor on the evaluation set; also writes an HTML report with charts.',
  async run({ args, knowledgeDir }) {
    // The model is used when it was built from this knowledge; otherwise loadAdvisor trains one in memory.
    const advisor = await loadAdvisor({ knowledgeDir, modelPath: modelPathOf(args) });
    const report = evaluate(advisor, await loadEvalSet());
    const json = args.options.json === true;
    const htmlPath = resolve(args.options.html ?? DEFAULT_HTML_REPORT_PATH);
    // The previous run's scores live beside the HTML report, so a report folder keeps its own history.
    const historyPath = `${htmlPath.replace(/\.html?$/i, '')}.last.json`;
    const context: EvalContext = {
      version: advisor.version,
      generatedAt: new Date(),
      titles: new Map(advisor.topics().map((t) => [t.id, t.title])),
      previous: await readLastEval(historyPath),
    };
    // With --json, stdout carries only the JSON; notes go to stderr.
    const note = json ? console.error : console.log;
    // The blind sets, answered as the bots answer (conversations through the same follow-up memory), by category.
    // A held-out set's misses are dropped here, so neither the terminal nor --json ever shows them.
    // `--blind <file>` adds a set given on the command line (e.g. a Chinese one), held out like set B.
    const extra = args.options.blind ? [['extra', { file: resolve(args.options.blind), dir: '', heldOut: true }] as const] : [];
    const sets = [...Object.entries(BLIND_SETS).map(([name, set]) => [name, { ...set, dir: undefined }] as const), ...extra];
    const blind = await Promise.all(
      sets.map(async ([name, set]) => {
        const report = evaluateBlindSet(advisor, await loadBlindSet(set.file, set.dir));
        return { name, heldOut: set.heldOut, report: set.heldOut ? { ...report, misses: [] } : report };
      }),
    );
    console.log(
      json
        ? JSON.stringify({ version: advisor.version, ...report, blind: Object.fromEntries(blind.map((b) => [b.name, b.report])) }, null, 2)
        : [formatEvalReport(report, context), ...blind.map((b) => formatBlindReport(b.name.toUpperCase(), b.report, b.heldOut))].join(
            '\n\n',
          ),
    );
    await mkdir(dirname(htmlPath), { recursive: true });
    await writeFile(htmlPath, renderEvalHtml(report, context));
    await writeLastEval(historyPath, snapshotOf(report, advisor.version, context.generatedAt));
    note(`\nHTML report: ${htmlPath}`);
    if (!args.options.floors) return 0;
    const checks = checkFloors(report);
    const failed = checks.filter((c) => !c.passed).length;
    note(`\nFloors (${failed === 0 ? 'all met' : `${failed} not met`}):\n${formatFloorChecks(checks)}`);
    return failed === 0 ? 0 : 1;
  },
};
