import type { Knowledge } from '../knowledge.js';

const HAN_RUN = /\p{Script=Han}+/gu;

// Particles, pronouns and question words: a pair holding one ("是做", "么做") joins two words and names no subject.
const FUNCTION_CHARACTERS = /[的了吗呢吧啊是么我你他她们这那就都也还在有和与及怎啥什哪谁个要会能可]/u;

/**
 * The pairs of neighbouring Han characters of a text that may name a subject ("住房公积金" → 住房, 房公, 公积, 积金);
 * none across other characters, none holding a particle or pronoun.
 */
export function hanBigrams(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(HAN_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!FUNCTION_CHARACTERS.test(pair)) pairs.push(pair);
    }
  return pairs;
}

/** Every Chinese text the knowledge answers from or trains on: topics, facts, questions, concept phrases and terms. */
export function chineseTexts(knowledge: Knowledge): string[] {
  const zh = knowledge.zh;
  if (!zh) return [];
  const texts: string[] = [];
  for (const topic of zh.topics.values()) texts.push(topic.title, topic.answer, topic.teacher ?? '', topic.enterprise ?? '');
  for (const fact of zh.facts.values()) texts.push(fact.text, fact.teacher ?? '', fact.enterprise ?? '');
  for (const questions of Object.values(zh.questions)) texts.push(...questions);
  for (const phrases of Object.values(zh.concepts)) texts.push(...phrases);
  for (const term of zh.terms) texts.push(term.zh, ...term.aliases);
  for (const concept of Object.values(knowledge.concepts.concepts)) texts.push(...concept.phrases);
  return texts;
}
