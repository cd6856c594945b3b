// "at least there's some agreement with the school, right?", "does he need to sign something with his school?": an
// agreement whose only other party named is the school, which the post-leaving agreement is (3-17); the agreement on
// income also binds the enterprise (3-18).
const AGREEING = String.raw`(?:agreements?|contracts?|sign(?:s|ed|ing)?(?: (?:anything|something|an? \w+))?)`;
const THE_SCHOOL = '(?:the|my|his|her|their|our|your)\\s+(?:school|college|institution|university|polytechnic)';
const WITH_THE_SCHOOL = new RegExp(String.raw`\b${AGREEING}\s+with\s+${THE_SCHOOL}\b`, 'i');
/** Words naming the enterprise or what the agreement on income settles. */
const ENTERPRISE_OR_INCOME =
  /\b(?:compan(?:y|ies)|firms?|enterprises?|business(?:es)?|start-?ups?|employers?|we|us|our|income|profits?|revenue|earnings|split)\b/i;

/** True when a question asks of an agreement with the school alone, naming neither the enterprise nor income. */
export function asksSchoolAgreement(question: string): boolean {
  return WITH_THE_SCHOOL.test(question) && !ENTERPRISE_OR_INCOME.test(question.replace(WITH_THE_SCHOOL, ''));
}
