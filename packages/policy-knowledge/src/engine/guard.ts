import { RecentReadings } from '../classify/recent-readings.js';
import { anyOf, wordPattern } from '../understand/word-pattern.js';
import { hasHan } from '../understand/chinese-language.js';
import { chineseHarmfulAct } from './chinese-guard.js';
import { plainSayings } from '../understand/idioms.js';
import { HARM_WORDS } from './harm-words.js';
import { EXAM_MATERIALS, HARMFUL_ACTS, PASS_ON } from './harmful-acts.js';
import { asksAboutOtherCountry } from './other-jurisdiction.js';
import { asksToOverrideOrDisclose } from './instruction-override.js';
import { RequiredTextIndex } from './required-text.js';

/** Why a question is stopped before it is classified: refused outright, or about another country's rules. */
export type GuardReason = 'harmful' | 'other-jurisdiction';

/** A refusal: the guard's reason and the short explanation shown to the asker. */
export interface GuardDecision {
  reason: GuardReason;
  /** What the request asks for, in a few words ("hide income from the school"). */
  because: string;
}

// A request for help doing something: "help me …", "how do I …", "write a …", "can you …", "I want to …".
// "fake" asks for something unless it names what others made or what was found ("posted fake reviews", "detects fake
// reviews", "turned out to have a fake certificate", "an applicant sent us a fake reference letter").
const FOUND = ['posted', 'posts', 'detects?', 'detecting', 'spots?', 'spotting', 'has', 'have', 'had', 'found', 'received', 'got'];
// Those others hand over: "sent us a fake…", "submitted a fake…".
const HANDED = ['sent', 'submitted', 'gave'];
const NOT_ASKED_BY = anyOf([...FOUND, ...HANDED, 'about', 'against', 'with']);
const FAKE_SOMETHING = String.raw`(?<!\b${NOT_ASKED_BY}\s(?:(?:us|me|them)\s)?(?:a\s|an\s|some\s)?)fake`;
const HELP_OR_DO = [
  'help (?:me|us)(?: to)?',
  'edit',
  'alter',
  'invent',
  'fabricate',
  'backdate',
  'forge',
  FAKE_SOMETHING,
  'make up',
  'generate',
];
const ASK_A_FAVOUR = [
  'can (?:i|we) (?:just|simply|quietly|secretly)',
  "what(?:'s| is|s) the (?:trick|(?:easiest|best|cleverest|smartest|quickest|safest|cleanest|simplest|neatest|surest) way)",
  'walk me through',
  '(?:could|would) you',
  "i'd love to",
  "we'd love to",
  'draft me',
];
const HOW_DO_I = [
  'how (?:do|can|could|should|would|might) (?:i|we|one|he|she|our (?:company|firm|startup|school)|my (?:company|startup|firm))',
  'how to',
];
const PLEASE = ['(?:can|could|would|will) you', 'please', 'pls'];
// "can the school make me stay…?", "where do I find out…?": a party that makes someone do something, or the asker
// finding something, is asked about, not asked for.
const ASKED_OF_A_PARTY = String.raw`(?<!\b(?:can|could|will|would|do|does|did|they|school|college|company|it)\s)`;
const FOUND_BY_THE_ASKER = String.raw`(?<!\b(?:i|we)\s)`;
const MAKE_IT_FOR_ME = [
  'write',
  'draft',
  'compose',
  'word',
  'list',
  'create',
  'produce',
  `${FOUND_BY_THE_ASKER}find`,
  'lay (?:it|one|them) out',
  'prepare',
  'put together',
  'fill (?:in|out)',
  `${ASKED_OF_A_PARTY}make (?:me|us)`,
  'give (?:me|us)',
  'show (?:me|us)',
  'get (?:me|us)',
];
const TEACH_ME = ['teach (?:me|us)', 'tell (?:me|us) how to', 'tell (?:me|us) what to (?:say|write|put)'];
const I_MEAN_TO = [
  "i (?:want|need|would like|'d like|wanna) to",
  'i need (?:a|an|some)',
  "we (?:want|need|would like|'d like|wanna) to",
  "i'm (?:going|trying|planning) to",
  "we're (?:going|trying|planning) to",
];
const A_WAY_TO = [
  String.raw`what(?:'s| is) (?:a|an|the|one|some) (?:\w+ )?ways? to`,
  'is there (?:a|any) way to',
  'any (?:way|tricks?|tips?) to',
  'best way to',
  'ways to',
  'tricks? to',
  'tips? (?:to|for)',
];
const LET_US = ["let's", 'lets', 'should (?:i|we)'];
const REQUEST = anyOf([
  ...HELP_OR_DO,
  ...ASK_A_FAVOUR,
  ...HOW_DO_I,
  ...PLEASE,
  ...MAKE_IT_FOR_ME,
  ...TEACH_ME,
  ...I_MEAN_TO,
  ...A_WAY_TO,
  ...LET_US,
]);

const REQUEST_PATTERN = new RegExp(`(?:^|\\b)${REQUEST}\\b`, 'i');

/** A question's request is looked for by the guard and again by the refusal check. */
const requests = new RecentReadings<RegExpExecArray | null>(4);

/** The first request for help in a text ("help me …", "how do I …"), or null. */
function requestIn(text: string): RegExpExecArray | null {
  const remembered = requests.get(text);
  return remembered !== undefined ? remembered : requests.remember(text, REQUEST_PATTERN.exec(text));
}

// Words between the request and the act that make it a question about the act, not a request to do it.
// "how do we spot fake certificates?" asks how to guard against the act.
const ASKING_WORDS = ['if', 'when', 'whether', 'in case', 'happens?', 'suppose', 'what', 'why', 'who', 'explain', 'is it', 'are there'];
const GUARDING_WORDS = [
  'rules? (?:on|about)',
  'protect',
  'spot',
  'detect',
  'prevent',
  'guard against',
  'deal with',
  'handle',
  // "how do we stop a departing teacher from taking…", "an email declining their request to backdate…".
  String.raw`stop (?:[\w'-]+ ){1,4}from`,
  'declin(?:e|es|ing)',
  'refus(?:e|es|ing)',
  'turn(?:s|ing)? down',
];
const ASKS_ABOUT = wordPattern([...ASKING_WORDS, ...GUARDING_WORDS, 'respond to', 'check for', 'verify']);

// Words that give away a plan to deceive or evade, whoever is asked: no request frame needed.
const UNSEEN = ['getting caught', 'being caught', 'anyone noticing', 'them noticing', 'leaving a trace'];
const WATCHERS = [
  'the school',
  'the college',
  'my school',
  'my college',
  'my dean',
  'them',
  'him',
  'her',
  'anyone',
  'hr',
  'the department',
];
const FINDING_OUT = ['finding out', 'knowing', 'noticing', 'seeing'];
const NOBODY = ['no one', 'nobody', 'no-one'];
const FIND_OUT = ['find out', 'finds out', 'notice', 'notices', 'know', 'knows', 'trace', 'check'];
// "…so the school can't see the conflict": the watchers kept from knowing (the school finding out is fine: "so that the
// school can check the figures").
const KEPT_IN_THE_DARK = ['they', 'the school', 'hr', 'the college', 'my dean', 'the dean'];
const CANNOT = ["can't", 'cannot', "won't", 'will not', "don't", 'do not', "doesn't", 'does not', 'never', "wouldn't", "couldn't"];
const SEE_IT = [...FIND_OUT, 'see', 'spot', 'catch', 'tell'];
// "keep the school believing I'm still teaching", "make the college think he's still on campus".
const STILL_AT_IT = String.raw`(?:that )?(?:i'm|i am|he's|he is|she's|she is|we're|we are|they're|they are) still`;
// "two versions of the income split — a nice one for the school and the real one": a second set of papers to show.
const PAPER_COPIES = String.raw`(?:two|2|separate|double) (?:versions|sets|copies) of (?:the |our |my )?[\w-]+(?: [\w-]+){0,2}`;
const TWO_VERSIONS = String.raw`${PAPER_COPIES}\b.{0,80}\b(?:real|actual|true) ones?`;
// "…quietly vanish before year three without any consequences".
const SLIPPED_AWAY = String.raw`(?:quietly|secretly) (?:vanish|disappear|walk away|skip out|bail out|pull out)\w*`;
const UNPUNISHED = String.raw`${SLIPPED_AWAY}\b.{0,60}\bwithout (?:any |facing (?:any )?)?(?:consequences|penalt(?:y|ies))`;
// "…route sales through my wife's company, the college sees less": moving business elsewhere so the school gets less.
const DEALINGS = ['sales', 'deals', 'orders', 'contracts', 'invoices', 'business'];
const MOVED_BUSINESS = String.raw`\b(?:route|funnel|channel|divert)\w* (?:[\w'-]+ ){0,4}${anyOf(DEALINGS)} (?:through|via)\b`;
const SCHOOL_SHORTED = String.raw`\b(?:college|school|university)\b.{0,20}\b(?:less|smaller|nothing|doesn't|does not|won't|never)\b`;
const ROUTED_AWAY = String.raw`${MOVED_BUSINESS}.{0,80}${SCHOOL_SHORTED}`;
// "…then declare bankruptcy before Grade Three so the school takes the hit": a bankruptcy planned to leave others the costs.
const LEFT_THE_COSTS = anyOf([
  'takes? the (?:hit|blame|loss|fall)',
  'is left holding',
  'gets? stuck with',
  'foots? the bill',
  'eats? the (?:loss|costs?)',
]);
const BANKRUPTCY_SO = String.raw`\bbankrupt\w*\b.{0,60}\bso (?:that )?(?:the )?(?:school|college|university) ${LEFT_THE_COSTS}`;
const PLANNED_BANKRUPTCY = String.raw`${BANKRUPTCY_SO}|\b(?:fake|stage)\w* (?:a )?bankruptcy\b`;
// "…and just not tell the school": leaving the school uninformed as a step of the plan.
const UNTOLD_SIDES = ['the school', 'the college', 'my school', 'my college', 'hr', 'my dean', 'the dean', 'the university'];
const LEAVE_UNTOLD = String.raw`(?:just |simply |quietly )?(?:not|never) (?:tell|inform|mention it to)`;
const NOT_TELLING = String.raw`(?:and|but|then) ${LEAVE_UNTOLD} ${anyOf(UNTOLD_SIDES)}`;
// "…sign the agreement saying she's on leave for 3 years but actually keep her for 5": a paper that says what is not so.
const IN_TRUTH = ['really', 'actually', 'in fact', 'in reality', 'secretly'];
const SAYS_BUT_ACTUALLY = String.raw`\b(?:saying|that says|which says) (?:that )?\S.{0,80}\bbut ${anyOf(IN_TRUTH)}\b`;
const BEHIND_WHOSE = ["the school's", "the college's", 'their', "my school's", "my dean's", "hr's"];
// "what could I slip into his tea so he's sick?": making someone ill on purpose, whoever is asked.
const VICTIMS = String.raw`(?:him|her|them|my (?:colleague|boss|rival|competitor)|the (?:rival|competitor))`;
const WHOSE_FOOD = String.raw`(?:his|her|their|[\w-]+'s) (?:[\w-]+ )?(?:tea|coffee|drinks?|food|lunch|water|meals?|cups?)`;
const SPIKED = String.raw`\b(?:slip|put|sneak|drop|mix|stir|spike)\w* (?:[\w'-]+ ){0,4}(?:in|into) ${WHOSE_FOOD}\b`;
const SICKENED = String.raw`\b(?:mak(?:e|es|ing)|get(?:s|ting)?) ${VICTIMS} (?:[\w'-]+ )?(?:sick|ill|vomit)\b|\bpoison\w* ${VICTIMS}\b`;
// "…a way to mess with his lab equipment so he gets hurt": tampering done so that someone is hurt.
const TAMPERING = [
  'mess(?:ing)? (?:with|up)',
  String.raw`tamper\w* with`,
  String.raw`sabotag\w*`,
  'rig(?:s|ged|ging)?',
  String.raw`loosen\w*`,
  'jam(?:s|med|ming)?',
  '(?:break|damage) (?:his|her|their)',
];
const GETS_HURT = String.raw`(?:gets?|will get|would get|ends? up|is|are) (?:[\w'-]+ )?(?:hurt|injured|harmed|burn(?:ed|t)|electrocuted)`;
const HURT_BY_TAMPERING = String.raw`\b${anyOf(TAMPERING)}\b[^.?!]{0,60}\bso (?:that )?(?:he|she|they|${VICTIMS}) ${GETS_HURT}\b`;
const PLAN_MARKERS: [RegExp, string][] = [
  [new RegExp(`${SPIKED}|${SICKENED}|${HURT_BY_TAMPERING}`, 'i'), 'harm someone'],
  [
    wordPattern([
      `without ${anyOf(UNSEEN)}`,
      // "…without the college ever finding out", "how do we keep the school from finding out".
      `without ${anyOf(WATCHERS)}(?: or ${anyOf(WATCHERS)})? (?:ever )?${anyOf(FINDING_OUT)}`,
      `keep ${anyOf(WATCHERS)} from ${anyOf(FINDING_OUT)}`,
      'get away with',
      String.raw`so (?:that )?${anyOf(NOBODY)} (?:can|will|would)?\s*(?:ever |never )?${anyOf(FIND_OUT)}`,
      String.raw`so (?:that )?${anyOf(KEPT_IN_THE_DARK)} ${anyOf(CANNOT)} (?:ever )?${anyOf(SEE_IT)}`,
      String.raw`(?:keep|keeping|make|making|let|letting) ${anyOf(WATCHERS)} (?:believ\w*|think\w*|convinced) ${STILL_AT_IT}`,
      TWO_VERSIONS,
      String.raw`two sets of (?:books|accounts)`,
      UNPUNISHED,
      `behind ${anyOf(BEHIND_WHOSE)} back`,
      NOT_TELLING,
      SAYS_BUT_ACTUALLY,
      'under the table',
      'off the books',
      // "keep my startup's income off the college's radar", "without it being traced to me", "a ghost employee" (but "do I
      // just drop off the radar?" asks whether one is forgotten).
      String.raw`(?:keep|keeps|keeping|kept|stay|stays|staying|fly|flies|flying)\b[^.?!]{0,40}\b(?:off|under) ` +
        String.raw`(?:the |their |(?:the|my|our) (?:college|school)'s )?radar`,
      String.raw`without (?:it |this |that )?(?:being|getting) traced`,
      String.raw`(?:can't|cannot|won't) be traced(?: back)? to (?:me|us)`,
      String.raw`ghost (?:employees?|workers?|staff|teachers?|lecturers?)`,
      // "…reviews, they don't need to be from real students".
      String.raw`(?:don't|doesn't|do not|does not|needn't|need not) (?:need to |have to )?be (?:from )?(?:real|true|genuine|accurate)` +
        String.raw`(?: (?:students?|people|customers|names|figures|numbers|data))?(?=\s*(?:[.,;:!?—-]|$))`,
      'cook the books',
      // "…make it look official", "I'll swap it in for the real one".
      String.raw`mak(?:e|es|ing) (?:it|them|this|these) look (?:official|real|genuine|authentic|legit)`,
      String.raw`swap (?:it|them|this) (?:in )?for the (?:real|original|genuine) one`,
    ]),
    'deceive someone or hide something',
  ],
  [new RegExp(`${ROUTED_AWAY}`, 'i'), 'hide income or facts from the school'],
  [new RegExp(PLANNED_BANKRUPTCY, 'i'), 'harm someone'],
  // "I have the exam papers from school, help me sell them": the plan names what it passes on before the request.
  [new RegExp(`${EXAM_MATERIALS}.{0,80}${PASS_ON}.{0,20}\\b(?:them|it)\\b`, 'i'), 'take confidential data'],
];

/** A question is read in plain words by the guard and again by the refusal check. */
const plainReadings = new RecentReadings<string>(4);

/** The question with its sayings put plainly ("kill two birds with one stone" → "do both at once"), made once for its readers. */
function plainOf(question: string): string {
  return plainReadings.get(question) ?? plainReadings.remember(question, plainSayings(question));
}

/** Returns why a question must be stopped before it is classified, or undefined when it may be answered. */
export function guardQuestion(question: string): GuardDecision | undefined {
  if (asksToOverrideOrDisclose(question)) return { reason: 'harmful', because: 'override its instructions or reveal its secrets' };
  const act = harmfulAct(plainOf(question)) ?? (hasHan(question) ? chineseHarmfulAct(question) : undefined);
  if (act) return { reason: 'harmful', because: act };
  if (asksAboutOtherCountry(question)) return { reason: 'other-jurisdiction', because: 'another country’s rules' };
  return undefined;
}

/** Tells which plan markers may match a question: most are never run, nor compiled, for a question without their words. */
const PLAN_INDEX = new RequiredTextIndex(PLAN_MARKERS.map(([pattern]) => pattern));

/** Each harmful act's pattern as a global copy, so a search can start where the request does. */
const ACT_SEARCHERS: readonly [RegExp, string][] = HARMFUL_ACTS.map(([pattern, because]) => [
  new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`),
  because,
]);

/** Tells which acts may be named in a sentence: an act is looked for only where the words it needs are. */
const ACT_INDEX = new RequiredTextIndex(HARMFUL_ACTS.map(([pattern]) => pattern));

/** The harmful act a request asks help with, or undefined: the act alone ("what if he leaks our secrets?") is not a request. */
function harmfulAct(question: string): string | undefined {
  const plans = PLAN_INDEX.candidates(question);
  for (let i = 0; i < PLAN_MARKERS.length; i++) if (plans[i] === 1 && PLAN_MARKERS[i]![0].test(question)) return PLAN_MARKERS[i]![1];
  for (const sentence of question.split(/(?<=[.?!;])\s+/u)) {
    const request = requestIn(sentence);
    if (!request) continue;
    const named = ACT_INDEX.candidates(sentence);
    const requestEnd = request.index + request[0].length;
    for (let i = 0; i < ACT_SEARCHERS.length; i++) {
      if (named[i] !== 1) continue;
      const [searcher, because] = ACT_SEARCHERS[i]!;
      const act = matchFrom(searcher, sentence, request.index);
      if (act && !ASKS_ABOUT.test(sentence.slice(Math.min(requestEnd, act.index), act.index))) return because;
    }
  }
  return undefined;
}

/** The first match of a global pattern starting at or after `from`; the words before stay visible to its look-behinds. */
function matchFrom(searcher: RegExp, text: string, from: number): RegExpExecArray | null {
  searcher.lastIndex = from;
  return searcher.exec(text);
}

// "how do we spot fake injury claims?", "what can we do to prevent leaks?": asking how to guard against an act.
const GUARDING_QUESTION = new RegExp(
  String.raw`^(?:how (?:do|can|could|should|would) (?:i|we|one|you|schools?|colleges?|companies|firms?|the (?:school|college|company))` +
    String.raw`|what can (?:i|we) do to|any (?:tips|ways) (?:to|for)|is there a way to)\s+(?:best\s+)?${anyOf(GUARDING_WORDS)}\b`,
  'i',
);

/** True when a question asks how to guard against wrongdoing ("how do we spot fake claims?"), not for help doing it. */
function asksHowToGuard(question: string): boolean {
  return GUARDING_QUESTION.test(question.trim());
}

/** True when a message uses the vocabulary of wrongdoing at all. */
export function usesHarmWords(question: string): boolean {
  return HARM_WORDS.test(plainOf(question));
}

/**
 * True when the learned refusal check reads a message: it asks for help ("help me word…", "how can I…") or uses the
 * vocabulary of wrongdoing, and does not ask how to guard against wrongdoing or only whether a plan told is right. A plain
 * question is never refused by it.
 */
export function mayBeRefused(question: string): boolean {
  const plain = plainOf(question);
  return (requestIn(plain) !== null || HARM_WORDS.test(plain)) && !asksHowToGuard(question) && !judgesOwnPlan(plain);
}

// "…so competitors can't poach them. Is that considered shady?": a short question judging what was told.
const JUDGING_QUESTION = new RegExp(
  String.raw`^(?:so\s+|but\s+|and\s+)?(?:is|would|will|could|does|am|are)\s+(?:that|this|it|we|i)\b[^?]{0,40}?` +
    String.raw`\b(?:shady|ok|okay|fine|allowed|legal|legit|wrong|unethical|a problem|an issue|against the rules|acceptable|` +
    String.raw`frowned (?:up)?on|considered \w+)\b[^?]{0,30}\?+\s*$`,
  'i',
);
// Asking for help, not a judgement: "help me", "how can we", "write…", "give us a plan".
const HELP_ASKED = [
  'help (?:me|us)',
  ...HOW_DO_I,
  ...PLEASE,
  'write',
  'draft',
  'give (?:me|us)',
  'show (?:me|us)',
  ...TEACH_ME,
  ...A_WAY_TO,
];
const ASKS_FOR_HELP = new RegExp(String.raw`\b${anyOf(HELP_ASKED)}\b`, 'i');

/** True when a message tells a plan and only asks whether it is right ("We want to… Is that shady?"), asking no help. */
function judgesOwnPlan(message: string): boolean {
  const sentences = message.trim().split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1)!;
  return sentences.length > 1 && JUDGING_QUESTION.test(last) && !ASKS_FOR_HELP.test(sentences.slice(0, -1).join(' '));
}
