import { anyOf } from '../understand/word-pattern.js';

// The Chinese cues of detectFeatureIntent, as conservative as the English ones: a missed offer costs little, a
// wrong one derails the chat. They read the folded text (lowercase, no accents), in which Han is unchanged.

/** A date written the Chinese way, "2025年9月1日" (or 号); read as an ISO date. */
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u;

/** The date of a Chinese message in ISO form ("2025年9月1日" → "2025-09-01"), or undefined. */
export function chineseDate(text: string): string | undefined {
  const match = CHINESE_DATE.exec(text);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Words that put a date in the context of leave. */
export const ZH_LEAVE = /离岗|返岗|回来|回去|回学校|回原单位|保留|三年/u;

const COME_BACK = anyOf(['回来', '返岗', '回去', '回学校', '回原单位']);
/** Asking when the leave ends or when to return, or for the timeline itself. */
export const ZH_DEADLINE = new RegExp(
  [
    `什么时候${anyOf(['必须', '要', '得', '应该', '应当', '需要'])}?${COME_BACK}`,
    '(?:保留期|三年)(?:什么时候|何时)(?:到期|结束)',
    '时间线',
  ].join('|'),
  'u',
);

/** "X是什么意思", "X指的是什么": the term asked about is X. */
export const ZH_MEANING = /^(.+?)(?:是什么意思|是啥意思|什么意思|啥意思|指的是什么|是指什么|的意思是什么|的含义是什么)[？?。！!\s]*$/u;
/** "什么是X", "X是什么": counts only when X is a term itself, not a longer question that mentions one. */
export const ZH_WHAT_IS = /^(?:什么是|啥是)(.+?)[？?。\s]*$|^(.+?)是什么[？?。\s]*$/u;

const WHO_MUST = `谁${anyOf(['来', '要', '应该', '应当', '必须'])}?${anyOf(['负责', '签', '交', '缴', '付', '出', '办'])}`;
const MUST = anyOf(['要', '需要', '必须', '应该', '应当', '得']);
const WHAT_MUST = `${MUST}${anyOf(['做', '签', '办', '交'])}${anyOf(['什么', '哪些', '啥'])}`;
/** Asking who must do or sign what, or for duties, a checklist or paperwork. */
export const ZH_DUTIES = new RegExp([WHO_MUST, WHAT_MUST, '义务', '责任', '清单', '手续'].join('|'), 'u');

/** An enterprise saying what it wants ("我们公司需要…"). */
export const ZH_WANT = /(?:我们|我司|本公司|贵校)[^。？?！!]*(?:需要|想要|希望|想找|寻找|想)/u;

/** Asking for the eligibility check by name. */
export const ZH_CHECK = /资格检查|我(?:是否)?符合条件吗?|我有资格吗|我是否符合/u;
/** "Can I (…) take part this way": the asker (not 我们, the enterprise), a can, and one of the ways. */
export const ZH_ASK_WAY = new RegExp(
  `我(?!们)[^。？?！!]*${anyOf(['能', '可以', '可不可以', '能不能', '允许', '是否可以'])}[^。？?！!]*` +
    anyOf(['兼职', '项目合作', '离岗', '在岗创业', '创业', '开公司', '办公司', '创办公司', '创办企业']),
  'u',
);
