/** Why a question is stopped before it is classified: refused outright, or about another country's rules. */
export type GuardReason = 'harmful' | 'other-jurisdiction';

/** A refusal: the guard's reason and the short explanation shown to the asker. */
export interface GuardDecision {
  reason: GuardReason;
  /** What the request asks for, in a few words ("hide income from the school"). */
  because: string;
}

// A request for help doing something: "help me …", "how do I …", "write a …", "can you …", "I want to …".
const REQUEST = String.raw`(?:help (?:me|us)(?: to)?|edit|alter|invent|fabricate|backdate|forge|fake|can (?:i|we) (?:just|simply|quietly|secretly)|what's the (?:trick|easiest way|best way)|walk me through|(?:could|would) you|i'd love to|we'd love to|draft me|how (?:do|can|could|should|would|might) (?:i|we|one|he|she|our (?:company|firm|startup|school)|my (?:company|startup|firm))|how to|(?:can|could|would|will) you|please|pls|write|draft|prepare|put together|fill (?:in|out)|make (?:me|us)|give (?:me|us)|show (?:me|us)|teach (?:me|us)|tell (?:me|us) how to|i (?:want|need|would like|'d like|wanna) to|we (?:want|need|would like|'d like|wanna) to|i'm (?:going|trying|planning) to|we're (?:going|trying|planning) to|is there (?:a|any) way to|any (?:way|tricks?|tips?) to|best way to|ways to|tricks? to|tips? (?:to|for)|let's|lets|should (?:i|we))`;

// Acts a policy advisor never helps with: deceiving, forging, evading an obligation, stealing, harming.
const ACTS: [RegExp, string][] = [
  [
    /\b(?:hide|hiding|conceal\w*|cover(?:ing)? up|not (?:declare|disclose|report)|under-?report\w*|misreport\w*)\b.{0,60}\b(?:income|revenue|profits?|earnings|money|shares?|equity|startup|company|business|job|work|achievements?|from the school|from my school|from the college)\b/i,
    'hide income or facts from the school',
  ],
  [
    /\b(?:fake|forge|forging|forged|falsify\w*|fabricat\w*|counterfeit\w*|backdat\w*|doctor(?:ed)?|make up|invent)\b.{0,40}\b(?:agreements?|contracts?|documents?|papers?|records?|certificates?|achievements?|results?|data|signatures?|stamps?|seals?|reports?|evidence|proof|grades?|awards?|invoices?|receipts?)\b/i,
    'forge documents or achievements',
  ],
  [
    /\b(?:avoid|dodge|evade|evading|escape|get out of|skip|stop|not|never) (?:paying|contributing|the contributions?|(?:his|her|their|the|our) (?:work-related )?injury insurance|(?:his|her|their|the|our) social insurance|(?:his|her|their|the|our) insurance|tax(?:es)?|pay(?:ing)? (?:his|her|their|the|for) (?:work-related )?injury insurance)\b/i,
    'evade an obligation',
  ],
  [
    /\b(?:copy|copying|steal\w*|take|taking|download\w*|smuggle|leak\w*|sell\w*|exfiltrat\w*)\b.{0,40}\b(?:confidential|secret|private|internal|proprietary|the school's|the college's|student)\b.{0,20}\b(?:data|files?|documents?|information|records?|research|secrets?|designs?|code)?/i,
    'take confidential data',
  ],
  [/(?<!anti-?)\b(?:backdat\w*|falsif\w*|forg(?:e|es|ed|ing|ery)|counterfeit\w*)\b/i, 'forge documents or dates'],
  [
    /\b(?:invent|fabricate|make up)\b.{0,40}\b(?:patents?|awards?|prizes?|publications?|papers?|projects?|achievements?|results?)\b/i,
    'forge documents or achievements',
  ],
  [
    /\b(?:edit|alter|change|modify|rewrite|doctor)\b.{0,40}\b(?:guidance|policy|document|text|agreement|contract|certificate|record)\b.{0,30}\bso (?:it|that it) (?:says|reads|shows)\b/i,
    'alter an official document',
  ],
  [
    /\bsign (?:the |his |her |their |someone(?:'s| else's) |my (?:boss|dean|colleague)'s |the company's |the school's |the college's )?(?:name|signature)\b|\bsign (?:for|on behalf of) (?:him|her|them|the company|the school)\b/i,
    "sign someone else's name",
  ],
  [
    /\b(?:pretend\w* to be|impersonat\w*|pose as|posing as|mak(?:e|es|ing) it look like|so it looks like|mak(?:e|es|ing) (?:it|us|me|my startup|my company|the company|our company) (?:look|appear|seem)|pass (?:it|us|my startup|my company) off as|disguis\w*)\b/i,
    'deceive someone',
  ],
  [
    /\bso (?:that )?(?:the school|my school|the college|my college|they|nobody|no one|no-one|the university|hr|my boss|the dean)(?: will)? (?:never |doesn't |does not |won't |can't |don't )?(?:find out|finds out|know|knows|notice|notices|see|sees)\b|\bwithout (?:telling|informing|asking) (?:anyone|anybody|them|the school|my school|the college|hr|my dean)\b|\bin (?:my|his|her) (?:wife|husband|spouse|partner|brother|sister|mother|father|relative|friend)'s name\b/i,
    'hide something from the school',
  ],
  [
    /\b(?:so (?:that )?it (?:doesn't|does not|won't|will not) count as|not (?:count|be recorded|be reported) as) (?:a )?(?:work(?:-related)? injury|injury|accident)\b|\bcover(?:ing)? (?:it |this |the injury |the accident )?up\b/i,
    'evade an obligation',
  ],
  [
    /\b(?:pull|scrape|extract|copy|take|export|grab|harvest|collect|get|download)\b.{0,40}\b(?:phone numbers?|id numbers?|id cards?|personal (?:data|information|details)|contact details|home addresses|addresses|emails?)\b/i,
    "take people's personal data",
  ],
  [
    /\b(?:anonymous (?:complaints?|reports?|letters?|posts?|messages?)|smear|(?:false|made-up|made up|fabricated|invented|fake) (?:complaints?|reports?|accusations?|allegations?|claims? about|rumou?rs)|spread rumou?rs)\b/i,
    'harm someone',
  ],
  [
    /\bwith (?:his|her|their|the dean's|my dean's|the boss's|my boss's|the school's) (?:signature|stamp|seal) (?:already )?on it\b|\bput (?:his|her|their|the dean's|the school's) (?:signature|stamp|seal) on\b/i,
    "sign someone else's name",
  ],
  [
    /\b(?:secretly|quietly|covertly)\b.{0,40}\b(?:keep|take|draw|collect|run|work|transfer|move|register|pay|use|copy|sell)\b/i,
    'act behind the school’s back',
  ],
  [
    /\b(?:poach|lure away|steal)\b.{0,30}\b(?:students?|staff|teachers?|clients?|customers?|projects?|patents?|ip|research|designs?|code)\b/i,
    'take what belongs to others',
  ],
  [/\b(?:underpay|under-pay|not pay|avoid paying|stop paying|skip paying|pay less than (?:the law|required))\b/i, 'evade an obligation'],
  [/\b(?:exploit|overwork)\b.{0,30}\b(?:students?|interns?|trainees?)\b|\b(?:unpaid|free) (?:labou?r)\b/i, 'exploit students'],
  [/\b(?:threaten|harass|bully|intimidate|defame|retaliate against|get revenge on|punish)\b/i, 'harm someone'],
  [
    /\b(?:double[- ]dip|claim (?:both|two) salaries|draw (?:my |a |the )?(?:full )?(?:school )?salary while)\b/i,
    'take pay the rules do not give',
  ],
  [
    /\b(?:tamper with|manipulate|rig|fiddle)\b.{0,30}\b(?:evaluation|assessment|grades?|ratings?|records?|results?|numbers|accounts?|books)\b/i,
    'tamper with records',
  ],
  [/\b(?:bribe\w*|launder\w*|embezzl\w*|blackmail\w*|extort\w*|kickbacks?)\b/i, 'bribe, launder or blackmail'],
  [
    /\b(?:lie|lying) (?:to|on|about)\b|\b(?:deceive|trick|mislead|cheat)\w*\b.{0,30}\b(?:school|college|university|ministry|department|hr|auditors?|students?|enterprise|company|them|him|her)\b/i,
    'deceive someone',
  ],
  [
    /\bwithout (?:the school|my school|the college|my college|anyone|them|hr|the university) (?:knowing|finding out|noticing)\b/i,
    'act behind the school’s back',
  ],
  [
    /\b(?:hurt|harm|sabotage|ruin|punish|get back at|revenge on|threaten)\b.{0,30}\b(?:him|her|them|the teacher|the school|the company|my colleague|a colleague|my boss|my dean|the dean|students?)\b/i,
    'harm someone',
  ],
  [
    /\b(?:fire|sack|dismiss)\b.{0,20}\b(?:him|her|the teacher)\b.{0,30}\b(?:injur\w*|hurt|pregnan\w*|complain\w*)\b/i,
    'dismiss someone unlawfully',
  ],
];

// The guidance is a Chinese ministry's. "US" counts as a country only when written as one (capitals or dots).
const COUNTRY =
  /\b(?:in|for|from|of|under) (?:the )?(?:united states|america|american|uk|u\.k\.|britain|british|england|germany|german|france|french|japan|japanese|korea|korean|india|indian|canada|canadian|australia|australian|europe|european|singapore|russia|russian|brazil|taiwan|hong kong|macau|macao)\b/i;
// "US" and "EU" only in capitals or with dots, so "for us" stays the enterprise contact speaking.
// "the UK rules on spin-outs", "German law": a country's adjective before its rules.
const COUNTRY_RULES =
  /\b(?:uk|british|english|american|german|french|japanese|korean|indian|canadian|australian|european|singaporean|russian|taiwanese|hong kong)\s+(?:rules?|laws?|policy|policies|regulations?|system|government|universities|colleges)\b/i;
const COUNTRY_CAPITALS =
  /\b(?:in|for|from|of|under) (?:the )?(?:U\.S\.A?\.?|USA|US|EU)\b|\bUS (?:law|laws|rules?|universities|colleges|professors|teachers|companies|policy|government)\b/;
const ABOUT_RULES =
  /\b(?:guidance|policy|policies|rules?|laws?|regulations?|teachers?|lecturers?|professors?|schools?|colleges?|universit(?:y|ies)|institutions?|apply|applies|insurance|leave|pension|staff)\b/i;

const REQUEST_PATTERN = new RegExp(`(?:^|\\b)${REQUEST}\\b`, 'i');

// Words between the request and the act that make it a question about the act, not a request to do it.
const ASKS_ABOUT = /\b(?:if|when|whether|in case|happens?|suppose|what|why|who|explain|is it|are there|rules? (?:on|about)|protect)\b/i;

// Words that give away a plan to deceive or evade, whoever is asked: no request frame needed.
const PLAN_MARKERS: [RegExp, string][] = [
  [
    /\b(?:without (?:getting caught|being caught|anyone noticing|them noticing|leaving a trace)|get away with|so (?:that )?(?:no one|nobody|no-one|they|the school|hr|the college) (?:can|will|would)?\s*(?:ever )?(?:find out|finds out|notice|notices|know|knows|trace|check)|behind (?:the school's|the college's|their|my school's|my dean's|hr's) back|under the table|off the books|cook the books)\b/i,
    'deceive someone or hide something',
  ],
];

/** Returns why a question must be stopped before it is classified, or undefined when it may be answered. */
export function guardQuestion(question: string): GuardDecision | undefined {
  const act = harmfulAct(question);
  if (act) return { reason: 'harmful', because: act };
  if ((COUNTRY.test(question) || COUNTRY_CAPITALS.test(question) || COUNTRY_RULES.test(question)) && ABOUT_RULES.test(question))
    return { reason: 'other-jurisdiction', because: 'another country’s rules' };
  return undefined;
}

/** The harmful act a request asks help with, or undefined: the act alone ("what if he leaks our secrets?") is not a request. */
function harmfulAct(question: string): string | undefined {
  for (const [pattern, because] of PLAN_MARKERS) if (pattern.test(question)) return because;
  for (const sentence of question.split(/(?<=[.?!;])\s+/u)) {
    const request = REQUEST_PATTERN.exec(sentence);
    if (!request) continue;
    const rest = sentence.slice(request.index);
    const requestEnd = request[0].length;
    for (const [pattern, because] of ACTS) {
      const act = pattern.exec(rest);
      if (act && !ASKS_ABOUT.test(rest.slice(Math.min(requestEnd, act.index), act.index))) return because;
    }
  }
  return undefined;
}

// The vocabulary of wrongdoing: a message the refusal check flags is refused only when it uses some of it.
const HARM_WORDS =
  /\b(?:hide|hid|hiding|conceal\w*|secret\w*|quiet(?:ly)?|discreet\w*|sneak\w*|without (?:telling|anyone|them|the school|hr|asking|signing|permission)|nobody|no one|fake\w*|forg\w*|falsif\w*|fabricat\w*|backdat\w*|counterfeit\w*|made-up|make up|doctor\w*|alter\w*|edit\w*|tamper\w*|lie|lies|lying|mislead\w*|deceiv\w*|trick\w*|fool\w*|pretend\w*|pass (?:off|as)|look like|sound like|disguis\w*|impersonat\w*|pose as|bribe\w*|kickback\w*|red envelope|gift|commission|under the table|off the books|launder\w*|steal\w*|leak\w*|poach\w*|copy\w*|download\w*|export\w*|sell\w*|scrap\w*|pull|take (?:home|out)|dodge\w*|evad\w*|avoid\w*|escape|skip\w*|wriggle|loophole\w*|get out of|under-?report\w*|underpay\w*|pocket|keep (?:it )?out of|cover\w* up|reword\w*|deny\w*|threat\w*|harass\w*|smear\w*|sabotag\w*|mess up|ruin\w*|revenge|payback|retaliat\w*|scare\w*|intimidat\w*|dox\w*|plant\w*|fired|fire (?:him|her|them)|blackmail\w*|exploit\w*|for free|unpaid|nothing|hold on to|cheat\w*|game|plagiari\w*|in advance|shell|nominee|in (?:my|his|her) \w+'s name|route|classify|ignore)\b/i;

/** True when a message uses the vocabulary of wrongdoing at all (a precondition of the learned refusal check). */
export function usesHarmWords(question: string): boolean {
  return HARM_WORDS.test(question);
}
