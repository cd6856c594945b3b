/** Just enough types for the anchors the benchmark runs (none of them ships its own). */
declare module '@nlpjs/core' {
  /** A dependency container holding NLP.js plugins. */
  export interface Container {
    use(plugin: unknown): void;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, override: boolean): void;
    get(name: 'nlp'): NlpInstance;
  }
  /** The NLP.js `nlp` object. */
  export interface NlpInstance {
    settings: Record<string, unknown>;
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
  }
  /** Creates the NLP.js container. */
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/nlp' {
  /** The NLP.js `Nlp` plugin. */
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en' {
  /** The NLP.js English language plugin. */
  export const LangEn: unknown;
}
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  /** natural's naive Bayes text classifier. */
  export default class BayesClassifier {
    addDocument(text: string, label: string): void;
    train(): void;
    getClassifications(text: string): { label: string; value: number }[];
  }
}
declare module 'natural/lib/natural/classifiers/logistic_regression_classifier.js' {
  /** natural's logistic regression text classifier. */
  export default class LogisticRegressionClassifier {
    addDocument(text: string, label: string): void;
    train(): void;
    getClassifications(text: string): { label: string; value: number }[];
  }
}
