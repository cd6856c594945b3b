import { spawn } from 'node:child_process';

/** Times one process start → first answer line of `node <argv…>`, with `question` on stdin, ms. */
function coldStartOnce(argv: readonly string[], question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let answered = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (answered || !chunk.includes('\n')) return;
      answered = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (!answered) reject(new Error(stderr.trim() || `ask exited with code ${String(code)} before answering`));
    });
    child.stdin.end(`${question}\n`);
  });
}

/** The median of `runs` cold starts of `node <argv…>` (an `ask --json`) answering one question, ms. */
export async function measureColdStart(argv: readonly string[], question: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await coldStartOnce(argv, question));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The median wall time of `runs` runs of `command <args…>` to completion (e.g. pnpm running `ask "question"`), ms. */
export async function measureWallTime(command: string, args: readonly string[], cwd: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { cwd, stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit code ${String(code)}`))));
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
