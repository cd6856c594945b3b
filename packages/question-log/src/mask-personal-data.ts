// What a question may carry that the log must not keep: contact details, ID numbers and credentials.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const TOKENS = [
  /\bxox[a-z]-[A-Za-z0-9-]{6,}/g,
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  /\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}\b/g,
  /\b(?:Bearer|Bot)\s+[A-Za-z0-9._~+/-]{8,}=*/gi,
  // Any long run of letters and digits mixed, as API keys and passwords are.
  /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}\b/g,
];
// Mainland resident ID numbers: 18 characters (the last may be X) or the old 15 digits.
const ID_CARD = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/gu;
// Nine or more digits, optionally with a leading + and single spaces, dots, dashes or brackets between them
// (a date such as 2025-09-01 has eight and stays).
const PHONE = /(?<![0-9A-Za-z])\+?\(?\d(?:[\s().-]?\d){8,16}(?![0-9A-Za-z])/gu;

/** Replaces e-mail addresses, token-shaped strings, ID-card numbers and phone numbers in `text` with placeholders. */
export function maskPersonalData(text: string): string {
  const withoutTokens = TOKENS.reduce((out, pattern) => out.replace(pattern, '[token]'), text.replace(EMAIL, '[email]'));
  return withoutTokens.replace(ID_CARD, '[id]').replace(PHONE, '[phone]');
}
