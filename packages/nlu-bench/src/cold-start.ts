import { spawn } from 'node:child_process';

/** Times one process start → first answer line of `node <askScript> --json`, with `question` on stdin, ms. */
function coldStartOnce(askScript: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [askScript, '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
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

/** The median of `runs` cold starts of the console's `ask --json` answering one question, ms. */
export async function measureColdStart(askScript: string, question: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await coldStartOnce(askScript, question));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
