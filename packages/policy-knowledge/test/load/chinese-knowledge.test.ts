import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, formatIssue, loadKnowledge } from '../../src/index.js';
import { topicYaml, writeKnowledge } from './knowledge-fixture.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

const list = (items: readonly string[]) => items.map((q) => `    - "${q}"`).join('\n');
const chineseQuestions = (prefix: string) => Array.from({ length: 12 }, (_, i) => `${prefix}的第${i + 1}个问题`);

/** A valid Chinese side for the fixture's one topic `leave.a`; `override` replaces files. */
function chineseFiles(override: Record<string, string> = {}): Record<string, string> {
  return {
    'topics/leave.a.yaml': topicYaml('leave.a'),
    'zh/topics.yaml': 'topics:\n  leave.a:\n    title: 主题甲\n    answer: 一个回答。\n',
    'zh/facts.yaml': 'facts: {}\n',
    'zh/concepts.yaml': 'concepts: {}\n',
    'zh/questions.yaml': `questions:\n  leave.a:\n${list(chineseQuestions('甲'))}\n`,
    'zh/out-of-scope.yaml': `examples:\n${list(chineseQuestions('天气')).replace(/^ {2}/gm, '')}\n`,
    'zh/terms.yaml': 'terms:\n  - { en: social insurance, zh: 社会保险, aliases: [社保] }\n',
    ...override,
  };
}

async function errorsFor(files: Record<string, string>): Promise<string[]> {
  const kb = await writeKnowledge(files);
  cleanup = kb.cleanup;
  const error = await loadKnowledge(kb.dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).issues.map(formatIssue);
}

describe('the Chinese knowledge (knowledge/zh)', () => {
  it('loads the shipped knowledge with Chinese text for every topic and fact', async () => {
    const knowledge = await loadKnowledge();
    expect(knowledge.zh).toBeDefined();
    for (const topic of knowledge.topics) {
      expect(knowledge.zh!.topics.get(topic.id)?.title, topic.id).toMatch(/\p{Script=Han}/u);
      expect(knowledge.zh!.questions[topic.id]!.length, topic.id).toBeGreaterThanOrEqual(12);
    }
    for (const fact of knowledge.facts) expect(knowledge.zh!.facts.get(fact.id)?.text, fact.id).toMatch(/\p{Script=Han}/u);
  });

  it('loads a folder without zh/ as English only', async () => {
    const kb = await writeKnowledge({ 'topics/leave.a.yaml': topicYaml('leave.a') });
    cleanup = kb.cleanup;
    expect((await loadKnowledge(kb.dir)).zh).toBeUndefined();
  });

  it('loads a small folder with its Chinese side', async () => {
    const kb = await writeKnowledge(chineseFiles());
    cleanup = kb.cleanup;
    const knowledge = await loadKnowledge(kb.dir);
    expect(knowledge.zh?.topics.get('leave.a')?.title).toBe('主题甲');
    expect(knowledge.zh?.terms[0]?.zh).toBe('社会保险');
  });

  it('fails naming file and line when a topic has no Chinese text', async () => {
    const errors = await errorsFor(
      chineseFiles({
        'topics/leave.b.yaml': topicYaml('leave.b', { prefix: 'second' }),
        'zh/questions.yaml': `questions:\n  leave.a:\n${list(chineseQuestions('甲'))}\n  leave.b:\n${list(chineseQuestions('乙'))}\n`,
      }),
    );
    expect(errors).toEqual([
      'zh/topics.yaml:2:3 topics: topic "leave.b" (topics/leave.b.yaml) has no Chinese text here: add "leave.b" under topics',
    ]);
  });

  it('fails naming file and line when the English topic has a teacher wording and the Chinese one not', async () => {
    const errors = await errorsFor(
      chineseFiles({
        'topics/leave.a.yaml': topicYaml('leave.a').replace('answer: An answer.', 'answer: An answer.\nteacher: Your answer.'),
      }),
    );
    expect(errors).toEqual([
      'zh/topics.yaml:3:5 topics.leave.a: topic "leave.a" has an English teacher wording but no Chinese one: add "teacher"',
    ]);
  });

  it('refuses Chinese text for a topic, and phrases for a concept, that do not exist', async () => {
    const errors = await errorsFor(
      chineseFiles({
        'zh/topics.yaml':
          'topics:\n  leave.a:\n    title: 主题甲\n    answer: 一个回答。\n  leave.nope:\n    title: 无\n    answer: 无。\n',
        'zh/concepts.yaml': 'concepts:\n  pension: [养老]\n',
      }),
    );
    expect(errors).toEqual([
      'zh/topics.yaml:6:5 topics.leave.nope: no topic "leave.nope" in the English knowledge',
      'zh/concepts.yaml:2:12 concepts.pension: no concept "pension" in concepts.yaml',
    ]);
  });

  it('needs twelve Chinese training questions per topic, at the questions field', async () => {
    const errors = await errorsFor(
      chineseFiles({ 'zh/questions.yaml': `questions:\n  leave.a:\n${list(chineseQuestions('甲').slice(0, 5))}\n` }),
    );
    expect(errors).toEqual(['zh/questions.yaml:3:5 questions.leave.a: needs at least 12 Chinese training questions']);
  });

  it('keeps every fixed term in the Chinese wording wherever the English wording uses it', async () => {
    const knowledge = await loadKnowledge();
    const core = knowledge.zh!.terms.filter((t) =>
      [
        'social insurance',
        'work-related injury insurance',
        'personnel relationship',
        'post-leaving agreement',
        'employment contract',
        'order-based training',
        'scientific and technological enterprise',
      ].includes(t.en),
    );
    expect(core).toHaveLength(7);
    const pairs = [
      ...knowledge.facts.flatMap((f) =>
        (['text', 'teacher', 'enterprise'] as const).map((w) => [f.id, f[w], knowledge.zh!.facts.get(f.id)?.[w]] as const),
      ),
      ...knowledge.topics.flatMap((t) =>
        (['answer', 'teacher', 'enterprise'] as const).map((w) => [t.id, t[w], knowledge.zh!.topics.get(t.id)?.[w]] as const),
      ),
    ];
    for (const [id, english, chinese] of pairs) {
      if (!english || !chinese) continue;
      for (const term of core)
        if (english.toLowerCase().includes(term.en)) expect(chinese, `${id}: "${term.en}" → ${term.zh}`).toContain(term.zh);
    }
  });
});
