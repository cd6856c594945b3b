/** "start my own RFID company", "run a small company in my specialty": a company of one's own named with words between. */
const STARTING = '(?:start|starting|found|founding|open|opening|launch|launching|run|running|set up|setting up)';
const COMPANY = '(?:company|business|firm|startup|start-up|enterprise)';
const STARTS_ONE = new RegExp(String.raw`\b${STARTING}\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}${COMPANY}\b`, 'i');

/** True when a question names starting a company of one's own, whatever words stand between ("start my own RFID company"). */
export function namesOwnStartUp(text: string): boolean {
  return STARTS_ONE.test(text);
}

const ON_THE_SIDE = new RegExp(String.raw`\b${STARTING}\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}${COMPANY}\s+on the side\b`, 'i');

/** True when a question names running a company of one's own on the side ("run a small software company on the side"). */
export function runsOwnCompanyOnTheSide(text: string): boolean {
  return ON_THE_SIDE.test(text);
}
