/** Most questions answered from one message. */
export const MAX_PARTS = 3;
/** A part shorter than this many words is glued back to its neighbour. */
const MIN_PART_WORDS = 3;

const QUESTION_START = String.raw`(?:for how long|for how many|(?:at|in|from|on|under|to|for|with|by) (?:what|which|whom)|by when|until when|whether|do|does|did|can|could|will|would|is|are|am|should|shall|must|may|who|what|what's|whats|which|when|where|why|how|and how|and what|and who|and do|and does|and can|and will|and is|and are|(?:also|plus),? (?:do|does|can|will|is|are|what|how|who|which|when))`;
// ", and do I keep …" / "; how long …" / " and also …": a new question starts after the connective.
const JOINT = new RegExp(String.raw`\s*(?:[,;.!]\s*(?:and\s+|also\s+|plus\s+|but\s+)?|\s+(?:and|also|plus|&)\s+(?:also\s+)?)(?=${QUESTION_START}\b)`, 'giu');

const ASKS_START = new RegExp(`^${QUESTION_START}\\b`, 'i');

// "if I leave, do I keep…", "what happens if he is hurt, does the school…": a sentence opening with a condition is one
// question, whatever its commas.
const SUBORDINATE = /^(?:so\s+|and\s+|but\s+)?(?:if|when|whenever|since|because|as|after|before|while|once|suppose|say|in case|assuming|given|what happens if|what if)\b/i;

/** Splits a message into its questions (up to three): at question marks, then at ", and <question word>". */
export function splitQuestion(message: string): string[] {
  const sentences = message
    .split(/(?<=\?)\s*|(?<=[.!])\s+(?=[A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const parts = sentences.flatMap((s) => (SUBORDINATE.test(s) ? [s] : s.split(JOINT).map((p) => p.trim()).filter((p) => p.length > 0)));
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    const asks = /\?\s*$/.test(part) || ASKS_START.test(part);
    if (previous !== undefined && (wordCount(part) < MIN_PART_WORDS || !asks) && !/\?\s*$/.test(previous)) merged[merged.length - 1] = `${previous} ${part}`;
    else if (previous !== undefined && wordCount(part) < MIN_PART_WORDS && !asks) merged[merged.length - 1] = `${previous} ${part}`;
    else merged.push(part);
  }
  // A statement before a question is its context ("my startup is failing, can I go back early?").
  const questions: string[] = [];
  let context = '';
  for (const part of merged) {
    const asks = /\?\s*$/.test(part) || ASKS_START.test(part);
    if (!asks && part !== merged[merged.length - 1]) context = `${context}${part}, `;
    else {
      questions.push(`${context}${part}`);
      context = '';
    }
  }
  if (questions.length <= MAX_PARTS) return questions.length > 0 ? questions : [message.trim()];
  return [...questions.slice(0, MAX_PARTS - 1), questions.slice(MAX_PARTS - 1).join(' ')];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
