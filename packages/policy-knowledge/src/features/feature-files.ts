import type { z } from 'zod';
import type { ParsedYaml } from '../load/parse-yaml-file.js';
import { eligibilityFileSchema, type EligibilityFile } from './eligibility-schema.js';
import { glossaryFileSchema, type GlossaryFile } from './glossary-schema.js';
import { modeFinderFileSchema, type ModeFinderFile } from './mode-finder-schema.js';
import { obligationsFileSchema, type ObligationsFile } from './obligations-schema.js';

/** The feature data of a knowledge folder; a feature whose file is absent is undefined (and switched off). */
export interface KnowledgeFeatures {
  eligibility?: EligibilityFile | undefined;
  modeFinder?: ModeFinderFile | undefined;
  obligations?: ObligationsFile | undefined;
  glossary?: GlossaryFile | undefined;
}

/** The optional feature files, by the name the Knowledge knows them under. */
export const FEATURE_FILES = {
  eligibility: 'eligibility.yaml',
  modeFinder: 'mode-finder.yaml',
  obligations: 'obligations.yaml',
  glossary: 'glossary.yaml',
} as const;

type Loaded<T> = { parsed: ParsedYaml; value: T } | undefined;

/** Reads one file and validates it; undefined when it is absent or invalid (the reader records why). */
export type FeatureFileReader = <T>(file: string, schema: z.ZodType<T>) => Promise<Loaded<T>>;

/** Every feature file, read and validated with the loader's own reader. */
export async function readFeatureFiles(read: FeatureFileReader) {
  return {
    eligibility: await read<EligibilityFile>(FEATURE_FILES.eligibility, eligibilityFileSchema),
    modeFinder: await read<ModeFinderFile>(FEATURE_FILES.modeFinder, modeFinderFileSchema),
    obligations: await read<ObligationsFile>(FEATURE_FILES.obligations, obligationsFileSchema),
    glossary: await read<GlossaryFile>(FEATURE_FILES.glossary, glossaryFileSchema),
  };
}

/** The values of the feature files, as the Knowledge holds them. */
export function featureValues(files: Awaited<ReturnType<typeof readFeatureFiles>>): KnowledgeFeatures {
  return {
    eligibility: files.eligibility?.value,
    modeFinder: files.modeFinder?.value,
    obligations: files.obligations?.value,
    glossary: files.glossary?.value,
  };
}
