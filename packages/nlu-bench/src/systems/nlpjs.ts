import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { Nlp } from '@nlpjs/nlp';
import type { CorpusRow } from '../read-jsonl.js';
import type { Classified, SystemUnderTest } from './system.js';

/** NLP.js 4 (`@nlpjs/nlp` + `@nlpjs/lang-en`) as its docs show; its own threshold 0.5 is the default decline rule. */
export async function createNlpjsSystem(): Promise<SystemUnderTest> {
  const container = await containerBootstrap();
  // NLP.js's own per-language defaults, except `log`: it prints every training epoch to stdout otherwise.
  container.registerConfiguration(
    'nlu-??',
    {
      keepStopwords: true,
      nonefeatureValue: 1,
      nonedeltaMultiplier: 1.2,
      spellCheck: false,
      spellCheckDistance: 1,
      filterZeros: true,
      log: false,
    },
    true,
  );
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp');
  // Raw scores out (threshold 0): the harness applies NLP.js's 0.5 default or the val-tuned threshold itself.
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.threshold = 0;
  nlp.addLanguage('en');
  return {
    name: 'NLP.js',
    defaultThreshold: 0.5,
    async train(rows: readonly CorpusRow[]) {
      for (const row of rows) nlp.addDocument('en', row.text, row.intent);
      await nlp.train();
    },
    async classify(text: string): Promise<Classified> {
      const result = await nlp.process('en', text);
      return { intent: result.intent === 'None' ? 'oos' : result.intent, oosScore: 1 - result.score };
    },
  };
}
