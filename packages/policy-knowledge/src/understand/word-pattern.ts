// The engine's long patterns are written as named word lists, each alternative a regular-expression source.

/** A non-capturing group that matches any one of the alternatives: `anyOf(['hide', 'conceal\\w*'])` is `(?:hide|conceal\w*)`. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** A pattern that matches any one of the alternatives as a whole word (`\b(?:a|b)\b`), case-insensitive unless told. */
export function wordPattern(alternatives: readonly string[], flags = 'i'): RegExp {
  return new RegExp(String.raw`\b${anyOf(alternatives)}\b`, flags);
}
