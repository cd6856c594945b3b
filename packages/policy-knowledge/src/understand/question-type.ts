import { chineseQuestionType } from './chinese-question-type.js';
import { isChinese } from './chinese-language.js';
import { NAMES_WHAT_IS } from './split-question.js';
import { anyOf } from './word-pattern.js';

/** What a question asks for, which decides the shape of the answer. */
export type QuestionType = 'yes-no' | 'choice' | 'who' | 'how-long' | 'how-much' | 'when' | 'why' | 'how' | 'what';

// Openers that carry no meaning for the type: greetings, fillers and follow-up connectives.
const GREETINGS = ['hi', 'hello', 'hey', 'ok', 'okay', 'so', 'and', 'but', 'also', 'well', 'um'];
const ASIDES = ['quick question', 'question', 'sorry', 'please', 'pls', 'then', 'just wondering', 'one more thing', 'btw'];
// "If not, who?": a lead relating the question to the one before it, cut off by a comma.
const RELATING_LEADS = ['if not(?=\\s*,)', 'if so(?=\\s*,)', 'otherwise(?=\\s*,)'];
const THANKS = ['yes', 'yeah', 'right', 'cool', 'thanks', 'thank you'];
const PER_THE_PAPER = ['per the (?:paper|guidance|policy)', 'according to the (?:paper|guidance|policy)', 'in the paper'];
const NOWADAYS = [
  'right now',
  'currently',
  'nowadays',
  'these days',
  'at the moment',
  'in practice',
  'realistically',
  'honestly',
  'by default',
  'in principle',
];
const FILLER = new RegExp(
  String.raw`^(?:${anyOf([...GREETINGS, ...ASIDES, ...RELATING_LEADS, ...THANKS, ...PER_THE_PAPER, ...NOWADAYS])}\b[\s,:;.!-]*)+`,
  'i',
);
const AUXILIARIES = ['do', 'does', 'did', 'can', 'could', 'will', 'would', 'is', 'are', 'am', 'was', 'were', 'should', 'shall'];
const MORE_AUXILIARIES = ['must', 'may', 'might', 'has', 'have', 'had'];
const NEGATED_AUXILIARIES = ["isn't", "aren't", "doesn't", "don't", "can't", "won't", "wouldn't", "shouldn't"];
const AUXILIARY = new RegExp(String.raw`^${anyOf([...AUXILIARIES, ...MORE_AUXILIARIES, ...NEGATED_AUXILIARIES])}\b`, 'i');
const IS_IT_TRUE = [
  'is it (?:true|ok|okay|possible|allowed|legal|fine|right)',
  'am i (?:allowed|able|right)',
  'any chance',
  'any (?:way|hack|option|possibility) (?:to|of)',
  // "…the students just don't want to come. Any protection?": whether there is one.
  'any (?:protection|recourse|safeguards?|penalty|penalties|remedy)',
];
const I_WONDER = [
  'i wonder if',
  'i was wondering if',
  'wondering if',
  'tell me if',
  String.raw`(?:our |my )?\w+ (?:wants?|would like|needs?) to know (?:if|whether)`,
  String.raw`(?:our |my )?\w+ (?:asks?|asked|is asking|wonders?) (?:if|whether)`,
  '(?:i|we) (?:want|would like|need) to know (?:if|whether)',
  'not sure (?:if|whether)',
  '(?:please )?confirm (?:that|whether|if)',
];
const I_HEARD = [
  'true or false',
  'is there (?:any|a) (?:rule|limit|requirement|law)',
  'would it be',
  'could it be',
  'did i hear (?:right|correctly)',
  'i heard that',
  'someone (?:told|said)',
];
const ASKING_FRAME = new RegExp(String.raw`^${anyOf([...IS_IT_TRUE, ...I_WONDER, ...I_HEARD])}\b`, 'i');
// Who an auxiliary asks about: "do I…", "can the school…", "is anyone…", "must teachers…".
const PRONOUNS = ['i', 'we', 'you', 'they', 'he', 'she', 'it'];
const ANYONE = ['either', 'both', 'each', 'any', 'anyone', 'someone'];
// A question after a condition or a statement: "if I leave my post, do I keep…", "I'm leaving — can they…".
const CLAUSE_START = String.raw`(?:^|[,;:.!?—–-]\s*|\b(?:then|so|but|and)\s+)`;
const AUX_INSIDE_WORDS = '(?:do|does|did|can|could|will|would|is|are|am|should|shall|must|may|has|have)';
const DETERMINERS = ['the', 'my', 'our', 'this', 'that', 'there', 'these', 'those', 'his', 'her', 'their', 'a', 'an'];
const INSIDE_SUBJECTS = [...PRONOUNS, ...DETERMINERS, ...ANYONE, 'teachers?', 'schools?', 'companies', 'enterprises?'];
const AUX_INSIDE = new RegExp(String.raw`${CLAUSE_START}${AUX_INSIDE_WORDS}\s+${anyOf(INSIDE_SUBJECTS)}\b`, 'i');
// "…leak if we hire him - is confidentiality in any agreement": after a dash or a comma, an auxiliary opens a question.
const AUX_AFTER_MARK = /[,;:—–-]\s*(?:do|does|did|can|could|will|would|is|are|am|should|shall|must|may|has|have)\s+\w+/i;
const CONDITION = '(?:even )?(?:if|when|once|after|while|since|say)';
const CONDITION_AUX_WORDS = '(?:do|does|did|can|could|will|would|is|are|am|should|must|may|has|have)';
const CONDITION_SUBJECTS = [...PRONOUNS, 'the', 'my', 'our', 'this', 'that', 'there', 'his', 'her', 'their', ...ANYONE];
const WH_AFTER_CONDITION = new RegExp(
  String.raw`^${CONDITION}\b[^,?]*?\b(?:what|which|who|how|why|where)\s+(?:(?!if\b)\w+\s+)?${CONDITION_AUX_WORDS}\b`,
  'i',
);
const CONDITION_THEN_AUX = new RegExp(String.raw`^${CONDITION}\b.*?\b${CONDITION_AUX_WORDS}\s+${anyOf(CONDITION_SUBJECTS)}\b`, 'i');
// "excellent grade from my startup does it count…": an auxiliary and a pronoun mid-sentence start the question.
const AUX_PRONOUN = /\b(?:do|does|did|can|could|will|would|is|are|am|should|must)\s+(?:i|we|you|they|he|she|it|this|that)\b/i;
// "according to the paper is most cooperation informal", "in the training base model can the teacher…".
const SUBJECT_AUX_WORDS = '(?:do|does|did|can|could|will|would|is|are|should|must|may|has|have)';
const QUANTIFIED = ['this', 'that', 'there', 'the', 'my', 'our', 'his', 'her', 'their', 'most', 'all', 'any', 'every', 'a', 'an'];
const INSTITUTIONS = ['teachers?', 'schools?', 'colleges?', 'companies', 'enterprises?', 'firms?', 'students?', 'graduates', 'lecturers?'];
const AUX_SUBJECT = new RegExp(
  String.raw`\b${SUBJECT_AUX_WORDS}\s+${anyOf([...PRONOUNS, ...QUANTIFIED, ...INSTITUTIONS, ...ANYONE])}\b`,
  'i',
);
// "…when do I come back", "how long…": a question word that asks, not one that joins two clauses ("…no post when I return").
const WH_WORDS = ['what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where', 'when'];
const ASKED_AUXILIARIES = ['do', 'does', 'did', 'can', 'could', 'will', 'would', 'is', 'are', 'am', 'was', 'were', 'should', 'must', 'may'];
const ASKING_NEXT = [...ASKED_AUXILIARIES, 'long', 'much', 'many', 'happens', 'about', 'if'];
const WH_ASKING = new RegExp(String.raw`\b${anyOf(WH_WORDS)}\s+${anyOf(ASKING_NEXT)}\b`, 'i');
const WH_BEFORE = /\b(?:what|which|who|whom|whose|how|why|where)\b/i;
// "…model from which grade can it start": a question word after a preposition asks, wherever it stands.
// "in the teacher-entrepreneur version who sets up…": after the name of a mode (no person), a question word asks too.
const BEFORE_ASKING_WH = [
  'from',
  'in',
  'at',
  'by',
  'for',
  'to',
  'with',
  'on',
  'under',
  'until',
  'since',
  'mode',
  'model',
  'version',
  'scheme',
];
const WH_INSIDE = new RegExp(
  String.raw`(?:^|[,;:.!?—–-]\s*|\b${anyOf(BEFORE_ASKING_WH)}\s+)(?:what|which|who|whom|whose|how|why|where)\b`,
  'i',
);
const TAIL_VERDICTS = ['allowed', 'ok', 'okay', 'possible', 'fine', 'legal', 'right', 'rite', 'correct', 'true'];
// "so what I achieve there doesn't count, right?": a statement closed by a tag asks whether it is so, whatever it opens with.
const TAG_AFTER_COMMA = /,\s*(?:right|rite|true|correct|yes or no|isn't it|is that right|am i right)\s*\??\s*$/i;
const TAIL_TAGS = ['or not', 'yes or no', 'permitted', 'is that so', 'is it', "isn't it", "aren't they", "don't i", "can't i", "won't i"];
const TAIL_WORDS = ['no', 'yes', 'or what', 'doable', 'a thing', 'realistic'];
// "…2 days a week. ok under the guidance?": a verdict word about the rules closes the message.
const UNDER_THE_RULES = String.raw`(?:under|by|per|according to|with) (?:the |these )?(?:guidance|rules|policy|paper)`;
const TAIL_CHECK = new RegExp(
  String.raw`\b${anyOf([...TAIL_VERDICTS, ...TAIL_TAGS, ...TAIL_WORDS])}(?: ${UNDER_THE_RULES})?\s*\??\s*$`,
  'i',
);
const SCHOOLS = ['school', 'college', 'university', 'uni'];
const COMPANIES = ['company', 'enterprise', 'firm', 'employer', 'startup', 'start-up'];
const PERSONS_AND_STATE = ['teacher', 'me', 'us', 'them', 'government', 'state', 'department'];
const PARTY = `${anyOf([...SCHOOLS, ...COMPANIES, ...PERSONS_AND_STATE])}(?:'s)?`;
// Two parties side by side around "or": "the school or the company", "school's or company's".
const CHOICE_PAIR = new RegExp(String.raw`\b${PARTY}\s+or\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?${PARTY}\b`, 'i');
// "who pays…", "which party…": the question asks for a party.
const WHO_DOES = ['pays', 'covers', 'handles', 'decides', 'is responsible', 'signs', 'issued', 'must', 'should'];
const ASKS_WHO = new RegExp(String.raw`^who\b|\bwho ${anyOf(WHO_DOES)}\b|\bwhich (?:party|side|employer|one pays)\b`, 'i');
// "who pays my injury insurance then, the firm I join?": one candidate put after who pays asks whether it is the one
// ("who covers it then - us?" puts a party by its pronoun, after a dash).
const WHO_PAYS = String.raw`^(?:(?:and|so|ok|okay|then|in that case),?\s+)*who\s+(?:pays|covers|will pay|would pay|has to pay|foots)\b`;
const ONE_CANDIDATE = String.raw`(?:,|\s[-–—])\s*(?:(?:the|my|our|his|her|a|an)\s[^,?]*|(?:us|we|me|them|him)\s*)\?\s*$`;
const WHO_CANDIDATE = new RegExp(String.raw`${WHO_PAYS}(?![^,?]*\bbetween\b)[^,?]*${ONE_CANDIDATE}`, 'i');
const CANDIDATE_LISTED = /(?:,|\s[-–—])[^,?]*\b(?:or|and)\b[^,?]*\?\s*$/i;
// Chat spellings of question words.
const CHAT_SPELLINGS: [RegExp, string][] = [
  [/\b(?:wat|wht|whta|waht)\b/gi, 'what'],
  [/\b(?:hw|hwo)\b/gi, 'how'],
  [/\b(?:wen|whn)\b/gi, 'when'],
  [/^wil\b/gi, 'will'],
  [/^cna\b/gi, 'can'],
  [/\b(?:hu|wo)\b(?= (?:pays|issued|decides|signs|covers))/gi, 'who'],
  [/\b(?:rite|ryt)\s*\??\s*$/gi, 'right?'],
];
/** The words every chat spelling above is made of: a text without one of them has nothing to respell. */
const CHAT_WORDS = /\b(?:wat|wht|whta|waht|hw|hwo|wen|whn|hu|wo|rite|ryt)\b|^(?:wil|cna)\b/i;

// "and that's permanent?", "so regular companies are more cautious?": a statement saying what something is.
const STATES_BEING = /\b(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b|\b(?:that|it|he|she|there|this)'s\b|\b(?:they|we|you)'re\b/i;

/** "when do I…?", "what date…?", "how far in advance must I apply?": a question asking for a date. */
const ASKS_WHEN = new RegExp(
  String.raw`^when (?:do|does|did|can|could|will|would|is|are|should|must|exactly)\b|` +
    String.raw`^(?:(?:and|but|so|then),?\s+)?when\s*[?!.]*$|\bwhat date\b|^how (?:far|long) in advance\b`,
  'i',
);

/** "how much…?", "what share?", "how big is the bonus…?": a question asking for an amount. */
const AMOUNTS = ['rate', 'percentage', 'percent', 'amount', 'share', 'proportion', 'ratio', 'cut', 'margin'];
// "what's the usual income split?", "what profit-sharing ratio is standard?": a share asked for, however qualified.
const USUAL = String.raw`(?:usual|standard|typical|normal|exact|fair)`;
const WHAT_SHARE = String.raw`\bwhat(?:'s| is)?\s+(?:the\s+)?(?:${USUAL}\s+)?(?:[\w-]+\s+)?(?:${[...AMOUNTS, 'split'].join('|')})\b`;
// "what % of the income…", "how many interns per semester…": a share, or a count per period, asked for.
const WHAT_PERCENT = String.raw`\bwhat\s*%`;
const COUNT_PER_PERIOD = String.raw`\bhow many [\w-]+ (?:per|a|each|every) (?:year|semester|term|month|week|day|class|course)\b`;
const ASKS_HOW_MUCH = new RegExp(
  String.raw`\bhow much\b|${WHAT_SHARE}|${WHAT_PERCENT}|${COUNT_PER_PERIOD}|^how (?:big|large|high) (?:is|are|was|would)\b`,
  'i',
);

const LIMIT_ON_HOW_LONG = /^(?:is|are) there (?:a|any) (?:time |fixed |set )?(?:limit|cap|maximum|max|ceiling) (?:on|to|for) how long\b/i;
/** "does the guidance itself fix how much salary I get?": whether something settles an amount or a length, not which. */
const SETTLING = [
  ...['fix', 'fixes', 'fixed', 'set', 'sets', 'specify', 'specifies', 'specified', 'determine', 'determines'],
  ...['regulate', 'regulates', 'lay down', 'lays down', 'laid down', 'spell out', 'spells out', 'spelled out'],
];
const SETTLES_HOW_MUCH = new RegExp(
  String.raw`^(?:does|do|did|will|would|is|are)\b[^?]*?\b(?:${SETTLING.join('|')})` +
    String.raw`\s+(?:exactly\s+|precisely\s+)?how (?:much|long|many)\b`,
  'i',
);

const REQUESTED = [
  'give',
  'show',
  'explain',
  'list',
  'describe',
  'summari[sz]e',
  'outline',
  'share',
  'name',
  'specify',
  'clarify',
  'walk me through',
];
const POLITE_REQUEST = new RegExp(
  String.raw`^(?:can|could|would|will) (?:you|u|ya|someone|somebody|anyone|anybody|you guys|y'all) (?:please |pls |plz |kindly )?` +
    String.raw`(?:quickly |briefly )?(?:${anyOf(REQUESTED)}|tell (?:me|us)(?! (?:if|whether)\b))\b`,
  'i',
);

/** A sentence that opens as a question does, with or without its question mark. */
const ASKS_FIRST =
  /^(?:and |but |so )?(?:do|does|did|can|could|will|would|is|are|am|was|should|must|may|what|how|who|why|when|which|where)\b/i;

/** A mark ending a sentence that another follows. */
const SENTENCE_END = /[.!?]\s/;

/**
 * The sentence a message asks: the last one when the earlier ones are statements (end in "." or "!"); the one question
 * of a message that goes on to say something ("do companies exploit students? the paper says something about…").
 */
function askedSentence(question: string): string | undefined {
  // Sentences end in a mark followed by a space: a text without one is a single sentence.
  if (!SENTENCE_END.test(question)) return undefined;
  // ("…nothing to do with innovation, e.g. a franchise store?": an abbreviation's full stop ends no sentence; "time?? I'm…":
  // marks repeated end one.)
  const sentences = question.trim().split(/(?<=[a-z)][.!?]{1,3})(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx)\.)\s+(?=[a-z])/i);
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => s.trimEnd().endsWith('?'));
  if (asking.length === 1) {
    const rest = sentences.slice(sentences.indexOf(asking[0]!) + 1);
    if (rest.length > 0 && rest.every((s) => !s.includes('?') && !ASKS_FIRST.test(s))) return asking[0];
  }
  if (sentences.slice(0, -1).some((s) => s.trimEnd().endsWith('?'))) return undefined;
  const last = sentences.at(-1)!;
  return last.split(/\s+/).length >= 2 ? last : undefined;
}

/** A prepositional lead-in ending in a comma before a question word ("In the order-based mode, when…"). */
const FRAMING_WORD = String.raw`(?:in|for|under|with|about|regarding|as for|as to|on|during|within)`;
const LEAD_IN_FRAME = new RegExp(String.raw`^${FRAMING_WORD}\b[^,?]{2,60},\s*(?=(?:what|which|who|whom|whose|how|why|where|when)\b)`, 'i');
// "what about the annual evaluation — if I get 'excellent' does that take a slot…?": a condition between the topic
// named and the yes/no question.
const TOPIC_THEN_CONDITIONAL_ASK = new RegExp(
  String.raw`[;:—–?-]\s*${CONDITION}\s[^?]*?\s(?:do|does|did|can|could|will|would|is|are|should|must)\s+` +
    String.raw`(?:that|it|this|i|we|they|he|she|my|our|the)\b`,
  'i',
);
/** A condition ending in a comma before a question word ("If we partner with a college, when does the paper say…"). */
const LEAD_IN_CONDITION = new RegExp(
  String.raw`^(?:(?:and|so|but),?\s+)?${CONDITION}\b[^,?]{2,80},\s*(?=(?:what|which|who|whom|whose|how|why|where|when)\b)`,
  'i',
);

// "if i'm rated excellent while off post, it doesn't use up a slot?": a condition, then a statement asked as a question.
// ("if I get 'excellent' it sits outside the quota?", "so if i get rated excellent I'm not taking a slot…?": without the comma,
// the statement opens on its subject.)
const STATEMENT_SUBJECT = String.raw`(?:it|that|this|they|he|she)\s+[a-z]+s\b|(?:i'm|we're|they're|it's|that's|he's|she's)\s`;
const IF_THEN_STATEMENT = new RegExp(
  String.raw`^(?:and )?if\b[^,?]{3,}?(?:,\s*|\s+(?=${STATEMENT_SUBJECT}))(?:\S+\s+){3,}\S+\s*\?\s*$`,
  'i',
);

/** "what kind of business…? can it be anything?", "what sort…, could she open a restaurant under it?": a case put to the kind. */
const WHAT_KIND_THEN_CASE = new RegExp(
  String.raw`\b(?:what|which) (?:kind|sort|type)s? of\b[^?]*?(?:[,;:—–-]\s*|\?\s+)(?:like |e\.g\.? |say |so |or )?` +
    String.raw`(?:any\b|anything\b|(?:can|could|would|is|does) (?:it|she|he|i|we|they|that|a|an)\b|even\b)`,
  'i',
);

/** A how-question, then after a dash the yes/no question that settles it: "how can we … - is she allowed to …?". */
const HOW_THEN_WHETHER = new RegExp(
  String.raw`^how\b[^?]*\s[—–-]\s*(?:is|are|can|could|does|do|will|would|may|must)\s+` +
    String.raw`(?:she|he|they|it|i|we|you|the|a|an|our|my|his|her|their)\b[^?]*\?\s*$`,
  'i',
);

/** Classifies a question by what it asks for: a verdict, a choice, a party, a duration, an amount, a reason… */
export function questionType(question: string): QuestionType {
  if (isChinese(question)) return chineseQuestionType(question);
  // "we're scared our secrets leak. is confidentiality covered anywhere": what is asked is in the last sentence.
  const asked = askedSentence(question);
  if (asked !== undefined) return questionType(asked);
  const respelled = CHAT_WORDS.test(question)
    ? CHAT_SPELLINGS.reduce((t, [pattern, word]) => t.replace(pattern, word), question)
    : question;
  const spelled = respelled.trim();
  const text = spelled.replace(FILLER, '').trim();
  // "In the training base mode, when does the teacher set up the group?": what the lead-in names frames the question.
  const framed = LEAD_IN_FRAME.exec(text) ?? LEAD_IN_CONDITION.exec(text);
  if (framed) return questionType(text.slice(framed[0].length));
  if (TAG_AFTER_COMMA.test(text)) return 'yes-no';
  if (WHO_CANDIDATE.test(text) && !CANDIDATE_LISTED.test(text)) return 'yes-no';
  if (ASKS_WHO.test(text)) return 'who';
  // "is there a limit on how long I can be away?" asks whether there is one.
  if (LIMIT_ON_HOW_LONG.test(text) || SETTLES_HOW_MUCH.test(text)) return 'yes-no';
  if (/\bhow long\b|\bhow many (?:years|months)\b|\buntil when\b|\bmaximum (?:time|period|length)\b/i.test(text)) return 'how-long';
  if (ASKS_HOW_MUCH.test(text) || /^how (?:many (?:yuan|hours|hrs|days|weeks|teachers|students|people|times)|often)\b/i.test(text))
    return 'how-much';
  if (ASKS_WHEN.test(text)) return 'when';
  if (/^why\b|\bwhat(?:'s| is) the (?:reason|point|purpose|thinking|logic|rationale|reasoning)\b/i.test(text) || LEAD_IN_WHY.test(text))
    return 'why';
  if (isChoice(text)) return 'choice';
  // "what happens if he is hurt at work, do the school's rules apply?": the condition, then a yes/no question.
  // "what about students' insurance - does the school cover it?", "and what about my title? will I fall behind…": a
  // topic named first, then the yes/no question.
  // "what we want is staff training, is that on the list?": a thing named first, then the yes/no question.
  if (
    (/^(?:(?:and|but|so|ok|okay),?\s+)*(?:what happens(?: if| to)?|what if|what about|how about)\b/i.test(text) ||
      NAMES_WHAT_IS.test(text)) &&
    (/[,;:—–?-]\s*(?:do|does|did|can|could|will|would|is|are|should|must)\s/i.test(text) || TOPIC_THEN_CONDITIONAL_ASK.test(text))
  )
    return 'yes-no';
  // "what kind of entrepreneurship does it cover, like any business at all?": the kind asked, then a case put to it.
  if (WHAT_KIND_THEN_CASE.test(text)) return 'yes-no';
  // "How can we use her research commercially - is she allowed to bring it into a firm?": the how, then whether one may.
  if (HOW_THEN_WHETHER.test(text)) return 'yes-no';
  // "The paper has an RFID example in section 4 - what is it about?": a statement, then the question after the dash.
  const afterStatement = STATEMENT_THEN_WH.exec(text);
  if (afterStatement) return questionType(text.slice(afterStatement[0].length));
  // "can you give me the example the paper uses?": a request for something, not whether one can.
  if (POLITE_REQUEST.test(text)) return 'what';
  if (AUXILIARY.test(text) || ASKING_FRAME.test(text)) return 'yes-no';
  const wh = WH_INSIDE.exec(text);
  // A question word opening the text comes before any auxiliary, which is then not looked for.
  const aux = wh?.index === 0 ? null : (AUX_INSIDE.exec(text) ?? AUX_SUBJECT.exec(text));
  if (aux && (!wh || aux.index < wh.index) && !WH_BEFORE.test(text.slice(0, aux.index))) return 'yes-no';
  // "if we hire him what insurance are we on the hook for": a question word after the condition asks for a what.
  if (!wh && CONDITION_THEN_AUX.test(text) && !WH_AFTER_CONDITION.test(text)) return 'yes-no';
  if (!wh && AUX_AFTER_MARK.test(text) && !/^(?:what|which|who|whom|whose|how|why|where|when)\b/i.test(text)) return 'yes-no';
  if (!wh && AUX_PRONOUN.test(text) && !/^(?:what|which|who|whom|whose|how|why|where|when)\b/i.test(text) && !WH_AFTER_CONDITION.test(text))
    return 'yes-no';
  if (/^(?:what|which|where|list|name|explain|describe|summari[sz]e|tell me)\b/i.test(text)) return /^how\b/i.test(text) ? 'how' : 'what';
  if (/^how\b/i.test(text)) return 'how';
  // "ok under the guidance?": the opener taken for a filler may be the verdict word.
  if (TAIL_CHECK.test(spelled) || ANY_PROBLEM.test(spelled)) return 'yes-no';
  // "so basically the school covers all my insurance then": a conclusion drawn, asked to be confirmed.
  if (SO_THEN.test(spelled)) return 'yes-no';
  // "so I basically can't?", "we don't either?": a subject and a modal alone, asked back.
  if (MODAL_ASKED_BACK.test(text)) return 'yes-no';
  // "so I keep my pension?": a statement asked as a question, with no question word anywhere, asks for a verdict.
  if (
    /\?\s*$/.test(text) &&
    !WH_INSIDE.test(withoutEmbeddedWh(text)) &&
    !WH_ASKING.test(text) &&
    (!/^(?:any|and if|if|or)\b/i.test(text) || IF_THEN_STATEMENT.test(text)) &&
    (STATES_BEING.test(text) ||
      (/\b(?:i|we|you|he|she|they|it|i'm|we're|they're|it's|that's)\b/i.test(text)
        ? text.split(/\s+/).length >= (BEING_CONTRACTED.test(text) ? 2 : 4)
        : text.split(/\s+/).length >= 6))
  ) {
    return 'yes-no';
  }
  return 'what';
}

/** "…wants to work part-time with us. Any problem with that?": whether something is wrong, asked after what it is. */
const ANY_PROBLEM = /(?:^|[.!?]\s+)any (?:problems?|issues?|concerns?|catch|objections?)(?: with (?:that|this|it|doing that))?\s*\?\s*$/i;

/** "so I'm stuck?", "we're covered then?": a subject and "be" contracted state enough in two words. */
const BEING_CONTRACTED = /\b(?:i'm|we're|they're|it's|that's|he's|she's)\b/i;

// "related to what I teach", "whatever we make": a question word followed by a subject and its verb names a thing, asks nothing.
const NOT_A_VERB_OF_ITS_OWN = anyOf([...ASKED_AUXILIARIES, 'should', 'shall', 'have', 'has', 'had']);
const EMBEDDED_WH = new RegExp(
  String.raw`\b(?:what|where|who|how)\s+(?:i|we|you|he|she|they)\s+(?!${NOT_A_VERB_OF_ITS_OWN}\b)[a-z]+`,
  'gi',
);

/** The text with its embedded question-word clauses ("what I teach") taken out. */
function withoutEmbeddedWh(text: string): string {
  return text.replace(EMBEDDED_WH, 'it');
}

/** A statement opening with neither a question word nor an auxiliary, then a dash or colon before a question word. */
const STATEMENT_THEN_WH = new RegExp(
  String.raw`^(?!(?:${['what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where', 'when', ...ASKED_AUXILIARIES].join('|')})\b)` +
    String.raw`[^?]*?\s[-–—:]\s+(?=(?:what|which|who|how|why|where|when)\b)`,
  'i',
);

/** "In the order-based mode, why are the students better prepared?": a scene set before a comma, then "why". */
const LEAD_IN_WHY = /^(?:in|under|for|with|within|during)\b[^,?]{0,60},\s*why\b/i;

/** "so basically the school covers all my insurance then": "so", a statement of four words or more, "then". */
const SO_THEN = /^so,?\s+(?:[\w'-]+\s+){3,}then\s*[?.!]?\s*$/i;

/** A subject and a modal alone, asked back ("I basically can't?", "we don't either?"). */
const MODALS = String.raw`(?:can(?:'t|not)?|won't|don't|doesn't|will|would(?:n't)?|should(?:n't)?|must|may)`;
const MODAL_ASKED_BACK = new RegExp(
  String.raw`^(?:i|we|he|she|they|you|it)\s+(?:\w+\s+)?${MODALS}(?:\s+(?:either|then|too|anymore|at all))?\s*\?\s*$`,
  'i',
);

// "can a school or company walk away…?": whether either party may do something, not which of them does it.
const EITHER_MAY = new RegExp(
  String.raw`^(?:[^,?]{0,40},\s*)?(?:can|could|may|might)\s+(?:a\s+|an\s+|the\s+)?${PARTY}\s+or\s+(?:a\s+|an\s+|the\s+)?${PARTY}\b`,
  'i',
);

/** "or" as a word: a choice between two parties needs one. */
const STANDALONE_OR = /\bor\b/i;

/** True for "X or Y?" questions that ask which of two, not whether ("school's or company's insurance?"). */
function isChoice(text: string): boolean {
  if (!STANDALONE_OR.test(text)) return false;
  if (/\bor not\b|\bor no\b|\bor anything\b|\bor something\b|\bor so\b|\bor else\b|\beither\b/i.test(text)) return false;
  return CHOICE_PAIR.test(text) && !EITHER_MAY.test(text);
}
