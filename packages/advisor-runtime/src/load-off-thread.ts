import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { KnowledgeError, type KnowledgeAndModel, type KnowledgeIssue, type LoadAdvisorOptions } from '@cobridge/policy-knowledge';

type WorkerReply = ({ ok: true } & KnowledgeAndModel) | { ok: false; issues?: KnowledgeIssue[]; message?: string };

/** The compiled worker script; under vitest (running `src/`) it is the built copy in `dist/`. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./load-worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/load-worker.js', import.meta.url));
}

/** Loads, validates and trains in a worker thread; rejects with a KnowledgeError when the knowledge is invalid. */
export function loadOffThread(options: LoadAdvisorOptions): Promise<KnowledgeAndModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: options });
    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok)
        resolve({
          knowledge: reply.knowledge,
          model: reply.model,
          trained: reply.trained,
          ...(reply.tables ? { tables: reply.tables } : {}),
        });
      else reject(reply.issues ? new KnowledgeError(reply.issues) : new Error(reply.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the knowledge worker stopped (exit code ${code})`)));
  });
}
