import { anyOf } from '../understand/word-pattern.js';

// Requests to back papers with what never happened, to sign as someone else, to pass off others' work, to undermine a
// rival or to coerce students; the guard reads them only after a request ("write…", "how do we…").

const PAPERS = ['records?', 'attendance', 'certificates?', 'invoices?', 'receipts?', 'logs?', 'timesheets?', 'letters?', 'reports?'];
const NEVER_HAPPENED =
  String.raw`(?:i|we|he|she|they) (?:never|didn't|did not) (?:actually )?(?:work|worked|attend|attended|teach|taught|do|did|go|went)` +
  String.raw`|(?:i|we|he|she) (?:was|were) actually (?:at|in|away|working)`;
const UNFOUNDED_PAPERS = String.raw`\b${anyOf(PAPERS)}\b.{0,80}\b(?:${NEVER_HAPPENED})\b`;
const LOOKALIKE = String.raw`\b(?:certificate|diploma|award|letter|document|seal|stamp|licen[cs]e)s? that (?:looks?|appears?) like\b`;

const OFFICIALS = ['president', 'dean', 'principal', 'director', 'head', 'minister', 'chair\\w*'];
const SIGNED_AS = String.raw`\bsigned (?:as|by|in the name of) (?:the |my |our |their )?${anyOf(OFFICIALS)}\b`;
const OTHERS = String.raw`(?:students?'?|parents?'?|their|his|her|other people's|others')`;
const FILLED_SIGNATURES = String.raw`\b(?:fill in|fill out|write in|put in|copy|add)\b (?:(?:the|missing) )*${OTHERS} signatures?\b`;

const PRESENTED_AS_OURS = String.raw`\bpresent (?:it|them|this|these|that)(?: [\w'-]+){0,4} as (?:my|our|something (?:i|we|my|our))\b`;

const RIVALS = String.raw`(?:a |the |our |their |my )?(?:rival|competitor|competing|other)\w*`;
const UNDERMINE = String.raw`\b(?:sink|torpedo|sabotage|wreck|ruin|derail|undermine|mess(?:ing)? with)\w* ${RIVALS}\b`;
const FAIL_UNLESS = String.raw`\b(?:fail|flunk)\w* (?:[\w']+ ){0,3}(?:unless|if (?:they|he|she) (?:don't|do not|won't|refuse))\b`;

const GAINS = ['income', 'earnings', 'salary', 'pay', 'money'];
const BOOKS = String.raw`(?:my |our |the )?(?:tax|books|records|forms|returns?)`;
const OFF_THE_BOOKS = String.raw`\b(?:leave|keep)(?:s|ing)? (?:[\w'-]+ ){0,4}${anyOf(GAINS)} (?:off|out of) ${BOOKS}`;
// "how do I avoid declaring my company income to the tax office?"
const UNDECLARED = String.raw`\b(?:avoid|skip|dodge|get out of)\w* (?:declaring|reporting|disclosing) (?:[\w'-]+ ){0,4}${anyOf(GAINS)}\b`;
const TOLD = anyOf(['them', 'the school', 'the college', 'hr', 'my dean', 'the dean', 'everyone']);
const TELL_STILL = String.raw`\btell ${TOLD} (?:that )?(?:i'm|i am|we're|he's|she's) still\b`;
const PURSUERS = anyOf(['the school', 'the college', 'they', 'students', 'the students', 'nobody', 'no one']);
const OUT_OF_REACH = String.raw`\bso (?:that )?${PURSUERS} (?:can't|cannot|won't|couldn't) (?:come after|sue)\b`;
const UNSEEN_BY = String.raw`(?:the school|the college|they|hr|it|nobody|no one|the committee)`;
const WILL_NOT = String.raw`(?:won't|will not|doesn't|does not|can't|cannot|never)`;
const UNCAUGHT = String.raw`\bso (?:that )?${UNSEEN_BY} ${WILL_NOT} (?:catch|notice|spot|see)\b`;
const SCORE = String.raw`(?:my|our|his|her) (?:score|grade|rating|marks?)`;
const RAISED_SCORE = String.raw`\b(?:edit|change|alter|adjust|tweak|bump)\w*\b.{0,40}\bso (?:that )?${SCORE}\b`;
const INFLATED = String.raw`\b(?:pump|puff|beef|jazz|dress) up\b.{0,40}\b(?:achievements?|results?|numbers|figures|records?)\b`;
const ROUTED = String.raw`\broute\w* (?:[\w'-]+ ){0,4}(?:revenue|income|money|profits?|earnings) through\b`;
// "…knock his server offline during the demo": sabotaging someone's systems.
const SYSTEMS = String.raw`(?:servers?|site|website|systems?|network|app|demo)`;
const WHOSE_SYSTEMS = ['his', 'her', 'their', "a rival's", "the rival's", "the competitor's"];
const KNOCKED_OUT = String.raw`\b(?:knock|take|bring)\w* ${anyOf(WHOSE_SYSTEMS)} (?:[\w'-]+ ){0,2}${SYSTEMS} (?:offline|down)\b`;
const SABOTAGE = String.raw`${KNOCKED_OUT}|\bcrash\w* (?:his|her|their) (?:[\w'-]+ ){0,2}${SYSTEMS}\b|\bddos\w*`;
// "…a script to lean on a teacher's elderly parents so he stays": pressing someone through their family.
const RELATIVES = ['parents', 'family', 'wife', 'husband', 'spouse', 'children', 'kids', 'relatives'];
const THROUGH_FAMILY = String.raw`\blean(?:ing)? on (?:[\w'-]+ ){0,3}${anyOf(RELATIVES)}\b`;
const RELABELLED_AS = String.raw`as (?:a |an )?(?:volunteer|intern|freelancer)`;
const RELABELLED = String.raw`\b(?:list|register|record|classify)\w* (?:him|her|them|the teacher|the lecturer) ${RELABELLED_AS}\b`;
const SQUIRM_OUT = String.raw`\b(?:wriggle|weasel|worm) out of\b`;
const FALSELY = String.raw`\bfalsely (?:claim|accus|report|stat|say)\w*|\bspin\w* (?:a |an )?(?:[\w-]+ )?(?:story|tale|yarn)\b`;
const HOME_ADDRESS = String.raw`\b(?:find|look up|dig up|track down)\b.{0,40}\bhome address(?:es)?\b`;

/** Acts of misconduct read after a request, each with the reason shown to the asker. */
export const MISCONDUCT_ACTS: [RegExp, string][] = [
  [new RegExp(`${UNFOUNDED_PAPERS}|${LOOKALIKE}`, 'i'), 'forge documents or achievements'],
  [new RegExp(`${SIGNED_AS}|${FILLED_SIGNATURES}`, 'i'), "sign someone else's name"],
  [new RegExp(PRESENTED_AS_OURS, 'i'), 'take what belongs to others'],
  [new RegExp(`${UNDERMINE}|${FAIL_UNLESS}`, 'i'), 'harm someone'],
  [new RegExp(OFF_THE_BOOKS, 'i'), 'hide income or facts from the school'],
  [new RegExp(UNDECLARED, 'i'), 'evade an obligation'],
  [new RegExp(TELL_STILL, 'i'), 'deceive someone'],
  [new RegExp(OUT_OF_REACH, 'i'), 'evade an obligation'],
  [new RegExp(HOME_ADDRESS, 'i'), "take people's personal data"],
  [new RegExp(`${UNCAUGHT}|${FALSELY}|${INFLATED}`, 'i'), 'deceive someone'],
  [new RegExp(RAISED_SCORE, 'i'), 'tamper with records'],
  [new RegExp(ROUTED, 'i'), 'hide income or facts from the school'],
  [new RegExp(`${RELABELLED}|${SQUIRM_OUT}`, 'i'), 'evade an obligation'],
  [new RegExp(`${SABOTAGE}|${THROUGH_FAMILY}`, 'i'), 'harm someone'],
];
