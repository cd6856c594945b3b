import { parentPort, workerData } from 'node:worker_threads';
import { buildAdvisorTables, KnowledgeError, loadKnowledgeAndModel, type LoadAdvisorOptions } from '@cobridge/policy-knowledge';

// Runs in a worker thread: reads, validates and (when no built model matches) trains, so a reload never stalls the
// bots' event loop. Posts the plain data back, with the advisor's tables; the main thread only builds the advisor.
const options = workerData as LoadAdvisorOptions;
try {
  const loaded = await loadKnowledgeAndModel(options);
  parentPort?.postMessage({ ok: true, ...loaded, tables: loaded.tables ?? buildAdvisorTables(loaded.knowledge) });
} catch (error) {
  parentPort?.postMessage(error instanceof KnowledgeError ? { ok: false, issues: error.issues } : { ok: false, message: String(error) });
}
