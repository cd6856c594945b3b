import type { Audience, Category, FeatureIntent, Lang, Party } from '@cobridge/policy-knowledge';

/** The apology every surface shows when handling a request failed on our side. */
export const APOLOGY = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';

/** Said when the knowledge folder lacks a tool's data file. */
export const FEATURE_OFF = 'Sorry, this feature is not available: its data is not part of the loaded knowledge.';

/** The rate-limit notice, the wait rounded up to whole seconds. */
export function limitedText(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return `You're asking faster than I can keep up. Please wait about ${String(seconds)} second${seconds === 1 ? '' : 's'} and ask again.`;
}

/** How each audience is named in "wording for …". */
export const AUDIENCE_LABELS: Record<Audience, string> = { enterprise: 'enterprises', teacher: 'teachers' };

/** "Wording for teachers": which voice an answer is written in. */
export function wordingFor(audience: Audience): string {
  return `Wording for ${AUDIENCE_LABELS[audience]}`;
}

/** How each knowledge category is titled, in each audience's voice. */
export const CATEGORY_LABELS: Record<Audience, Record<Category, string>> = {
  teacher: {
    entitlements: 'What you are entitled to',
    ways: 'The three ways to take part',
    modes: 'The six cooperation modes',
    obligations: 'Your obligations',
    guidance: 'About the guidance',
    problems: 'Problems in school-enterprise cooperation',
    needs: 'What schools and enterprises need',
    background: 'Background',
  },
  enterprise: {
    entitlements: 'What teachers keep',
    ways: 'Ways teachers join enterprises',
    modes: 'Cooperation modes',
    obligations: 'What enterprises must do',
    guidance: 'About the guidance',
    problems: 'Known problems',
    needs: 'What each side needs',
    background: 'Background',
  },
};

/** "12 topics" / "1 topic". */
export function topicCount(count: number): string {
  return `${String(count)} topic${count === 1 ? '' : 's'}`;
}

/** How each party is headed in an obligations checklist. */
export const PARTY_LABELS: Record<Party, string> = {
  teacher: 'The teacher',
  school: 'The school',
  enterprise: 'The enterprise',
};

/** The label of the button (or tip) offering the tool a free-text question reads like. */
export const OFFER_LABELS: Record<FeatureIntent['feature'], string> = {
  eligibility: 'Check my eligibility',
  timeline: 'Show my leave timeline',
  'mode-finder': 'Find cooperation modes',
  obligations: 'Show the obligations checklist',
  glossary: 'Explain this term',
};

/** Labels of the blocks an advisor result holds. */
export const RESULT_LABELS = {
  related: 'Related topics',
  candidates: 'Which of these did you mean?',
  nearest: 'The nearest topics I can answer',
  followUps: 'You might also ask',
  empty: 'Ask me a question',
  unknown: 'Not covered by the guidance',
  refuse: "Cobridge can't help with that",
  limited: 'Slow down',
  error: 'Something went wrong',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
} as const;

/** The same labels for an answer written in Chinese (the answer follows the language of the question). */
export const RESULT_LABELS_ZH: Record<keyof typeof RESULT_LABELS, string> = {
  related: '相关话题',
  candidates: '您想问的是哪一个？',
  nearest: '我能回答的相近话题',
  followUps: '您还可以问',
  empty: '请提一个问题',
  unknown: '指导意见未涉及',
  refuse: 'Cobridge 无法帮助这一请求',
  limited: '请稍等',
  error: '出错了',
  helpful: '有帮助',
  notHelpful: '没有帮助',
};

/** The result labels in the language of an answer. */
export function resultLabels(lang: Lang): Record<keyof typeof RESULT_LABELS, string> {
  return lang === 'zh' ? RESULT_LABELS_ZH : RESULT_LABELS;
}

/** A question to suggest: a short title and the question itself. */
export interface ExampleQuestion {
  title: string;
  question: string;
}

/** Questions each audience is offered as examples (help screens, the Slack assistant's suggested prompts). */
export const EXAMPLE_QUESTIONS: Record<Audience, readonly ExampleQuestion[]> = {
  teacher: [
    { title: 'My pension if I leave', question: 'Do I keep my pension if I leave to start a company?' },
    { title: 'Injury insurance while away', question: 'Who pays work-injury insurance while I am away from school?' },
    { title: 'The cooperation modes', question: 'What are the six cooperation modes?' },
  ],
  enterprise: [
    { title: 'Injury insurance of a lecturer', question: 'If we hire a lecturer on leave, who pays his injury insurance?' },
    { title: 'Agreements to sign', question: 'What agreements does our company sign with a teacher who leaves the post?' },
    { title: 'Order-based training', question: 'What is order-based training?' },
    { title: 'Part-time teachers', question: 'Can a teacher work part-time at our company?' },
  ],
};

/** What the Slack assistant panel says and shows while it works. */
export const ASSISTANT_WORDING = {
  greeting: 'Hi! Ask me about the guidance on teachers working with enterprises. Every answer quotes the clause it comes from.',
  promptsTitle: 'Try asking',
  status: 'is reading the guidance…',
} as const;

/** What every help screen says about Cobridge itself. */
export const HELP_WORDING = {
  intro:
    'I answer questions about the guidance on teachers who innovate, start companies or work with enterprises, ' +
    'and I quote the clause every answer comes from. If the guidance does not cover something, I say so instead of guessing.',
  covers: 'What I cover',
  tryAsking: 'Try asking',
  tools: 'Tools',
  nothingCovered: 'Nothing yet: the knowledge is empty.',
  knowledgeVersion: (version: string) => `Knowledge version ${version}`,
} as const;
