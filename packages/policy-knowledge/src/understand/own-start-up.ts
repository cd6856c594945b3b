/** "start my own RFID company", "run a small company in my specialty": a company of one's own named with words between. */
const STARTS_ONE =
  /\b(?:start|starting|found|founding|open|opening|launch|launching|run|running|set up|setting up)\s+(?:my|our|a|an|his|her)\s+(?:[\w-]+\s+){0,3}(?:company|business|firm|startup|start-up|enterprise)\b/i;

/** True when a question names starting a company of one's own, whatever words stand between ("start my own RFID company"). */
export function namesOwnStartUp(text: string): boolean {
  return STARTS_ONE.test(text);
}
