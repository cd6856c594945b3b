import { anyOf, wordPattern } from '../understand/word-pattern.js';
import { MISCONDUCT_ACTS } from './misconduct-acts.js';
import { PRETENCE_ACTS } from './pretence-acts.js';

// The words of each act, in the order of the acts below; each word a regular-expression source, a list one alternation.
const HIDE = ['hide', 'hiding', String.raw`conceal\w*`, 'cover(?:ing)? up', 'not (?:declare|disclose|report)'];
const MISREPORT = [
  String.raw`under-?report\w*`,
  String.raw`misreport\w*`,
  String.raw`understat\w*`,
  String.raw`misstat\w*`,
  String.raw`misrepresent\w*`,
];
const GAINS = ['income', 'revenue', 'profits?', 'earnings', 'money', 'shares?', 'equity'];
const SIDE_WORK = ['startup', 'company', 'business', 'job', 'work', 'achievements?'];
const FROM_THE_SCHOOL = ['from the school', 'from my school', 'from the college'];

const FORGE = [
  String.raw`fak(?:e|es|ed|ing)`,
  'forge',
  'forging',
  'forged',
  String.raw`falsify\w*`,
  String.raw`fabricat\w*`,
  String.raw`counterfeit\w*`,
];
const TOUCH_UP = [String.raw`backdat\w*`, 'doctor(?:ed)?', 'make up', 'invent'];
const PAPERS = [
  'agreements?',
  'contracts?',
  'documents?',
  'papers?',
  'records?',
  'certificates?',
  'achievements?',
  'results?',
  'data',
  'forms?',
  'files?',
  'letters?',
  'references?',
];
const MARKS = ['signatures?', 'stamps?', 'seals?'];
const PROOFS = [
  'reports?',
  'evidence',
  'proof',
  'quotes?',
  'endorsements?',
  'grades?',
  'awards?',
  'invoices?',
  'receipts?',
  'sheets?',
  'testimonials?',
  'minutes',
];
const DESCRIPTIONS = ['descriptions?', 'proposals?', 'applications?', 'business plans?', 'project plans?', 'cvs?', 'résumés?', 'resumes?'];

const ESCAPE = ['avoid', 'dodge', 'evade', 'evading', 'escape', 'get out of', 'skip', 'stop', 'not', 'never'];
const WHOSE = '(?:his|her|their|the|our)';
const DUTY_ENDS = ['once', 'when', 'after', 'now that', 'as soon as'];
const NO_DUTY_END_BEFORE = String.raw`(?<!\b${anyOf(DUTY_ENDS)}\b[^.?!]{0,80})`;
const NO_DUTY_END_AFTER = String.raw`(?!,? ${anyOf(DUTY_ENDS)}\b)`;
const DUES = [
  'paying',
  'contributing',
  'the contributions?',
  `${WHOSE} (?:work-related )?injury insurance`,
  `${WHOSE} social insurance`,
  `${WHOSE} insurance`,
  'tax(?:es)?',
  'pay(?:ing)? (?:his|her|their|the|for) (?:work-related )?injury insurance',
];

const TAKE_OUT = [
  'copy',
  'copying',
  String.raw`steal\w*`,
  'take',
  'taking',
  String.raw`download\w*`,
  String.raw`export\w*`,
  'mov(?:e|es|ed|ing)',
  'smuggle',
  'dump',
];
const LEAK = [String.raw`leak\w*`, String.raw`sell\w*`, String.raw`exfiltrat\w*`, String.raw`send\w*`, String.raw`forward\w*`];
const CONFIDENTIAL = [
  'confidential',
  'secret',
  'private',
  'internal',
  'proprietary',
  'unpublished',
  "the school's",
  "the college's",
  "the lab's",
  'student',
];
const ASSETS = ['data', 'files?', 'documents?', 'information', 'records?', 'research', 'secrets?', 'designs?', 'code'];

const ALTER = ['edit', 'alter', 'change', 'modify', 'rewrite', 'doctor'];
const OFFICIAL_TEXTS = ['guidance', 'policy', 'document', 'text', 'agreement', 'contract', 'certificate', 'record'];

const WHOSE_NAME = ['the ', 'his ', 'her ', 'their ', "someone(?:'s| else's) ", "my (?:boss|dean|colleague)'s "];
const WHOSE_NAME_OFFICIAL = ["the company's ", "the school's ", "the college's "];

const POSE = [String.raw`pretend\w* to be`, String.raw`impersonat\w*`, 'pose as', 'posing as'];
const LOOK_LIKE = [
  'mak(?:e|es|ing) it look like',
  'so it looks like',
  'mak(?:e|es|ing) (?:it|us|me|my startup|my company|the company|our company) (?:look|appear|seem)',
  'pass (?:it|us|my startup|my company) off as',
  'look(?:s|ing)? like (?:it|they) (?:came|come|comes) from',
  String.raw`disguis\w*`,
];

const WATCHERS = ['the school', 'my school', 'the college', 'my college', 'they', 'nobody', 'no one', 'no-one', 'the university'];
const BOSSES = ['hr', 'my boss', 'the dean'];
const NOT_EVER = ['never ', "doesn't ", 'does not ', "won't ", "can't ", "don't "];
const LEARN = ['find out', 'finds out', 'know', 'knows', 'notice', 'notices', 'see', 'sees'];
const UNTOLD = ['anyone', 'anybody', 'them', 'the school', 'my school', 'the college', 'hr', 'my dean'];
const KIN = ['wife', 'husband', 'spouse', 'partner', 'brother', 'sister', 'mother', 'father', 'relative', 'friend'];

const NOT_COUNTED = ["so (?:that )?it (?:doesn't|does not|won't|will not) count as", 'not (?:count|be recorded|be reported) as'];
const INJURY = ['work(?:-related)? injury', 'injury', 'accident'];

const HARVEST = ['pull', 'scrape', 'extract', 'copy', 'take', 'export', 'grab', 'harvest', 'collect', 'get', 'download'];
const PERSONAL_DATA = ['phone numbers?', 'id numbers?', 'id cards?', 'personal (?:data|information|details)', 'contact details'];
const ADDRESSES = ['home addresses', 'addresses', 'emails?'];

const ANONYMOUS = 'anonymous (?:complaints?|reports?|letters?|notes?|posts?|messages?|rumou?rs?)';
const FALSE = ['false', 'made-up', 'made up', 'fabricated', 'invented', 'fake'];
const CHARGES = ['complaints?', 'reports?', 'accusations?', 'allegations?', 'claims? about', 'rumou?rs', 'posts?', 'reviews?'];

const OTHERS_SIGNERS = ['his', 'her', 'their', "the dean's", "my dean's", "the boss's", "my boss's", "the school's"];
const SIGN_MARK = '(?:signature|stamp|seal)';

const POACH = ['poach', 'lure away', 'steal'];
// Poaching students or teachers is recruiting them ("poach the best students before our rivals do", "poach a teacher from
// the college"), unless the students are another firm's.
const OTHER_FIRMS = String.raw`(?:from|of) (?:our partner|the other|another|a rival|other|a competing) (?:company|firm|enterprise)(?:'s)?`;
const OTHER_FIRMS_STUDENTS = String.raw`students?\b.{0,20}${OTHER_FIRMS}`;
const OTHERS_ASSETS = ['clients?', 'customers?', 'projects?', 'patents?', 'ip', 'research'];
const WORK_PRODUCTS = ['designs?', 'code'];

const TAMPER = ['tamper with', 'manipulate', 'rig', 'fiddle', 'fudge'];
const TALLIES = ['evaluation', 'assessment', 'grades?', 'ratings?', 'records?', 'results?', 'numbers', 'accounts?', 'books', 'reports?'];

// "give me a story to convince HR I got hurt": a tale made to convince someone is a lie.
const TALES = ['story', 'stories', 'excuse', 'excuses', 'cover story', 'lie', 'tale', 'script'];
const DECEIVE = ['deceive', 'trick', 'mislead', 'cheat'];
const DECEIVED = ['school', 'college', 'university', 'ministry', 'department', 'hr', 'auditors?', 'students?', 'enterprise'];
const DECEIVED_OTHERS = ['company', 'them', 'him', 'her'];

const HURT = ['hurt', 'harm', 'sabotage', 'ruin', 'punish', 'get back at', 'revenge on', 'threaten'];
const VICTIMS = ['him', 'her', 'them', 'the teacher', 'the school', 'the company', 'my colleague', 'a colleague'];
const VICTIM_BOSSES = ['my boss', 'my dean', 'the dean', 'students?'];

// Hurting a person or damaging what is theirs: "make his life hell", "slash his tires", "mess with his car".
const HARMED = String.raw`(?:he|she|they|him|her|them|my \w+|the other \w+)`;
const HARMS = String.raw`(?:hurt|injured|sick|ill|poisoned)\b`;
const THEIRS = "(?:his|her|their|my \\w+'s)";
const SUFFERS = '(?:has|have|gets?|meets? with|suffers?)';
const ACCIDENT = `['"‘“]?accidents?`;
const BELONGINGS = [
  'car',
  'cars',
  'tires',
  'tyres',
  'bike',
  'house',
  'home',
  'office',
  'stuff',
  'things',
  'property',
  'laptop',
  'equipment',
  'experiment',
  'experiments',
  'instruments',
  'samples',
];
const DAMAGE = [
  String.raw`mak(?:e|es|ing) ${THEIRS} life (?:a )?(?:living )?hell`,
  String.raw`slash\w* (?:the |${THEIRS} )?(?:tires|tyres)`,
  String.raw`vandali[sz]\w*`,
  String.raw`beat(?:ing)? (?:him|her|them) up`,
  String.raw`(?:key|scratch|smash|wreck|damag)\w* ${THEIRS} ${anyOf(BELONGINGS)}`,
  // "mess with his lab equipment so his experiment fails".
  String.raw`mess(?:ing)? (?:with|up) ${THEIRS} (?:[\w-]+ )?${anyOf(BELONGINGS)}`,
  // "wipe his research files", "delete her data".
  String.raw`(?:wipe|delete|destroy|erase|corrupt)\w* ${THEIRS} (?:[\w-]+ )?(?:files|data|work|research)\b`,
  // "make sure he gets hurt in the lab", "get her injured before the deadline".
  String.raw`(?:make sure|ensure|see to it|arrange) (?:that )?${HARMED} (?:gets?|is|are|ends? up) ${HARMS}`,
  String.raw`get(?:ting)? (?:him|her|them) ${HARMS}`,
  // "arrange for him to have an 'accident'", "stage an accident": an injury planned is harm, not bad luck.
  String.raw`(?:arrange|make sure|ensure|see to it)(?: for)? (?:that )?${HARMED} (?:to )?${SUFFERS} (?:an? )?${ACCIDENT}`,
  String.raw`(?:stage|fake|cause) (?:an? |some )?${ACCIDENT}`,
];

// A request whose own words say it is untrue: "…even though it isn't", "…projects I never actually did".
const UNTRUE = [
  String.raw`even though (?:it|he|she|they|i|we) (?:isn't|is not|aren't|are not|wasn't|was not|didn't|did not|doesn't|does not|never)`,
  String.raw`when (?:it|he|she|they) (?:really |actually )?(?:isn't|is not|aren't|are not|doesn't|does not)`,
  String.raw`that (?:doesn't|does not|don't|do not) (?:really |actually )?exist`,
  String.raw`(?:i|we|he|she) never (?:actually |really )?(?:did|done|made|worked on|took part in)`,
  // "…results I didn't actually achieve", "…students who never showed up", "…achievements my startup never had".
  String.raw`(?:i|we|he|she|they|who|(?:my|our|his|her|the) [\w-]+) (?:didn't|did not|never|haven't|hasn't) (?:actually |really |even )?` +
    String.raw`(?:achiev\w*|earn\w*|won|win|got|get|attend\w*|came|come|show(?:ed)? up|turn(?:ed)? up|had|have|pass\w*)`,
  // "…a couple of patents I don't actually have".
  String.raw`(?:i|we|he|she|they) (?:don't|do not|doesn't|does not) (?:actually|really) (?:have|hold|own)`,
  'never (?:actually |really )?happened',
  String.raw`(?:doesn't|does not|don't|do not|needn't|need not) (?:need to |have to )?be (?:true|accurate)\b`,
];
// A statement that misdescribes something so someone qualifies: "…saying my restaurant is a tech company so I qualify".
const QUALIFIER_SUBJECTS = String.raw`(?:i|we|he|she|they|(?:our|my|the) [\w-]+(?: [\w-]+)?)`;
const SAYING = ['saying', 'describing', 'calling', 'presenting', 'stating', 'claiming'];
const SO_TO_QUALIFY = String.raw`\bso (?:that )?${QUALIFIER_SUBJECTS} (?:can |will |would )?qualif`;
const SAYING_SO_TO_QUALIFY = String.raw`\b${anyOf(SAYING)} (?:that )?\S.{0,80}${SO_TO_QUALIFY}`;
// A statement made so someone else pays: "…write a claim saying it happened on campus so the school pays".
const PAYING_SIDES = ['the school', 'the college', 'my school', 'my college', 'the company', 'the university', 'they', 'he', 'she'];
const PAYS = ['pays', 'will pay', 'has to pay', 'covers', 'will cover'];
const SAYING_SO_THEY_PAY = String.raw`\bsaying (?:that )?\S.{0,80}\bso (?:that )?${anyOf(PAYING_SIDES)} ${anyOf(PAYS)}\b`;
// Presenting others' work as one's own: "pass off my colleague's research results as my own".
const PASS = String.raw`\bpass(?:es|ed|ing)?`;
const AS_ONES_OWN = String.raw`as (?:my|our|his|her) own\b`;
const AS_OWN = String.raw`${PASS} (?:[\w']+ ){0,6}off ${AS_ONES_OWN}|${PASS} off (?:[\w']+ ){1,6}${AS_ONES_OWN}`;
// Claiming cover for what happened elsewhere: "claim injury insurance for an injury I actually got at home".
const ELSEWHERE = ['at home', 'outside work', 'off duty', 'on holiday', 'on vacation', 'over the weekend', 'playing'];
const CLAIM_FOR_ELSEWHERE = String.raw`\bclaim\w*\b.{0,60}\b(?:injury|accident|insurance)\b.{0,60}\b${anyOf(ELSEWHERE)}\b`;
// Making someone believe what is not so: "make the school think…", "so my dean thinks it's approved", "dress it up as".
const MISLEAD = [
  String.raw`mak(?:e|es|ing) (?:the school|the college|my school|my college|my dean|the dean|hr|them|him|her|everyone) (?:think|believe)`,
  String.raw`so (?:that )?(?:the school|the college|my dean|the dean|hr|they|he|she) (?:thinks?|believes?)`,
  String.raw`dress(?:es|ed|ing)? (?:it|this|my \w+|our \w+)(?: \w+)? up as`,
  String.raw`dress(?:es|ed|ing)? up (?:it|this|my|our|the)(?: [\w'-]+){0,3} as`,
  String.raw`report (?:it|this|the injury|the accident|(?:the|his|her|their|our)(?: [\w']+)? (?:injury|accident)) as`,
  String.raw`so (?:that )?it(?:'s| is) not (?:counted as )?(?:a )?work(?:-related)? injury`,
];
// Copying an official mark: "make an image of the company seal", "a copy of the school's stamp".
const COPIES = ['image', 'copy', 'picture', 'scan', 'replica', 'photoshop'];
const WHOSE_MARK = String.raw`(?:the |a |my |our )?(?:\w+(?:'s)? )?`;
const MARK_COPY = String.raw`\b${anyOf(COPIES)}\w* of ${WHOSE_MARK}(?:seal|stamp|signature)s?\b`;
// Getting out of what the law puts on someone: "…so we don't have to pay his injury insurance".
const PAYERS = ['we', 'i', 'they', 'the company', 'our company'];
const NEED_NOT = ["don't", 'dont', 'do not', "doesn't", 'does not', "won't", 'wont', 'will not', 'never'];
const DUTIES = ['pay', 'cover', 'insure', 'contribute', 'report'];
const SO_WE_NEED_NOT = String.raw`\bso (?:that )?${anyOf(PAYERS)} ${anyOf(NEED_NOT)} (?:have|need) to ${anyOf(DUTIES)}\b`;
// Threats and breaking in: "…or they'll fail my course", "get into the college's servers".
const THREATENED = ['fail', 'lose', 'be fired', 'be expelled', 'be punished'];
const COERCE = String.raw`\bor (?:they|you|he|she)(?:'ll| will) ${anyOf(THREATENED)}\b|\bso (?:they|he|she) can't complain\b`;
const SYSTEMS = ['servers?', 'systems?', 'database', 'network', 'email', 'accounts?', 'laptops?', 'computers?', 'phones?'];
const BREAK_IN = String.raw`\b(?:get|break|hack|sneak) into (?:the |their |my |our )?(?:\w+(?:'s)? ){0,2}${anyOf(SYSTEMS)}\b`;
// Acting where the school cannot see: "without the college knowing", "before the college finds out", "and HR never notices".
const UNAWARE_OF = ['realising', 'realizing', 'knowing', 'understanding', 'noticing'];
const SCHOOL_SIDES = ['the school', 'my school', 'the college', 'my college', 'hr', 'the university'];
const BEHIND_BACK =
  String.raw`\bwithout ${anyOf([...SCHOOL_SIDES, 'anyone', 'them'])} (?:${anyOf(UNAWARE_OF)}|finding out)\b` +
  String.raw`|\bbefore ${anyOf([...SCHOOL_SIDES, 'anyone', 'they'])} (?:finds? out|notices?)\b` +
  String.raw`|\band ${anyOf(SCHOOL_SIDES)} ${anyOf(NOT_EVER)}(?:notice|find out|know)\b`;
const UNAWARE = String.raw`\bwithout (?:him|her|them|the teacher|the students?) ${anyOf(UNAWARE_OF)}\b`;
// Making what only someone else may issue, saying what it should: "make me a certificate saying I won…".
const ISSUED_PAPERS = [
  String.raw`certificates?`,
  String.raw`(?:annual |performance )?(?:evaluation|assessment) (?:records?|forms?|reports?|results?)`,
  String.raw`(?:attendance|internship|practice) (?:sheets?|records?|logs?)`,
  'transcripts?',
  'diplomas?',
  String.raw`approval(?: letters?)?`,
  'letterhead',
];
const ISSUED_PAPER = String.raw`\b${anyOf(ISSUED_PAPERS)}\b.{0,60}\b(?:saying|showing|stating|that (?:says|shows)|approving)\b`;
// Passing on what a school keeps under lock: "help me sell the exam papers to the company".
export const EXAM_MATERIALS = String.raw`\bexam (?:papers?|questions|answers|answer keys?)\b`;
export const PASS_ON = String.raw`\b(?:sell|leak|smuggle)(?:s|ing)?\b`;

/** Acts a policy advisor never helps with (deceiving, forging, evading an obligation, stealing, harming), each with its reason. */
export const HARMFUL_ACTS: [RegExp, string][] = [
  [
    new RegExp(String.raw`\b${anyOf([...HIDE, ...MISREPORT])}\b.{0,60}\b${anyOf([...GAINS, ...SIDE_WORK, ...FROM_THE_SCHOOL])}\b`, 'i'),
    'hide income or facts from the school',
  ],
  [
    new RegExp(
      String.raw`\b${anyOf([...FORGE, ...TOUCH_UP])}\b.{0,40}\b${anyOf([...PAPERS, ...MARKS, ...PROOFS, ...DESCRIPTIONS])}\b`,
      'i',
    ),
    'forge documents or achievements',
  ],
  // "…stop the contributions once he's back at school?" asks when the duty ends, not how to dodge it.
  [new RegExp(String.raw`${NO_DUTY_END_BEFORE}\b${anyOf(ESCAPE)} ${anyOf(DUES)}\b${NO_DUTY_END_AFTER}`, 'i'), 'evade an obligation'],
  [
    new RegExp(String.raw`\b${anyOf([...TAKE_OUT, ...LEAK])}\b.{0,40}\b${anyOf(CONFIDENTIAL)}\b.{0,20}\b${anyOf(ASSETS)}?`, 'i'),
    'take confidential data',
  ],
  [/(?<!anti-?)\b(?:backdat\w*|falsif\w*|forg(?:e|es|ed|ing|ery)|counterfeit\w*)\b/i, 'forge documents or dates'],
  [
    /\b(?:invent|fabricate|make up)\b.{0,40}\b(?:patents?|awards?|prizes?|publications?|papers?|projects?|achievements?|results?)\b/i,
    'forge documents or achievements',
  ],
  [
    new RegExp(String.raw`\b${anyOf(ALTER)}\b.{0,40}\b${anyOf(OFFICIAL_TEXTS)}\b.{0,30}\bso (?:it|that it) (?:says|reads|shows)\b`, 'i'),
    'alter an official document',
  ],
  [
    new RegExp(
      String.raw`\bsign ${anyOf([...WHOSE_NAME, ...WHOSE_NAME_OFFICIAL])}?(?:name|signature)\b` +
        String.raw`|\bsign (?:for|on behalf of) (?:him|her|them|the company|the school)\b`,
      'i',
    ),
    "sign someone else's name",
  ],
  [wordPattern([...POSE, ...LOOK_LIKE]), 'deceive someone'],
  [
    new RegExp(
      String.raw`\bso (?:that )?${anyOf([...WATCHERS, ...BOSSES])}(?: will)? ${anyOf(NOT_EVER)}?${anyOf(LEARN)}\b` +
        String.raw`|\bwithout (?:telling|informing|asking) ${anyOf(UNTOLD)}\b` +
        String.raw`|\bin (?:my|his|her) ${anyOf(KIN)}'s name\b`,
      'i',
    ),
    'hide something from the school',
  ],
  [
    new RegExp(
      String.raw`\b${anyOf(NOT_COUNTED)} (?:a )?${anyOf(INJURY)}\b|\bcover(?:ing)? (?:it |this |the injury |the accident )?up\b`,
      'i',
    ),
    'evade an obligation',
  ],
  [new RegExp(String.raw`\b${anyOf(HARVEST)}\b.{0,40}\b${anyOf([...PERSONAL_DATA, ...ADDRESSES])}\b`, 'i'), "take people's personal data"],
  [
    wordPattern([ANONYMOUS, 'smear', `${anyOf(FALSE)} (?:news |[\\w-]+ )?${anyOf(CHARGES)}`, String.raw`spread\w* (?:\w+ )?rumou?rs?`]),
    'harm someone',
  ],
  [
    new RegExp(
      String.raw`\bwith ${anyOf(OTHERS_SIGNERS)} ${SIGN_MARK} (?:already )?on it\b` +
        String.raw`|\bput (?:his|her|their|the dean's|the school's) ${SIGN_MARK} on\b`,
      'i',
    ),
    "sign someone else's name",
  ],
  [
    /\b(?:secretly|quietly|covertly)\b.{0,40}\b(?:keep|take|draw|collect|run|work|transfer|move|register|pay|use|copy|sell|file|drop)\w*/i,
    'act behind the school’s back',
  ],
  [
    // "…poach the best students legitimately?" asks how to recruit by the rules.
    new RegExp(
      String.raw`\b${anyOf(POACH)}\b.{0,30}\b(?:${anyOf([...OTHERS_ASSETS, ...WORK_PRODUCTS])}\b|${OTHER_FIRMS_STUDENTS})` +
        String.raw`(?!.*\b(?:legitimately|legally|fairly)\b)`,
      'i',
    ),
    'take what belongs to others',
  ],
  [/\b(?:underpay|under-pay|not pay|avoid paying|stop paying|skip paying|pay less than (?:the law|required))\b/i, 'evade an obligation'],
  [
    /\bignor(?:e|ing) (?:what|whatever) (?:the|our|his|her|their) (?:agreement|contract|law|guidance|rules?) says?\b/i,
    'evade an obligation',
  ],
  [/\b(?:exploit|overwork)\b.{0,30}\b(?:students?|interns?|trainees?)\b|\b(?:unpaid|free) (?:labou?r)\b/i, 'exploit students'],
  [/\b(?:threaten|harass|bully|intimidate|defame|retaliate against|get revenge on|punish)\b/i, 'harm someone'],
  [
    /\b(?:double[- ]dip|claim (?:both|two) salaries|draw (?:my |a |the )?(?:full )?(?:school )?salary while)\b/i,
    'take pay the rules do not give',
  ],
  [new RegExp(String.raw`\b${anyOf(TAMPER)}\b.{0,30}\b${anyOf(TALLIES)}\b`, 'i'), 'tamper with records'],
  [/\b(?:bribe\w*|launder\w*|embezzl\w*|blackmail\w*|extort\w*|kickbacks?)\b/i, 'bribe, launder or blackmail'],
  [
    new RegExp(String.raw`\b${anyOf(TALES)}\b.{0,20}\bconvince ${anyOf([...UNTOLD, ...BOSSES])} (?:that )?(?:i|he|she|we)\b`, 'i'),
    'deceive someone',
  ],
  [
    new RegExp(
      String.raw`\b(?:lie|lying) (?:to|on|about)\b|\b${anyOf(DECEIVE)}\w*\b.{0,30}\b${anyOf([...DECEIVED, ...DECEIVED_OTHERS])}\b`,
      'i',
    ),
    'deceive someone',
  ],
  [new RegExp(BEHIND_BACK, 'i'), 'act behind the school’s back'],
  [new RegExp(String.raw`\b${anyOf(HURT)}\b.{0,30}\b${anyOf([...VICTIMS, ...VICTIM_BOSSES])}\b`, 'i'), 'harm someone'],
  [wordPattern(DAMAGE), 'harm someone'],
  [wordPattern([...UNTRUE, ...MISLEAD]), 'deceive someone'],
  [new RegExp(`${SAYING_SO_TO_QUALIFY}|${SAYING_SO_THEY_PAY}|${CLAIM_FOR_ELSEWHERE}`, 'i'), 'deceive someone'],
  [new RegExp(AS_OWN, 'i'), 'take what belongs to others'],
  [new RegExp(MARK_COPY, 'i'), 'forge a seal or signature'],
  [new RegExp(SO_WE_NEED_NOT, 'i'), 'evade an obligation'],
  [new RegExp(`${COERCE}|${UNAWARE}`, 'i'), 'harm someone'],
  [new RegExp(BREAK_IN, 'i'), 'break into systems'],
  [new RegExp(`${PASS_ON}.{0,30}${EXAM_MATERIALS}`, 'i'), 'take confidential data'],
  [new RegExp(ISSUED_PAPER, 'i'), 'forge documents or achievements'],
  [
    /\b(?:fire|sack|dismiss)\b.{0,20}\b(?:him|her|the teacher)\b.{0,30}\b(?:injur\w*|hurt|pregnan\w*|complain\w*)\b/i,
    'dismiss someone unlawfully',
  ],
  ...PRETENCE_ACTS,
  ...MISCONDUCT_ACTS,
];
