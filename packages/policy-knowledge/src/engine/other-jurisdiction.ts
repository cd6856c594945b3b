import { anyOf, wordPattern } from '../understand/word-pattern.js';

// The guidance is a Chinese ministry's. "US" counts as a country only when written as one (capitals or dots).
const FROM_A_PLACE = '(?:in|for|from|of|under) (?:the )?';
const COUNTRIES = [
  'united states',
  'america',
  'american',
  'uk',
  String.raw`u\.k\.`,
  'britain',
  'british',
  'england',
  'germany',
  'german',
  'france',
  'french',
  'japan',
  'japanese',
  'korea',
  'korean',
  'india',
  'indian',
  'canada',
  'canadian',
  'australia',
  'australian',
  'europe',
  'european',
  'singapore',
  'russia',
  'russian',
  'brazil',
  'taiwan',
  'hong kong',
  'macau',
  'macao',
];
// "in Germany", or "Germany's dual system": a place named as where the rules are, or as whose they are.
const COUNTRY = new RegExp(String.raw`\b${FROM_A_PLACE}${anyOf(COUNTRIES)}\b|\b${anyOf(COUNTRIES)}['’]s\s`, 'i');
// "our Singapore office", "an overseas branch": a workplace in another country.
const WORKPLACES = ['office', 'branch', 'subsidiary', 'company', 'firm', 'headquarters', 'plant', 'factory', 'site'];
const ABROAD = ['overseas', 'foreign', 'abroad', ...COUNTRIES];
const WORKPLACE_ABROAD = new RegExp(
  String.raw`\b${anyOf(ABROAD)}\s+${anyOf(WORKPLACES)}\b|\b(?:work|working|based|go|going|move|moving) abroad\b`,
  'i',
);
// "the UK rules on spin-outs", "German law": a country's adjective before its rules.
const NATIONALITIES = [
  'uk',
  'british',
  'english',
  'american',
  'german',
  'french',
  'japanese',
  'korean',
  'indian',
  'canadian',
  'australian',
  'european',
  'singaporean',
  'russian',
  'taiwanese',
  'hong kong',
];
const RULE_MAKERS = ['rules?', 'laws?', 'policy', 'policies', 'regulations?', 'system', 'government', 'universities', 'colleges'];
const COUNTRY_RULES = new RegExp(String.raw`\b${anyOf(NATIONALITIES)}\s+${anyOf(RULE_MAKERS)}\b`, 'i');
// "US" and "EU" only in capitals or with dots, so "for us" stays the enterprise contact speaking.
const US_RULE_MAKERS = [
  'law',
  'laws',
  'rules?',
  'universities',
  'colleges',
  'professors',
  'teachers',
  'compan(?:y|ies)',
  'firms?',
  'offices?',
  'policy',
  'government',
];
const COUNTRY_CAPITALS = new RegExp(String.raw`\b${FROM_A_PLACE}(?:U\.S\.A?\.?|USA|US|EU)\b|\bUS ${anyOf(US_RULE_MAKERS)}\b`);
const RULES = ['guidance', 'policy', 'policies', 'rules?', 'laws?', 'regulations?'];
const ACADEMICS = ['teachers?', 'lecturers?', 'professors?', 'schools?', 'colleges?', 'universit(?:y|ies)', 'institutions?'];
const RULE_SUBJECTS = ['apply', 'applies', 'insurance', 'leave', 'off-post', 'off post', 'pension', 'staff'];
const ABOUT_RULES = wordPattern([...RULES, ...ACADEMICS, ...RULE_SUBJECTS]);

// Words one of which the country, nationality and workplace patterns each need (anywhere, in any case): a question
// without any of them is not run through those patterns.
const NAMES_A_PLACE_ABROAD = new RegExp(anyOf([...ABROAD, ...NATIONALITIES]), 'i');

/** True when a question names another country, its people or a workplace abroad ("in Germany", "UK rules", "our overseas office"). */
function namesPlaceAbroad(question: string): boolean {
  return NAMES_A_PLACE_ABROAD.test(question) && (COUNTRY.test(question) || COUNTRY_RULES.test(question) || WORKPLACE_ABROAD.test(question));
}

/** True when a question names the US or the EU in capitals ("in the U.S.", "US law"): every such spelling holds a capital "U". */
function namesUsOrEu(question: string): boolean {
  return question.includes('U') && COUNTRY_CAPITALS.test(question);
}

/** True when a question is about another country's rules ("do UK universities allow this?"), which the guidance is not. */
export function asksAboutOtherCountry(question: string): boolean {
  return (namesPlaceAbroad(question) || namesUsOrEu(question)) && ABOUT_RULES.test(question);
}
