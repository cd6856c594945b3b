import type { Knowledge } from '../knowledge.js';
import type { Verdict } from '../schema/fact.js';
import type { ChineseKnowledge } from '../schema/chinese.js';
import type { Audience } from '../schema/topic.js';
import type { AdvisorResult, AnswerResult, Citation, TopicRef, UnknownReason } from './types.js';

/** The line a verdict opens a Chinese answer with. */
export const ZH_VERDICT_LEADS: Record<Verdict, string> = {
  yes: '是。',
  no: '否。',
  partly: '部分。',
  'not-stated': '指导意见未说明。',
};

const DECLINE_LEADS: Record<UnknownReason, string> = {
  empty: '请输入一个关于指导意见或校企合作的问题。',
  'out-of-scope': '我不知道：指导意见和 Cobridge 所依据的论文都没有涉及这个问题，我不会猜测。',
  'low-confidence': '我不知道：我没能把这个问题对应到指导意见的任何内容，我不会猜测。',
  'other-jurisdiction': '我不知道：Cobridge 依据的是中国一个部委的指导意见，不涉及其他国家的规定。',
  'no-such-reference': '论文中没有这个章节或条款。',
  greeting:
    '您好！我是 Cobridge，回答关于部委指导意见的问题：高校教师到企业兼职、在岗创业、离岗创办企业，以及校企如何合作。' +
    '例如：“离岗创业期间还交养老保险吗？”',
  thanks: '不客气！关于指导意见或校企合作，还有什么都可以问我。',
};
const NEAREST_LEAD = '我能回答的最接近的主题：';
const CLARIFY_LEAD = '您的问题可能有几种意思。您指的是哪一个？';
const NEVER_HELPS = 'Cobridge 只解释指导意见的内容，从不帮助欺骗、伪造、逃避义务或伤害他人。';
const REFUSE_TEXT = `这个我不能帮忙。${NEVER_HELPS}`;

/** The Chinese label a quoted clause is shown under; the quote itself stays in the source's English. */
export function chineseCitationLabel(citation: Pick<Citation, 'section' | 'clause'>): string {
  return `引用：第 ${citation.section} 节，第 ${citation.clause} 条（原文为英文）`;
}

/**
 * The same result written in Chinese: the answer's facts or topic in their Chinese wording under a Chinese verdict
 * line, topic titles in Chinese, citations under a Chinese label. Unchanged when the knowledge has no Chinese side.
 */
export function localizeChinese(result: AdvisorResult, knowledge: Knowledge, audience: Audience | undefined): AdvisorResult {
  const zh = knowledge.zh;
  if (!zh) return result;
  const ref = (r: TopicRef): TopicRef => ({ ...r, title: zh.topics.get(r.id)?.title ?? r.title });
  const list = (refs: readonly TopicRef[]) => refs.map((r) => `- ${ref(r).title}`).join('\n');
  switch (result.kind) {
    case 'answer':
      return localizeAnswer(result, zh, audience, ref);
    case 'clarify': {
      const candidates = result.candidates.map((c) => ({ ...c, title: ref(c).title }));
      const text = `${CLARIFY_LEAD}\n\n${candidates.map((c, i) => `${i + 1}. ${c.title}`).join('\n')}`;
      return { ...result, text, candidates, lang: 'zh' };
    }
    case 'unknown': {
      const nearest = result.nearest.map(ref);
      const lead = DECLINE_LEADS[result.reason];
      return { ...result, nearest, text: nearest.length > 0 ? `${lead}\n\n${NEAREST_LEAD}\n${list(nearest)}` : lead, lang: 'zh' };
    }
    case 'refuse':
      return { ...result, text: REFUSE_TEXT, lang: 'zh' };
  }
}

function localizeAnswer(
  result: AnswerResult,
  zh: ChineseKnowledge,
  audience: Audience | undefined,
  ref: (r: TopicRef) => TopicRef,
): AnswerResult {
  const topic = zh.topics.get(result.topic.id);
  const facts = result.facts.flatMap((id) => zh.facts.get(id) ?? []);
  const body =
    facts.length > 0
      ? facts.map((f) => ((audience && f[audience]) || f.text).trim()).join('')
      : ((audience && topic?.[audience]) || topic?.answer || result.text).trim();
  const reference = result.understanding?.reference;
  const lead = reference ? referenceLead(reference) : '';
  const verdict = result.verdict ? ZH_VERDICT_LEADS[result.verdict] + (result.verdict === 'not-stated' ? ZH_NEAREST_LEAD : '') : '';
  return {
    ...result,
    text: `${verdict}${lead}${body}`,
    topic: { ...result.topic, title: topic?.title ?? result.topic.title },
    related: result.related.map(ref),
    citations: result.citations.map((c) => ({ ...c, label: chineseCitationLabel(c) })),
    // The follow-up suggestions are English questions: none is better than a suggestion in the other language.
    followUps: [],
    lang: 'zh',
  };
}

/** What introduces the nearest facts after 指导意见未说明, so they are not read as the answer. */
const ZH_NEAREST_LEAD = '相关的规定是：';

function referenceLead(reference: { kind: 'section' | 'clause' | 'list-item' | 'list'; id: string }): string {
  if (reference.kind === 'clause') return `第 ${reference.id} 条：`;
  if (reference.kind === 'section') return `第 ${reference.id} 节：`;
  return '';
}
