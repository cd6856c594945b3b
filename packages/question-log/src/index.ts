export * from './hash-user.js';
export * from './is-operational-error.js';
export * from './normalize-question.js';
export * from './open-question-log.js';
export * from './schema-version-error.js';
export * from './types.js';
export type { MissesQuery } from './create-misses-reader.js';
export type { StatsQuery } from './create-stats-reader.js';
export { SCHEMA_VERSION } from './migrate.js';
