// "I teach nursing. can I work part-time at a car dealership?": the teacher's field and the business's field, when a
// question names both, and whether they are far apart. The guidance asks for a similar business field (part-time work)
// or a project related to the teacher's major (a company started while in post).

/** Fields of teaching and of business, each with the words that name it; a word may name more than one field. */
const FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    engineering:
      'mechatronics mechanical mechanics automation robotics robot robots cnc machining manufacturing ' +
      'industrial uav uavs drone drones aerospace aviation aircraft electrical electronics electronic ' +
      'automotive auto car cars vehicle vehicles ev welding mould mold engineering sensor sensors chip assembly ' +
      'chips semiconductor battery batteries energy machinery hardware iot rfid 3d printing rail plc',
    computing:
      'computer computers computing software programming network networks networking cybersecurity security ' +
      'ai data internet app apps web cloud game games gaming iot electronics sensor sensors chip chips ' +
      'semiconductor hardware saas fintech online rfid phone smartphone mobile tech crypto cryptocurrency blockchain',
    health:
      'nursing nurse nurses medical medicine health healthcare pharmacy pharmaceutical pharma clinic ' +
      'hospital elderly rehabilitation dental biotech biology biomedical',
    business:
      'accounting accountancy bookkeeping finance financial audit auditing tax banking bank economics marketing ' +
      'commerce e-commerce ecommerce online trade administration trading consultancy consulting insurance fintech sales retail ' +
      'crypto cryptocurrency',
    logistics: 'logistics warehouse warehousing shipping freight courier transport transportation',
    hospitality: 'hotel hotels hospitality tourism travel culinary cooking chef restaurant catering food bakery tea cafe coffee bar',
    chemistry: 'chemical chemicals chemistry petrochemical plastics',
    construction: 'civil construction architecture building surveying interior property estate',
    arts: 'design art arts animation film media photography fashion clothing apparel garment garments music advertising video furniture',
    agriculture: 'agriculture agricultural farming farm horticulture veterinary forestry',
    education: 'preschool kindergarten education childcare',
    humanities: 'literature poetry chinese english language languages history philosophy law legal',
    sports: 'sports sport fitness gym pe',
    beauty: 'beauty hair salon cosmetics makeup nail spa',
    housekeeping: 'cleaning housekeeping janitorial laundry',
  }).map(([field, words]) => [field, words.split(' ')]),
);

/** Every word that names a field: words the speller must know ("drone" is not a typo of "done"). */
export const FIELD_WORDS: readonly string[] = [...new Set(Object.values(FIELDS).flat())];

const FIELDS_OF = new Map<string, string[]>();
for (const [field, words] of Object.entries(FIELDS)) for (const word of words) FIELDS_OF.set(word, [...(FIELDS_OF.get(word) ?? []), field]);

const TEACHING_PEOPLE = '(?:lecturer|teacher|instructor|professor)s?';
const TEACHING_WORDS =
  String.raw`teach(?:es|ing)?|taught|lecturer in|lectures in|professor of|teacher of|` + String.raw`major(?:ing)? in|speciali[sz]e in`;
const COLLEGES = '(?:college|school|institute|academy|conservatory|conservatoire|polytechnic|university)';
// Where a question says what the teacher teaches: "I teach nursing", "an accounting lecturer", "our automation department".
const TEACHES = [
  /\bi (?:teach|taught|lecture|instruct)(?: in| on)?\s+((?:[\w-]+\s+){0,2}[\w-]+)/gi,
  new RegExp(String.raw`\b(?:${TEACHING_WORDS})\s+((?:[\w-]+\s+){0,2}[\w-]+)`, 'gi'),
  /((?:[\w-]+\s+){1,2})(?:teacher|lecturer|instructor|professor|department|dept|major|programme|program|faculty)\b/gi,
  // "a lecturer from a nursing college", "a teacher at the local hotel school": the field the college is named for.
  new RegExp(
    String.raw`\b${TEACHING_PEOPLE}\s+(?:from|at|of)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+${COLLEGES}\b`,
    'gi',
  ),
  // "my major is accounting", "my field is nursing", "their department is accounting".
  /\b(?:major|field|subject|department|dept|faculty|discipline|speciality|specialty) (?:is|was) ((?:[\w-]+\s+)?[\w-]+)/gi,
  // "his college is a nursing school".
  new RegExp(String.raw`\b(?:my|his|her|their|our|the) ${COLLEGES} is (?:a |an )?((?:[\w-]+\s+)?[\w-]+)`, 'gi'),
  // "their college runs IoT programmes", "the school offers nursing courses".
  new RegExp(
    String.raw`\b${COLLEGES}\s+(?:runs|offers|teaches|has)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:programmes?|programs?|courses?|majors?)\b`,
    'gi',
  ),
  // "a vocational college that focuses on mechanical engineering".
  new RegExp(
    String.raw`\b${COLLEGES}\s+(?:that|which)\s+(?:focuses|focused|speciali[sz]es)\s+(?:on|in)\s+((?:[\w-]+\s+){0,2}[\w-]+)`,
    'gi',
  ),
];
// Where it says what the business does: "a car dealership", "a friend's robotics firm", "a drone company".
const BUSINESS_NOUNS = (
  'company companies firm startup start-up shop dealership business maker manufacturer consultancy store studio factory ' +
  'agency brand franchise chain clinic restaurant hotel cafe salon plant developer developers shops stores exchange'
).split(' ');
const BUSINESS_NOUN_SET: ReadonlySet<string> = new Set(BUSINESS_NOUNS);
/** True for a word naming a business ("company", "firm", "consultancy"…), singular or plural. */
export function isBusinessNoun(word: string): boolean {
  return BUSINESS_NOUN_SET.has(word) || (word.endsWith('s') && BUSINESS_NOUN_SET.has(word.slice(0, -1)));
}
/** What the asker's own business would do: "what if I do booking software…". */
const WOULD_DO = '(?:do|did|make|made|build|built|sell|sold|run|ran|start|started|open|opened)';
/** What a business does: "does", "makes", "is in". */
const DOES =
  '(?:does|do|doing|did|makes|make|making|made|sells|sell|selling|sold|resells|resell|reselling|builds|building|built|' +
  'develops|developing|developed|designs|design|designing|designed|offers|offer|offering|offered|is in|are in|was in|' +
  'works in|work in)';
/** What a business is to do: "would resell", "is going to make". */
const WOULD = "(?:would |will |could |might |is going to |'d )?";
/** What "it" is or does in a follow-up naming another business: "it's", "it does", "it built"… */
const IT_DOES = [
  "it's",
  'it is',
  'it were',
  'its',
  'it does',
  'it did',
  'it makes',
  'it made',
  'it built',
  'it builds',
  'it sold',
  'it sells',
].join('|');
/** What a business's work is called when it is said what it is ("our work is…", "their core business is…"). */
const WORK_OF_A_BUSINESS = '(?:work|business|core business|field|line of business|focus|products?)';
const BUSINESS = [
  // ("my major is accounting but the company…": words across "but" or "and" describe no business.)
  new RegExp(String.raw`((?:(?!(?:but|and|or|so)\s)[\w'-]+\s+){1,3})(?:${BUSINESS_NOUNS.join('|')})s?\b`, 'gi'),
  // "our company does logistics", "we make drones", "the firm is in retail".
  new RegExp(String.raw`\b(?:company|firm|business|startup|start-up|we|that|which) ${WOULD}${DOES}\s+((?:[\w-]+\s+){0,3}[\w-]+)`, 'gi'),
  // "what if instead it's bookkeeping software?": the other case a follow-up names.
  new RegExp(String.raw`\bwhat (?:about )?if (?:instead )?(?:${IT_DOES})\s+((?:[\w-]+\s+){0,2}[\w-]+)`, 'gi'),
  // "what about designing automation controllers for small factories instead": the other work a follow-up names.
  /\b(?:what|how) about (?:[a-z]+ing)\s+((?:[\w-]+\s+){0,5}[\w-]+)/gi,
  // "what if I do booking and front-desk software for small hotels instead": what the asker's own business would do.
  new RegExp(String.raw`\bwhat (?:about )?if (?:i|we) ${WOULD_DO}\s+((?:[\w-]+\s+){0,6}[\w-]+)`, 'gi'),
  // "the company idea is a mobile game", "the company would be a bubble tea shop", "could my startup be …".
  // ("my major is mechatronics but honestly the idea is a travel booking app": the idea told is the business.)
  /\b(?:(?:company|business|startup|start-up)(?: idea)?|(?:the|my|our) idea) (?:is|be|would be|will be)\s+((?:[\w-]+\s+){0,3}[\w-]+)/gi,
  // "we're purely logistics software", "we are mainly a cosmetics brand": what the asking enterprise is.
  /\b(?:we're|we are)\s+(?:(?:purely|just|mainly|mostly|only|entirely|basically|a|an|in)\s+)*((?:[\w-]+\s+)?[\w-]+)/gi,
  // "our work is chip and antenna design", "their core business is freight": what the business's work is said to be.
  new RegExp(
    String.raw`\b(?:our|their|its|the company's|the firm's) ${WORK_OF_A_BUSINESS} (?:is|are) (?:in |on |all )?((?:[\w-]+\s+){0,3}[\w-]+)`,
    'gi',
  ),
  // "to do part-time software R&D for us": the work a teacher would do for the business.
  /\bpart-time\s+((?:[\w-]+\s+){1,2})(?:r&d|development|research|design|engineering)\b/gi,
  // "doing part-time RFID integration work for a logistics firm": the work itself names a field besides the firm's.
  new RegExp(
    String.raw`\b(?:doing|do|does|did|part-time|freelance)\s+(?:part-time\s+|freelance\s+|some\s+)?` +
      String.raw`((?:[\w-]+\s+){1,2})(?:work|jobs?|gigs?|projects?)\b`,
    'gi',
  ),
  // "hire a welding instructor to run our marketing campaigns", "to work part time on our game projects": the business's
  // own work the teacher would do.
  /\bto (?:run|do|handle|manage|lead|help(?: out)? (?:on|with)|work(?: part[- ]time)? on) (?:our|their|its) ((?:[\w-]+\s+){0,2}[\w-]+)/gi,
  // "part-time on our IoT platform": the business's own work named by what it builds.
  /\bon (?:our|their|its) ((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:platforms?|products?|systems?|projects?)\b/gi,
];

/** Words before "engineering" that make it a computing field. */
const SOFTWARE: ReadonlySet<string> = new Set(['software', 'computer', 'network', 'data']);

/** Who does what a business does ("we design chips"): after one of them, "design" is what is done, not a field. */
const DOERS: ReadonlySet<string> = new Set(['we', 'they', 'it', 'company', 'firm', 'business', 'startup', 'start-up', 'that', 'which']);
const DOING_WORDS: ReadonlySet<string> = new Set(['design', 'designs']);

function fieldsIn(phrases: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const phrase of phrases) {
    // "IT" only in capitals: "start it as a company" names no field.
    if (/\bIT\b/.test(phrase)) found.add('computing');
    const words = phrase.toLowerCase().split(/[^a-z0-9-]+/);
    for (const [i, word] of words.entries()) {
      // "software engineering" is computing, not the engineering of machines and vehicles.
      if (word === 'engineering' && i > 0 && SOFTWARE.has(words[i - 1]!)) continue;
      if (DOING_WORDS.has(word) && i > 0 && DOERS.has(words[i - 1]!)) continue;
      for (const field of fieldsOfWord(word)) found.add(field);
    }
  }
  return found;
}

/** The fields a word names (a plural by its singular); a hyphened word ("business-administration") by its own name or by its parts. */
function fieldsOfWord(word: string): readonly string[] {
  const whole = FIELDS_OF.get(word) ?? (word.endsWith('s') ? FIELDS_OF.get(word.slice(0, -1)) : undefined);
  if (whole !== undefined || !word.includes('-')) return whole ?? [];
  return word.split('-').flatMap((part) => FIELDS_OF.get(part) ?? []);
}

/** Every match of each global pattern in turn (none of them matches an empty string), read with the pattern itself, not a copy. */
function captured(text: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push(match[0]);
  }
  return found;
}

/** The concepts of a business in another field than the teacher's, or in the same one (knowledge/concepts.yaml). */
export const FIELD_CONCEPTS = { other: 'other-field', same: 'same-field' } as const;
/** The concept of a business unrelated to what a teacher teaches ("a bubble tea shop", "any business"). */
export const UNRELATED_BUSINESS = 'unrelated';

const FIELD_CONCEPT_IDS: ReadonlySet<string> = new Set(Object.values(FIELD_CONCEPTS));
/** True for the concepts of how the teacher's field and a business's stand. */
export function isFieldConcept(concept: string): boolean {
  return FIELD_CONCEPT_IDS.has(concept);
}

/**
 * How the field a teacher teaches and the field of a business stand, when a question names both: "other" when no field
 * is both ("I teach accounting, can I start a drone company?"), "same" when they share one; undefined otherwise.
 */
export function fieldRelation(text: string): 'same' | 'other' | undefined {
  // A question is read for its concepts several times over: the last one's reading is kept.
  if (text !== last.text) last = { text, relation: NAMES_TEACHING.test(text) ? relationOf(text) : undefined };
  return last.relation;
}

/** Words without which a question names no field a teacher teaches. */
const NAMES_TEACHING = new RegExp(
  String.raw`\b(?:teach\w*|taught|lectur\w*|instruct\w*|professor|department|dept|major\w*|programm?e?|faculty|speciali[sz]e|` +
    String.raw`(?:field|subject) is|(?:college|school|institute|academy) is)\b`,
  'i',
);

let last: { text: string; relation: 'same' | 'other' | undefined } = { text: '', relation: undefined };

/**
 * How the field a teacher and a business named one in an earlier question and the other in a follow-up stand ("I teach
 * accounting…" → "what if it's bookkeeping software instead?"); undefined unless the two are named across the two.
 */
export function fieldRelationAcross(earlier: string, text: string): 'same' | 'other' | undefined {
  if (NAMES_TEACHING.test(earlier)) {
    const relation = relationBetween(captured(earlier, TEACHES), text);
    if (relation !== undefined) return relation;
  }
  // "We are a logistics software company…" → "what if he taught accounting instead?": the field named now against the business before.
  return NAMES_TEACHING.test(text) ? relationBetween(captured(text, TEACHES), earlier) : undefined;
}

function relationOf(text: string): 'same' | 'other' | undefined {
  return relationBetween(captured(text, TEACHES), text);
}

/** "…a drone photography studio, nothing to do with IoT": the asker's own word that the fields are apart. */
const SAID_APART =
  /\b(?:nothing to do with|unrelated|not related|(?:a )?different (?:field|area)|totally different|outside my (?:field|major|area))\b/i;

/** The text with the phrases that say what the teacher teaches cut out. */
function withoutTeaching(text: string): string {
  const cut = new Uint8Array(text.length);
  for (const pattern of TEACHES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      cut.fill(1, match.index, match.index + match[0].length);
  }
  return Array.from(text, (char, at) => (cut[at] === 1 ? ' ' : char)).join('');
}

/** "…instead of the robotics firm", "rather than a drone maker": a business named only to be set aside. */
const SET_ASIDE = /\b(?:instead of|rather than)\b[^,.;?!]*/gi;

/** "he teaches IoT / RFID and that's literally what we do": the asker's own word that the fields are one. */
const SAID_SAME = /\b(?:that's|that is|which is|it's|it is)\s+(?:literally\s+|exactly\s+|precisely\s+|basically\s+|just\s+)?what we do\b/i;

/** How the fields taught and those of the business a text names stand, the asker's own word on it first. */
function relationBetween(teaching: readonly string[], text: string): 'same' | 'other' | undefined {
  const taught = fieldsIn(teaching);
  if (taught.size === 0) return undefined;
  if (SAID_SAME.test(text)) return 'same';
  // "my major is hotel management but the company idea is a mobile game": the words naming what is taught name no business.
  const businesses = captured(withoutTeaching(text).replace(SET_ASIDE, ' '), BUSINESS);
  const business = fieldsIn(businesses);
  // "…a clothing brand, nothing to do with IoT": a business of no known field, said to be apart.
  if (business.size === 0) return businesses.length > 0 && SAID_APART.test(text) ? 'other' : undefined;
  if (SAID_APART.test(text)) return 'other';
  return [...taught].some((field) => business.has(field)) || sharesAcronym(teaching, businesses) ? 'same' : 'other';
}

/** An acronym of two or more capitals ("PLC", "CNC", "IoT"): a narrow field by its own name. */
const ACRONYM = /\b[A-Z][A-Za-z]?[A-Z]+\b/g;

/** True when what is taught and the business share an acronym ("I teach PLC programming" and "a PLC automation firm"). */
function sharesAcronym(teaching: readonly string[], businesses: readonly string[]): boolean {
  const taught = new Set(teaching.flatMap((phrase) => phrase.match(ACRONYM) ?? []));
  return businesses.some((phrase) => (phrase.match(ACRONYM) ?? []).some((acronym) => taught.has(acronym)));
}
