import type { SystemUnderTest } from './system.js';

/** The systems the benchmark can run, by command-line id. */
export const SYSTEM_IDS = ['cobridge', 'nlpjs', 'natural-bayes', 'natural-lr'] as const;
/** A command-line system id. */
export type SystemId = (typeof SYSTEM_IDS)[number];

/** Creates a system by id; each anchor is imported only when asked for, so its memory is not counted for others. */
export async function createSystem(id: SystemId): Promise<SystemUnderTest> {
  switch (id) {
    case 'cobridge':
      return (await import('./cobridge.js')).createCobridgeSystem();
    case 'nlpjs':
      return (await import('./nlpjs.js')).createNlpjsSystem();
    case 'natural-bayes':
      return (await import('./natural-classifier.js')).createNaturalSystem('bayes');
    case 'natural-lr':
      return (await import('./natural-classifier.js')).createNaturalSystem('logistic-regression');
  }
}
