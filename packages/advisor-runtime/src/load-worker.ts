import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError, loadKnowledgeAndModel, type LoadAdvisorOptions } from '@cobridge/policy-knowledge';

// Runs in a worker thread: reads, validates and (when no built model matches) trains, so a reload never stalls the
// bots' event loop. Posts the plain data back; the main thread only builds the advisor from it.
const options = workerData as LoadAdvisorOptions;
try {
  parentPort?.postMessage({ ok: true, ...(await loadKnowledgeAndModel(options)) });
} catch (error) {
  parentPort?.postMessage(error instanceof KnowledgeError ? { ok: false, issues: error.issues } : { ok: false, message: String(error) });
}
