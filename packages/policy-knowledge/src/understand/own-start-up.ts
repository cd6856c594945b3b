/** "start my own RFID company", "run a small company in my specialty": a company of one's own named with words between. */
const STARTING = '(?:start|starting|found|founding|open|opening|launch|launching|run|running|set up|setting up)';
const COMPANY = '(?:company|business|firm|startup|start-up|enterprise)';
const STARTS_ONE = new RegExp(String.raw`\b${STARTING}\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}${COMPANY}\b`, 'i');
// "the company I want to start": the company named first, then starting it.
const PLANNED = String.raw`(?:want|plan|intend|hope|mean|am going|'m going)\s+to`;
const NAMED_THEN_STARTED = String.raw`\b${COMPANY}\s+(?:i|we)\s+(?:${PLANNED}\s+)?${STARTING}\b`;
const STARTS_ONE_NAMED_FIRST = new RegExp(NAMED_THEN_STARTED, 'i');

/**
 * True when a question names starting a company of one's own, whatever words stand between ("start my own RFID company",
 * "the company I want to start").
 */
export function namesOwnStartUp(text: string): boolean {
  return STARTS_ONE.test(text) || STARTS_ONE_NAMED_FIRST.test(text);
}

const ON_THE_SIDE = new RegExp(String.raw`\b${STARTING}\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}${COMPANY}\s+on the side\b`, 'i');
const NAMED_FIRST_ON_THE_SIDE = new RegExp(String.raw`${NAMED_THEN_STARTED}\s+on the side\b`, 'i');

/**
 * True when a question names running a company of one's own on the side ("run a small software company on the side",
 * "the company I want to start on the side").
 */
export function runsOwnCompanyOnTheSide(text: string): boolean {
  return ON_THE_SIDE.test(text) || NAMED_FIRST_ON_THE_SIDE.test(text);
}
