/**
 * The Chinese of every English slash-command description, option description and choice name, keyed by the
 * English text (Discord shows it to people whose client is set to zh-CN or zh-TW). A command whose English text is
 * missing here fails the Discord app's registration test, so a new command cannot go out untranslated.
 */
export const COMMAND_TEXT_ZH: Readonly<Record<string, string>> = {
  // /ask and /topic
  'Ask about school-enterprise cooperation policy in your own words': '用自己的话询问校企合作政策',
  'Your question, e.g. who pays injury insurance for a lecturer on leave?': '您的问题，例如：离岗讲师的工伤保险由谁交？',
  'Whose wording to use (default: enterprise)': '采用面向谁的表述（默认：企业）',
  Enterprise: '企业',
  Teacher: '教师',
  'Browse a topic of the guidance by name': '按名称浏览指导意见的话题',
  'Start typing a topic title': '输入话题标题',
  // tools
  'The modes of school-enterprise cooperation, one by one': '逐一查看校企合作的各种模式',
  'Who must do or sign what, with the clause for each item': '谁必须做什么、签什么，每项附上出处条款',
  'e.g. hiring a teacher who has left the post (leave empty for all enterprise duties)':
    '例如：聘用已离岗的教师（留空则列出企业的全部义务）',
  'Check whether the guidance lets you take part, one question at a time': '逐题检查指导意见是否允许您参与',
  'From a leave start date: when the retention of the post ends and what can happen before':
    '从离岗开始日期算起：岗位保留到何时，期间可能发生什么',
  'The date the leave starts, as YYYY-MM-DD (e.g. 2025-09-01)': '离岗开始日期，格式为 YYYY-MM-DD（例如 2025-09-01）',
  'Pick what your enterprise needs and see the cooperation modes that serve it': '选择贵企业的需求，查看满足需求的合作模式',
  "The guidance's terms in plain words, e.g. bianzhi or keep my job": '用日常说法解释指导意见的术语，例如 bianzhi（编制）或“保留工作”',
  'Start typing a term or an everyday word (leave empty for the list)': '输入术语或日常说法（留空则显示列表）',
  'What Cobridge covers and how to ask': 'Cobridge 能回答什么、怎么提问',
  // /admin
  'Cobridge admin: question statistics, missed questions, sources, knowledge reload':
    'Cobridge 管理：提问统计、没答好的问题、来源文档、重新加载知识库',
  'Questions, outcomes and feedback': '提问、结果和反馈',
  'How many days back (default: 7 for stats, 30 for misses)': '往前统计多少天（默认：stats 为 7 天，misses 为 30 天）',
  'Questions the bot could not answer well': '机器人没能答好的问题',
  'The source documents answers quote, with their versions': '回答所引用的来源文档及其版本',
  'Reload the knowledge files now': '立即重新加载知识库文件',
};
