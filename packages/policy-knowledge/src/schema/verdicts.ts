/**
 * The verdicts a yes/no question can get: the guidance says yes, no, partly, or does not settle it. Kept apart from
 * the schemas, so answering a question loads no zod.
 */
export const VERDICTS = ['yes', 'no', 'partly', 'not-stated'] as const;
