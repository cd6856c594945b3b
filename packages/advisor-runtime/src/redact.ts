/** Field names whose values are never logged. */
const SECRET_FIELD = /token|secret|password|authori[sz]ation|cookie|signature|api[-_]?key/i;

// Slack tokens, Discord bot tokens (three dot-separated base64url parts), bearer credentials and Discord
// interaction tokens in a webhook or callback URL (a REST error's `url`).
const SECRET_VALUE = [
  /(?<=\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{16,}/g,
  /\bxox[a-z]-[A-Za-z0-9-]{6,}/g,
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  /\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}\b/g,
  /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/-]{8,}=*/gi,
];

/** Shortest configured secret redacted by exact match (shorter values would blank ordinary words). */
const MIN_SECRET_LENGTH = 8;

/** Replaces anything that looks like a credential, and every given secret value, in a string with `[redacted]`. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  const known = secrets.reduce((out, secret) => (secret.length >= MIN_SECRET_LENGTH ? out.split(secret).join('[redacted]') : out), text);
  return SECRET_VALUE.reduce((out, pattern) => out.replace(pattern, '[redacted]'), known);
}

/** An error as a log field: name, message, stack, its own fields (code, data…) and its cause chain, all redacted. */
function redactError(error: Error, secrets: readonly string[], depth: number): Record<string, unknown> {
  const own = redact({ ...error }, secrets, depth + 1) as Record<string, unknown>;
  return {
    name: error.name,
    message: redactText(error.message, secrets),
    ...(error.stack === undefined ? {} : { stack: redactText(error.stack, secrets) }),
    ...own,
    ...(error.cause === undefined ? {} : { cause: redact(error.cause, secrets, depth + 1) }),
  };
}

/** Deep-copies a value for logging with secret fields and secret-looking strings redacted. */
export function redact(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[deep]';
  if (value instanceof Error) return redactError(value, secrets, depth);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_FIELD.test(key) ? '[redacted]' : redact(v, secrets, depth + 1);
  }
  return out;
}
