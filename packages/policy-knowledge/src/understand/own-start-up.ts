/** "start my own RFID company", "run a small company in my specialty": a company of one's own named with words between. */
const STARTING = '(?:start|starting|found|founding|open|opening|launch|launching|run|running|set up|setting up)';
const COMPANY = '(?:company|business|firm|startup|start-up|enterprise)';
const STARTS_ONE = new RegExp(String.raw`\b${STARTING}\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}${COMPANY}\b`, 'i');

/** True when a question names starting a company of one's own, whatever words stand between ("start my own RFID company"). */
export function namesOwnStartUp(text: string): boolean {
  return STARTS_ONE.test(text);
}
