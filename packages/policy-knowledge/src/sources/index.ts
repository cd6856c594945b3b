export { readDocument, joinLines, ordinalOf, type ReadDocument, type DocumentSection } from './read-document.js';
export { splitSentences } from './split-sentences.js';
export {
  importClauses,
  clauseTextHash,
  CHANGED_SIMILARITY,
  type SourceClause,
  type ClauseDiff,
  type ImportedClauses,
} from './import-clauses.js';
export { planImport, nextVersion, ImportError, type ImportRequest, type ImportPlan } from './import-source.js';
export { renderSourceFile, type SourceContent } from './write-source-file.js';
export { SHIPPED_SOURCE_ID, sourceFileSchema, citedClauseId, splitCitedId, type SourceMeta, type SourceFile } from './source-file.js';
export { SOURCES_FOLDER } from '../load/load-sources.js';
export { readCitingItems, EVAL_FOLDER, type CitingItem } from '../lock/citing-items.js';
export {
  LOCK_FILE,
  lockKey,
  readCurrentClauses,
  readLock,
  writeLock,
  syncLock,
  type CitationLock,
  type LockEntry,
} from '../lock/citation-lock.js';
export { checkLock, formatStale, KIND_NAMES, type LockReport, type StaleCitation } from '../lock/check-lock.js';
