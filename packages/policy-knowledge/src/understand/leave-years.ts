/** Number words a question may count years of leave with. */
const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const NUMBER = String.raw`(\d|one|two|three|four|five)`;

/** Years already spent on leave: "in year 3 of his leave" (two behind him), "two years into my leave". */
const YEAR_OF_LEAVE = new RegExp(String.raw`\byear ${NUMBER} of (?:his|her|my|their|the) (?:leave|off-post|startup leave)\b`, 'i');
const YEARS_INTO = new RegExp(String.raw`\b${NUMBER} years? into\b`, 'i');
/** Years more asked for: "another two years", "two more years", "an extra year". */
const MORE_YEARS = new RegExp(String.raw`\b(?:another|an extra|an additional) ${NUMBER}? ?years?\b|\b${NUMBER} more years?\b`, 'i');

/** The number a word of years stands for ("a year" is one). */
const yearsIn = (word: string | undefined): number => (word === undefined ? 1 : (NUMBERS[word.toLowerCase()] ?? Number(word)));

/**
 * True when the years a question says are already spent on leave and the years it asks for more add up past the three
 * the guidance allows ("in year 3 of his leave… can he stay another two years?").
 */
export function runsPastThreeYears(question: string): boolean {
  const more = MORE_YEARS.exec(question);
  if (more === null) return false;
  const yearOf = YEAR_OF_LEAVE.exec(question);
  const into = YEARS_INTO.exec(question);
  const spent = yearOf ? yearsIn(yearOf[1]) - 1 : into ? yearsIn(into[1]) : undefined;
  if (spent === undefined) return false;
  return spent + yearsIn(more[1] ?? more[2]) > 3;
}
