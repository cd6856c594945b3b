/** Who a roundabout request is put to ("do you know…", "any chance someone could…"). */
const ANYONE = String.raw`(?:you|u|anyone|anybody|someone|somebody)`;
const WH_WORD = String.raw`(?:what|which|who|whom|whose|how|why|where|when)\b`;
/** "can you", "could you please": asking someone to do something. */
const POLITE_ASK = String.raw`(?:can|could|would|will) (?:you|u)(?: please)?`;

/** The verbs of a request put as a gerund ("mind explaining…?"), with the imperative each stands for. */
const GERUNDS: Readonly<Record<string, string>> = {
  explaining: 'explain',
  describing: 'describe',
  summarising: 'summarise',
  summarizing: 'summarize',
  outlining: 'outline',
  'telling me': 'tell me',
  'telling us': 'tell us',
};

/** Each roundabout opening, and what it is put plainly as. */
const WRAPPERS: readonly [RegExp, string | ((gerund: string) => string)][] = [
  // "do you know who pays my injury insurance?" → "who pays my injury insurance?"
  [new RegExp(String.raw`^(?:do|does) ${ANYONE} (?:happen to )?know (?=${WH_WORD})`, 'i'), ''],
  // "can I ask what the agreement covers?" → "what the agreement covers?"
  [new RegExp(String.raw`^(?:can|could|may) (?:i|we) ask (?=${WH_WORD})`, 'i'), ''],
  // "can you help me understand what happens to my pension?" → "what happens to my pension?"
  [new RegExp(String.raw`^(?:${POLITE_ASK} )?help (?:me|us) (?:to )?(?:understand|figure out|work out|find out) (?=${WH_WORD})`, 'i'), ''],
  // "could you help me with my pension?" → "tell me about my pension?"
  [new RegExp(String.raw`^${POLITE_ASK} help (?:me|us) (?:out )?with\s+`, 'i'), 'tell me about '],
  // "any chance you could explain the order class?" → "explain the order class?"
  [new RegExp(String.raw`^(?:is there )?any chance ${ANYONE} (?:could|can|would) (?:please )?`, 'i'), ''],
  // "would you mind explaining the mode?" → "explain the mode?"
  [
    new RegExp(String.raw`^(?:would you |do you )?mind (${Object.keys(GERUNDS).join('|')})\b`, 'i'),
    (gerund: string) => GERUNDS[gerund.toLowerCase()] ?? gerund,
  ],
  // "can you go a bit deeper on the legal side", "could you expand on the legal one" → "tell me more about the legal side"
  [
    new RegExp(
      String.raw`^(?:(?:ok|okay|so|and|hmm+),?\s+)?(?:${POLITE_ASK} )?(?:go (?:a (?:bit|little) )?(?:deeper|further|more) into|` +
        String.raw`go (?:a (?:bit|little) )?(?:deeper|further) on|expand(?: a (?:bit|little))? on|elaborate(?: a (?:bit|little))? on|` +
        String.raw`say (?:a (?:bit|little) )?more (?:on|about))\s+`,
      'i',
    ),
    'tell me more about ',
  ],
  // "is there any info on the teachers' team mode?" → "tell me about the teachers' team mode?"
  [
    /^(?:is there|are there|got|have you got) any (?:info|information|details|explanation|overview|summary) (?:on|about|regarding)\s+/i,
    'tell me about ',
  ],
];

/** An embedded question's order ("what the order-based mode is"), put back as a question's ("what is the order-based mode"). */
const EMBEDDED_ORDER = /^(what|who|which)\s+(.+?)\s+(is|are|was|were)\s*([?.!]*)\s*$/i;

/** The question with a roundabout request put plainly ("do you know what X is?" → "what is X?"); other questions as they are. */
export function withoutRequestWrapper(question: string): string {
  for (const [wrapper, plain] of WRAPPERS) {
    const match = wrapper.exec(question);
    if (!match) continue;
    const rest = (typeof plain === 'string' ? plain : plain(match[1]!)) + question.slice(match[0].length);
    return rest.replace(EMBEDDED_ORDER, '$1 $3 $2$4');
  }
  return question;
}
