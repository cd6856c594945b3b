/** Thrown on open when the database was written by a newer version of this package. */
export class SchemaVersionError extends Error {
  /** Creates the error for a file at `found` when this code knows up to `supported`. */
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `question log schema version ${found} is newer than this code supports (${supported}); ` +
        'upgrade @cobridge/question-log or point COBRIDGE_DB at another file',
    );
    this.name = 'SchemaVersionError';
  }
}
