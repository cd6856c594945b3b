import { spawn } from 'node:child_process';
import type { EvalResult } from './evaluate.js';

/** A child evaluation's outcome: its result (the last line it printed, as JSON), or why there is none. */
export type ChildOutcome<T = EvalResult> = { ok: true; result: T } | { ok: false; reason: string };

/**
 * Runs an evaluation script in its own process (so memory is per system), with `nodeArgs` before the script, and
 * kills it after `budgetS` seconds.
 */
export function runChild<T = EvalResult>(
  script: string,
  args: readonly string[],
  budgetS: number,
  nodeArgs: readonly string[] = [],
): Promise<ChildOutcome<T>> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
        resolve({ ok: true, result: JSON.parse(last) as T });
      } catch (error) {
        resolve({ ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  });
}
