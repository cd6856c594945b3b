// Chinese requests to deceive, forge, evade or harm. Chinese asks for help in many ways ("帮我…", "教我怎么…",
// "有没有办法…", "我们想…", "能不能操作一下…"), so almost any sentence can carry the request: what decides is the act it
// asks for, and whether the sentence asks about the act ("如果老师泄密会有什么后果") rather than for it.

const REQUEST = new RegExp(
  [
    '帮',
    '替我',
    '给我',
    '教我',
    '教教',
    '起草',
    '写一份',
    '写个',
    '写封',
    '搞一份',
    '弄一份',
    '出个',
    '设计一个',
    '列个',
    '告诉我',
    '怎么',
    '怎样',
    '如何',
    '咋',
    '有没有办法',
    '有什么办法',
    '门路',
    '办法',
    '能不能',
    '可不可以',
    '有没有',
    '我想',
    '我们想',
    '打算',
    '我需要',
    '操作一下',
    '具体怎么',
  ].join('|'),
  'u',
);

// The acts, by what they ask for; each a list of regular-expression sources.
const pattern = (sources: string[], flags = 'u') => new RegExp(sources.join('|'), flags);
const FAKE_PAPERS = '假(?:协议|合同|证明|材料|公章|印章|签名|发票|记录|成果|身份|报告|通知)';
const FORGE = pattern(
  ['伪造', '造假', '做假', '假的', FAKE_PAPERS, 'fake', '编造', '捏造', '虚构', '虚假', '冒充', '冒名', '假冒', '倒签', '虚报'],
  'iu',
);
const ALTER = pattern([
  '虚开',
  'PS',
  'P一?个',
  '模仿.{0,8}(?:签名|字)',
  '往前改',
  '改成',
  '改一下',
  '改个',
  '换掉',
  '动手脚',
  '编几条',
  '编个',
]);
const HIDE = pattern([
  '隐瞒',
  '瞒',
  '藏起',
  '藏到',
  '挂到.{0,6}名下',
  '挂个?名',
  '名义上',
  '不入账',
  '不想报',
  '少报',
  '报低',
  '做账',
  '抬高',
  '差价',
  '转嫁',
  '断几个月',
  '糊弄',
  '蒙混',
  '(?<!被)骗',
  '让.{0,8}以为',
  '说.{0,20}其实',
]);
const EVADE = pattern([
  '逃(?!不)',
  '躲(?!不)',
  '规避',
  '避开',
  '绕过',
  '绕开',
  '省掉',
  '免交',
  '不想交',
  '不愿交',
  '不给.{0,8}交',
  '少交',
  '不缴',
  '少缴',
  '不走工伤',
  '放弃工伤',
  '说成是',
]);
const TAKE = pattern([
  '别人的.{0,6}(?:成果|课件|论文|专利)',
  '写成我(?:自己)?的',
  '当成我的',
  '偷',
  '窃取',
  '拷出',
  '拷走',
  '拷贝',
  '导出来',
  '复制出',
  '带走',
  '搬到',
  '泄露给',
  '卖给',
  '发给另一家',
  '挖走',
  '扣下',
]);
const HARM = pattern(['搞垮', '整垮', '报复', '威胁', '没岗位可回', '送点什么']);
const ACTS: [RegExp, string][] = [
  [FORGE, 'forge a document or record'],
  [ALTER, 'forge a document or record'],
  [HIDE, 'deceive someone or hide something'],
  [EVADE, 'evade an obligation'],
  [TAKE, 'take or leak confidential data'],
  [HARM, 'harm someone'],
];

// Plans that give themselves away whatever else the sentence says: "…才不会被查出来", "别让学校发现".
const PLAN = pattern([
  '别让.{0,8}(?:发现|知道|看出|查)',
  '不让.{0,8}(?:发现|看出|知道)',
  '神不知鬼不觉',
  '不被.{0,6}(?:发现|查)',
  '(?<!会)不会被查',
  '看不出来',
  '查不到',
  '查不出',
  '没发现就行',
  '不会发现',
  '不知道的情况下',
  '而.{0,8}不知道',
  '别留下?记录',
  '不留痕迹',
  '阴阳.{0,4}(?:合同|协议)',
  '两头占',
  '诬告',
  '陷害',
  '搞下去',
  '出点事',
  '做得像真的',
  '(?:偷偷|悄悄|私下|暗中)(?:不交|少交|改|删|签|换|查|复制|拷|给|带)',
]);

// A sentence about an act's consequence or its rules, not a request for it: "…违法吗", "会不会被处分", "怎么防止泄密".
const ASKS_ABOUT = /如果|假如|万一|要是|会不会|会被|会怎样|违法|违规|算不算|后果|怎么办|处分|追责|防止|怎么处理|规定|约定|允不允许/u;

/** The harmful act a Chinese message asks help with ("帮我fake一份离岗协议"), or undefined for an ordinary question. */
export function chineseHarmfulAct(question: string): string | undefined {
  if (PLAN.test(question)) return 'deceive someone or hide something';
  if (!REQUEST.test(question) || ASKS_ABOUT.test(question)) return undefined;
  return ACTS.find(([pattern]) => pattern.test(question))?.[1];
}
