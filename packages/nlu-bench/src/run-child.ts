import { spawn } from 'node:child_process';
import type { EvalResult } from './evaluate.js';

/** A child evaluation's outcome: its result, or why there is none. */
export type ChildOutcome = { ok: true; result: EvalResult } | { ok: false; reason: string };

/** Runs `nlu-eval` in its own process (so memory is per system) and kills it after `budgetS` seconds. */
export function runChild(script: string, args: readonly string[], budgetS: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, budgetS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ ok: false, reason: `did not finish in ${budgetS} s` });
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(stderr.trim() || `exit code ${String(code)}`);
        resolve({ ok: true, result: JSON.parse(last) as EvalResult });
      } catch (error) {
        resolve({ ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  });
}
