/** One problem found in a knowledge file, located as precisely as the file allows. */
export interface KnowledgeIssue {
  /** File path relative to the knowledge folder. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `questions.3`, or empty for the whole file. */
  field: string;
  message: string;
}

/** Formats an issue as `file:line:column field: message`, the way editors and CI logs link it. */
export function formatIssue(issue: KnowledgeIssue): string {
  const field = issue.field ? ` ${issue.field}:` : '';
  return `${issue.file}:${issue.line}:${issue.column}${field} ${issue.message}`;
}

function invalidMessage(issues: KnowledgeIssue[]): string {
  const lines = issues.map((i) => `  ${formatIssue(i)}`).join('\n');
  return `The knowledge is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines}`;
}

/** Thrown when knowledge files are invalid; carries every issue found, not just the first. */
export class KnowledgeError extends Error {
  readonly code = 'knowledge_invalid';
  constructor(readonly issues: KnowledgeIssue[]) {
    super(invalidMessage(issues));
    this.name = 'KnowledgeError';
  }
}
