import { anyOf } from '../understand/word-pattern.js';

// Requests to pretend, conceal or intimidate, in the words people use for them ("make my shop look like a tech
// company", "hide that he works here", "scare her into staying"); the guard reads them only after a request.

const SUBJECTS = String.raw`(?:it|this|that|us|me|him|her|them|(?:my|our|his|her|the) [\w-]+(?: [\w-]+){0,2})`;
const SEEMING = String.raw`(?:look|looks|appear|appears|seem|seems|sound|sounds)`;
const BUSINESS = String.raw`(?:company|business|firm|startup|enterprise)`;
const LIKE_A_BUSINESS = String.raw`like (?:an? )?[\w-]+(?: [\w-]+){0,2} ${BUSINESS}`;
const AS_IF = String.raw`(?:${LIKE_A_BUSINESS}|(?:like )?(?:it's |it is )?related|relevant|legit\w*|official|genuine)`;
const STILL_DOING = String.raw`(?:i'm|i am|we're|we are|he's|she's|he is|she is|they're|they are) still`;
const PRETEND = String.raw`\bpretend\w* (?:that )?(?:${STILL_DOING}|(?:i|we|he|she) (?:still|never|didn't|did not|wasn't|was not)\b)`;
const SEEM_STILL = String.raw`\b(?:look|appear|seem|act) (?:like|as if|as though) ${STILL_DOING}\b`;
const MAKE_SEEM = String.raw`\bmak(?:e|es|ing) ${SUBJECTS} ${SEEMING} ${AS_IF}\b`;
const SO_IT_SEEMS = String.raw`\bso (?:that )?${SUBJECTS} ${SEEMING} (?:like|as if|as though)\b`;
const WORD_AS = String.raw`\bword (?:it|this|them) as\b`;
const ON_PAPER_SO = String.raw`\bon paper\b,? so (?:that )?(?:i|we|he|she|they|the (?:college|school))\b`;

const HIDE_WHAT = String.raw`\b(?:hide|hides|hiding|conceal|conceals|concealing)\b (?:that|the fact|it from|this from|them from)\b`;
const HIDDEN_FROM = ['the school', 'the college', 'hr', 'inspectors?', 'auditors?', 'my dean', 'the ministry', 'the department'];
const HIDE_FROM = String.raw`\b(?:hide|hides|hiding|conceal\w*)\b (?:[\w']+ ){1,4}from ${anyOf(HIDDEN_FROM)}\b`;
// "how do I keep that quiet?", "keep my startup's income hidden from the college".
const KEEP_QUIET = String.raw`\bkeep(?:s|ing)? (?:[\w'-]+ ){0,5}(?:quiet|under wraps|(?:hidden|secret) from ${anyOf(HIDDEN_FROM)})\b`;
const HIDE_FEES = String.raw`\b(?:hide|hides|hiding|conceal\w*) (?:our |the |their |any )?(?:fees|costs|charges|prices)\b`;

const INTIMIDATE = String.raw`\bthreaten\w*|\bscar(?:e|es|ed|ing) (?:[\w']+ ){1,5}(?:into|out of|so)\b`;
const PRESSED = ['students?', 'him', 'her', 'colleagues?', 'lecturers?', 'a student', 'the student', 'my student'];
const PRESSURE = String.raw`\bpressur\w* (?:a |the |my |our )?${anyOf(PRESSED)}\b`;
const RUIN = String.raw`\b(?:wreck|ruin|destroy|trash)\w* (?:his|her|their|my colleague's|the teacher's) (?:career|reputation|name|life)\b`;
const FORCED_OUT = String.raw`(?:pushed|forced|kicked|thrown|squeezed) out`;
const PUSH_OUT = String.raw`\bget (?:him|her|them|my colleague) ${FORCED_OUT}\b|\bpush (?:him|her|them) out\b`;
const RUMOURS = String.raw`\b(?:believable|convincing|plausible|credible) (?:rumou?rs?|lies?|excuses?|accusations?)\b`;
const COOK_UP = String.raw`\b(?:cook|dream|think) up (?:some |an? )?(?:evidence|proof|story|excuse|reason|records?)\b`;

const UNTRUE_WORDS = ['invented', 'made-up', 'made up', 'fabricated', 'fake', 'false', 'bogus', 'fictional', 'fictitious'];
const CLAIMED_THINGS = [
  'figures',
  'numbers',
  'statistics',
  'stats',
  'data',
  'testimonials?',
  'evidence',
  'dates',
  'minutes',
  'evaluations?',
  'achievements?',
];
const UNTRUE_CLAIMS = String.raw`\b${anyOf(UNTRUE_WORDS)} (?:[\w-]+ ){0,3}${anyOf(CLAIMED_THINGS)}\b`;
const AT_WORK = String.raw`(?:work |workplace |death-at-work )?`;
const STAGED = String.raw`\b(?:stage|staging|fake|faking) (?:a |an )?(?:fake )?${AT_WORK}(?:injury|accident|death)\b`;
const TALLIED = String.raw`(?:evaluations?|assessments?|forms?|records?|grades?|ratings?|attendance|figures|numbers|scores?)`;
const TWEAKED = String.raw`\b(?:tweak|adjust|edit|change|alter|massage|touch up|pad|inflate)\w* (?:[\w']+ ){0,3}${TALLIED}\b.{0,30}`;
const TWEAKED_SO = String.raw`${TWEAKED}\bso (?:that )?(?:i|we|he|she|it) (?:get|gets|am|is|are|look|looks|pass|passes)\b`;
const PAID_FOR = String.raw`(?:insurance|payment|contribution|tax|salary|pay)`;
const PAYMENT_PAPERS = String.raw`\b${PAID_FOR} (?:payment )?(?:records?|slips?|receipts?|statements?)\b`;
const PAPERS_SHOWING = String.raw`${PAYMENT_PAPERS}.{0,30}\b(?:showing|saying|stating|proving)\b`;

// "a contract with a penalty clause tucked away": terms put where the signer will not see them.
const CLAUSES = String.raw`(?:clauses?|terms?|conditions?|penalt(?:y|ies)|fees?)`;
const HIDDEN_TERMS =
  String.raw`\b${CLAUSES}\b.{0,20}\b(?:tucked (?:away|in)|buried|hidden|in the (?:small|fine) print)\b` +
  String.raw`|\b(?:tuck|bury|hide|sneak|slip)\w* (?:in )?(?:[\w'-]+ ){0,3}${CLAUSES}\b`;
// "can you produce his signature on my leave agreement?": making someone else's mark.
const SIGNERS = anyOf([
  'his',
  'her',
  'their',
  "(?:the|my) dean's",
  "(?:the|my) boss's",
  "the school's",
  "the college's",
  "the president's",
  "someone's",
]);
const MAKING = anyOf(['produce', 'create', 'make', 'draw', 'copy', 'replicate', 'generate', 'add', 'do']);
const MAKE_MARK = String.raw`\b${MAKING}(?:s|ing)? ${SIGNERS} (?:signature|stamp|seal)s?\b`;

const BOTH_PAYS = String.raw`\b(?:keep|collect|draw|get|take)(?:s|ing)? (?:both|two) (?:salaries|pays|incomes|paychecks|pay packets)\b`;
const UNAWARE_SIGNING = String.raw`\b(?:sign|signs|hand|hands|give|gives)\b (?:[\w']+ ){0,6}without (?:realising|realizing|noticing)\b`;
const PREMIUMS = String.raw`(?:our|the|my) (?:premiums?|rates?|contributions?)`;
const PREMIUMS_KEPT_DOWN = String.raw`\bso (?:that )?${PREMIUMS} (?:don't|won't|do not|will not) (?:go up|rise|increase)\b`;

/** Acts of pretence, concealment and intimidation, each with the reason shown to the asker. */
export const PRETENCE_ACTS: [RegExp, string][] = [
  [new RegExp(`${PRETEND}|${SEEM_STILL}|${MAKE_SEEM}|${SO_IT_SEEMS}|${WORD_AS}|${ON_PAPER_SO}`, 'i'), 'deceive someone'],
  [new RegExp(`${HIDE_WHAT}|${HIDE_FROM}|${KEEP_QUIET}`, 'i'), 'hide something from the school'],
  [new RegExp(HIDE_FEES, 'i'), 'deceive someone'],
  [new RegExp(`${INTIMIDATE}|${PRESSURE}|${RUIN}|${PUSH_OUT}|${RUMOURS}`, 'i'), 'harm someone'],
  [new RegExp(`${COOK_UP}|${UNTRUE_CLAIMS}|${STAGED}|${TWEAKED_SO}|${PAPERS_SHOWING}`, 'i'), 'forge documents or achievements'],
  [new RegExp(HIDDEN_TERMS, 'i'), 'deceive someone'],
  [new RegExp(MAKE_MARK, 'i'), 'forge a seal or signature'],
  [new RegExp(BOTH_PAYS, 'i'), 'take pay the rules do not give'],
  [new RegExp(UNAWARE_SIGNING, 'i'), 'take what belongs to others'],
  [new RegExp(PREMIUMS_KEPT_DOWN, 'i'), 'evade an obligation'],
  [/\b(?:work|working|labou?r)\w* (?:for free|unpaid)\b/i, 'exploit students'],
];
