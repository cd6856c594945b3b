import { CHINESE } from './interface-strings-zh.js';
import type { ToolWording } from './tool-wording.js';

/**
 * The tools' words in simplified Chinese, beside the English of tool-wording.ts: the same things said, no more. Dates
 * stay ISO (2028-09-01), as the English shows them; the knowledge's own texts come from its `zh` fields.
 */
export const TOOL_WORDING_ZH: ToolWording = {
  check: {
    title: '资格检查',
    verdicts: {
      eligible: '按照指导意见的条件，符合要求',
      'not-eligible': '按照指导意见，不符合条件',
      depends: '要看具体情况',
    },
    dependsOnTitle: (dependsOn) => `取决于${dependsOn}`,
    startAgain: '重新开始检查',
    yourAnswers: '您的回答',
  },
  timeline: {
    title: (start) => `自 ${start} 起的离岗时间线`,
    retainedUntil: (until) => `保留至 ${until}`,
    before: (until, event) => `${until} 之前：${event}`,
    silent: '指导意见未说明的事项',
    summary: (until) => `您的人事关系最长可以保留至 ${until}。`,
    askDate: '您从哪一天开始离岗（或已于哪一天开始离岗）？',
  },
  modes: {
    title: '满足您需求的合作模式',
    serve: (needs) => `以下是满足“${needs}”的合作模式，满足您需求较多的排在前面。`,
    noMode: '您选择的需求在指导意见中都没有对应的合作模式。',
    noModeFor: (need) => `${need}：没有特定的模式`,
    readMode: '查看模式介绍',
    pickNeeds: '贵企业希望从与学校的合作中得到什么？请选择一项或多项需求。',
    notMatched: (asked) => `我没能判断“${asked}”指的是哪些需求。`,
  },
  obligations: {
    lead: '按照指导意见，谁必须做什么、签什么，每一项都附有依据的条款。',
    leftOut: '指导意见没有涉及的内容',
    pickSituation: '您属于哪种情形？',
    noItems: '指导意见没有为这种情形列出任何义务。',
    notMatched: (asked) => `我没能把“${asked}”对应到指导意见涉及的任何情形。`,
    summary: (situation) => `义务清单：${situation}`,
  },
  glossary: {
    title: '术语表：日常说法与指导意见的术语',
    intro: '指导意见的术语，以及人们对它们的日常说法或拼音。',
    empty: '术语表是空的。',
    alsoSaidAs: '又称',
    notFound: (asked) => `术语表里没有“${asked}”。`,
    pickTerm: '选择要查看的术语',
  },
  parties: { teacher: '教师', school: '学校', enterprise: '企业' },
  featureOff: CHINESE.featureOff,
  listSeparator: '、',
  colon: '：',
};
