import type { QuestionType } from './question-type.js';

// Chinese marks a question with words and particles, not word order; checked in the order of the English types.
const WHO = /谁|哪个部门|哪一方|哪方|哪家|哪个单位/;
const HOW_LONG = /多久|多长时间|多少年|(?<![那这前头])几年|期限是多/;
// "最长", "最多三年": a duration named, which is asked for only when nothing marks the question as yes/no.
const DURATION_HINT = /最长|最多.{0,4}年|期限是/;
const HOW_MUCH = /多少钱|多少|几成|比例是|费率|金额|百分之几/;
const WHEN = /什么时候|何时|哪天|哪一年|哪年/;
const WHY = /为什么|为何|为啥|干嘛要|什么原因|原因是/;
// "学校交还是公司交": two things side by side around 还是.
const CHOICE = /[\p{Script=Han}a-z]{1,12}还是[\p{Script=Han}a-z]{1,12}[？?]?$/u;
const NOT_CHOICE = /还是不|还是没|还是会|还是要|还是能|还是可以/;
// "能不能", "是不是", "有没有": a verb asked with its own negation.
const A_NOT_A = /(.)不\1|(.)没\2|是否|可否|能否|要不要|需不需要/;
// "…是这样吧", "是company付吧": 吧 at the end asks to confirm what was said.
// A closing 不 asks too ("还能参加不", "一样不，我身体不太好").
const PARTICLE = /(?:吗|(?<![什怎这那多要])么|嘛|吧|没|不)[？?！!。.\s]*$|不[，,]|行不行|对不对|好不好|可以不|是这样吧|是吧/;
const HOW = /怎么|怎样|如何|咋/;
/** "什么…都", "啥…也": a word of "whatever", followed within a few characters by 都 or 也. */
const WHATEVER = /(?:什么|啥)(?=[^，,。？?！!\s]{0,4}[都也])/gu;

/** Classifies a Chinese question by what it asks for, as `questionType` does an English one. */
export function chineseQuestionType(question: string): QuestionType {
  // "做什么行业都无所谓": 什么 / 啥 before 都 or 也 means "whatever", not "what".
  const text = question.trim().replace(WHATEVER, '某');
  // A question ending in 吗 (or 嘛) asks for a verdict whatever it names ("离岗这几年还能评职称吗"); so does a 吧 that
  // closes a clause ("只要开个公司就行吧，…", "工伤险还是原来学校给交吧？").
  if (/[吗嘛](?:[？?！!。.\s，,]|$)|吧(?:[，,\s]|[？?！!。.\s]*$)/u.test(text)) return 'yes-no';
  if (WHO.test(text)) return 'who';
  if (HOW_LONG.test(text)) return 'how-long';
  if (HOW_MUCH.test(text)) return 'how-much';
  if (WHEN.test(text)) return 'when';
  if (WHY.test(text)) return 'why';
  if (CHOICE.test(text) && !NOT_CHOICE.test(text)) return 'choice';
  if (PARTICLE.test(text) || A_NOT_A.test(text)) return 'yes-no';
  if (DURATION_HINT.test(text)) return 'how-long';
  if (HOW.test(text)) return 'how';
  // "shebao 和 gongshangxian 都是学校交？": a statement with a question mark and no question word asks whether it holds.
  if (/[？?]\s*$/u.test(text) && !/什么|哪|啥/u.test(text)) return 'yes-no';
  return 'what';
}
