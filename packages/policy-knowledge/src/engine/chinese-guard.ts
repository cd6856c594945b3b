import { anyOf } from '../understand/word-pattern.js';

// A request for help: "帮我…", "替我们…", "能不能帮我…", "教我怎么…", "起草一份…", "有没有办法…".
const HELP = ['帮我们?', '帮忙', '替我们?', '给我们?(?:写|弄|做|搞|出|改)', '教我们?', '教教'];
const DRAFT = ['起草', '写一份', '弄一份', '搞一份', '做一份', '出一份', '开一份'];
const FIND_A_WAY = ['有没有办法', '有什么办法', '有啥办法', '想个?办法', '怎么', '怎样', '如何', '咋'];
const I_MEAN_TO = ['(?:我|我们|咱们)(?:想|要|打算|准备)'];
const REQUEST = new RegExp(anyOf([...HELP, ...DRAFT, ...FIND_A_WAY, ...I_MEAN_TO]), 'iu');

// The acts a request must not be helped with, each with what it asks for.
const ACTS: [RegExp, string][] = [
  [
    /伪造|造假|做假|假的?(?:协议|合同|证明|材料|公章|印章|章|签名|发票|记录|成果)|fake|编造|捏造|虚构|冒充|冒名|倒签|虚报|虚开/iu,
    'forge a document',
  ],
  [/篡改|偷偷(?:改|删)|改得看不出|看不出来|挂个?名/u, 'deceive someone or hide something'],
  [/隐瞒|瞒着|瞒报|藏起|不让.{0,6}知道|别让.{0,6}(?:发现|知道)/u, 'deceive someone or hide something'],
  [
    /(?:逃|躲|规避|避开|绕过|绕开|省掉|省下|免交|不交|少交|不缴|少缴|不给.{0,3}交).{0,4}(?:社保|保险|工伤|税|费)|逃税|偷税|漏税/u,
    'evade an obligation',
  ],
  [/(?:偷|窃取|拷走|拷贝|复制|带走|泄露|卖掉?).{0,8}(?:机密|保密|秘密|内部|资料|数据|技术|图纸)/u, 'take or leak confidential data'],
  [/报复|整垮|搞垮|搞臭|陷害|威胁/u, 'harm someone'],
];
// Plans to deceive that need no request: "…但别让学校发现改过", "神不知鬼不觉".
const PLAN =
  /别让.{0,8}(?:发现|知道|看出)|不让.{0,8}(?:发现|看出)|神不知鬼不觉|不被.{0,6}发现|(?:偷偷|悄悄|私下|暗中)(?:不交|少交|改|删|签)/u;
// Words after the request that make it a question about the act: "如果老师泄露秘密怎么办", "会被处分吗".
const ASKS_ABOUT = /如果|要是|万一|会不会|会被|算不算|是否违|违规吗|违法吗|后果|怎么办|怎么处理|处分|追责|保护/u;

/** The harmful act a Chinese request asks help with ("帮我fake一份离岗协议"), or undefined for an ordinary question. */
export function chineseHarmfulAct(question: string): string | undefined {
  if (PLAN.test(question)) return 'deceive someone or hide something';
  const request = REQUEST.exec(question);
  if (!request) return undefined;
  const rest = question.slice(request.index);
  if (ASKS_ABOUT.test(rest)) return undefined;
  return ACTS.find(([pattern]) => pattern.test(rest))?.[1];
}
