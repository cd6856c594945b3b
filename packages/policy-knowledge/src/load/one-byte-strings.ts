// V8 keeps a string in one byte per character when it can, but a piece cut from a text holding any wider character
// (a YAML file with a curly quote or a Chinese word) stays two bytes per character, whatever it holds. Such strings
// take twice the memory, and every regexp run on one is compiled a second time, for two-byte text. The JSON parser
// gives each string the narrowest form its characters allow, so parsing a string's JSON makes a one-byte copy.

/** The same string, held in one byte per character when every character fits in one (V8 otherwise keeps its form). */
export function narrowString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A parsed document (arrays, plain objects and scalars) with every string, keys too, in its narrowest form. */
export function withNarrowStrings(value: unknown): unknown {
  if (typeof value === 'string') return narrowString(value);
  if (Array.isArray(value)) return value.map(withNarrowStrings);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [narrowString(key), withNarrowStrings(field)]));
}
