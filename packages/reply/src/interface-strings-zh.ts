import type { Audience } from '@cobridge/policy-knowledge';
import type { InterfaceStrings } from './interface-strings.js';
import { resultLabels } from './wording.js';

const AUDIENCE_ZH: Record<Audience, string> = { teacher: '教师', enterprise: '企业' };

/** The interface strings in simplified Chinese (shown for zh-CN and zh-TW alike). */
export const CHINESE: InterfaceStrings = {
  lang: 'zh',
  apology: '抱歉，我这边回答时出了问题，请稍后再试。',
  featureOff: '抱歉，这个功能暂不可用：加载的知识库里没有它的数据。',
  limited: (retryAfterSeconds) => `您提问太快了，我一时跟不上。请等大约 ${String(Math.max(1, Math.ceil(retryAfterSeconds)))} 秒后再问。`,
  unknownCommand: '抱歉，我不认识这个命令。试试 `/help`。',
  unknownAction: '抱歉，这个话题或操作已经不存在了。试试 `/help`，看看我能回答什么。',
  unknownTopic: '抱歉，没有叫这个名字的话题。输入时请从列表中选择，或者试试 `/help`。',
  voteRecorded: (emoji) => `谢谢，您的 ${emoji} 已记录，这有助于我们改进回答。`,
  voteFailed: '抱歉，这次评价没能记录下来。',
  feedbackRecorded: '谢谢，您的反馈已记录。',
  labels: resultLabels('zh'),
  categories: {
    teacher: {
      entitlements: '您享有的权益',
      ways: '参与的三种方式',
      modes: '六种校企合作模式',
      obligations: '您的义务',
      guidance: '关于指导意见',
      problems: '校企合作中的问题',
      needs: '学校和企业各自的需求',
      background: '背景',
    },
    enterprise: {
      entitlements: '教师保留的权益',
      ways: '教师到企业的方式',
      modes: '校企合作模式',
      obligations: '企业须做的事',
      guidance: '关于指导意见',
      problems: '已知问题',
      needs: '双方各自的需求',
      background: '背景',
    },
  },
  topicCount: (count) => `${String(count)} 个话题`,
  offers: {
    eligibility: '看看我是否符合条件',
    timeline: '查看我的离岗时间线',
    'mode-finder': '查找合作模式',
    obligations: '查看义务清单',
    glossary: '解释这个术语',
  },
  offerFrom: (label, date) => `${label}（自 ${date} 起）`,
  wordingFor: (audience) => `面向${AUDIENCE_ZH[audience]}的表述`,
  tools: {
    check: '逐题判断指导意见是否允许您参与',
    timeline: '根据离岗开始日期，算出三年保留期何时结束、期间可能发生什么',
    modes: '满足企业需求的校企合作模式',
    obligations: '某种情形下谁必须做什么、签什么',
    glossary: '把日常说法和拼音对应到指导意见的术语',
  },
  toolLabels: {
    check: '看看我是否符合条件',
    timeline: '离岗时间线',
    modes: '查找合作模式',
    obligations: '义务清单',
    glossary: '术语表',
  },
  assistant: {
    greeting: '您好！请问我关于教师与企业合作的指导意见的问题，每个回答都会引用它所依据的条款。',
    promptsTitle: '可以这样问',
    status: '正在查阅指导意见……',
  },
  home: {
    title: 'Cobridge：校企合作政策',
    intro: '在任何频道里 @我、给我发私信，或者用 `/cobridge &lt;问题&gt;` 提问。' + '也可以在下面选一个话题，查看它的回答和出处条款。',
  },
  examples: {
    teacher: [
      { title: '离岗后的养老保险', question: '我离岗创业的话，养老保险还能保留吗？' },
      { title: '离岗期间的工伤保险', question: '我离岗期间，工伤保险由谁来交？' },
      { title: '合作模式', question: '校企合作有哪六种模式？' },
    ],
    enterprise: [
      { title: '离岗讲师的工伤保险', question: '我们聘用离岗创业的老师，他的工伤保险谁来交？' },
      { title: '要签的协议', question: '老师离岗到我们公司，要签什么协议？' },
      { title: '订单式培养', question: '什么是订单式培养？' },
      { title: '兼职教师', question: '老师可以在我们公司兼职吗？' },
    ],
  },
  help: {
    intro:
      '我回答关于教师创新创业、到企业兼职或与企业合作的指导意见的问题，每个回答都引用它所依据的条款。' +
      '指导意见没有涉及的内容，我会直说，不会猜测。',
    covers: '我能回答的内容',
    tryAsking: '可以这样问',
    tools: '工具',
    nothingCovered: '暂无：知识库是空的。',
    knowledgeVersion: (version) => `知识库版本 ${version}`,
    discordTitle: 'Cobridge：校企合作政策指导',
    audienceNote: `回答默认采用面向企业的表述；选择 audience: teacher 则面向教师。`,
    commands: '命令',
    askCommand: '用自己的话提问（`audience:` 选 teacher 或 enterprise）',
    topicCommand: '按名称浏览话题',
    modesCommand: '校企合作模式',
    yourSideFirst: '，先列贵方的',
    pickNeeds: '选择需求：',
    glossaryExamples: '（bianzhi、保留工作……）',
    withoutCommand: '在频道里 @我 或给我发私信，不用命令也能提问。',
    slackTitle: 'Cobridge：面向教师的政策解答',
    slackText: 'Cobridge 回答教师关于校企合作指导意见的问题。',
    slackWays: ['在频道里 @我，我会在话题串里回答', '给我发私信', '在我的 *主页*（Home）标签里浏览所有话题'],
  },
  shareInChannel: '分享到频道',
  showSource: '查看原文',
  youAsked: '您的问题：',
};
