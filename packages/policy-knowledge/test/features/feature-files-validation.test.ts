import { afterEach, describe, expect, it } from 'vitest';
import {
  KnowledgeError,
  expandWithGlossary,
  formatIssue,
  hasFeature,
  loadKnowledge,
  startEligibility,
  FeatureUnavailableError,
} from '../../src/index.js';
import { editedKnowledgeCopy } from './shipped-knowledge.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function errorsFor(edits: Parameters<typeof editedKnowledgeCopy>[0]): Promise<string[]> {
  const copy = await editedKnowledgeCopy(edits);
  cleanup = copy.cleanup;
  const error = await loadKnowledge(copy.dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).issues.map(formatIssue);
}

const swap = (from: string, to: string) => (text: string) => text.replace(from, to);

describe('validation of the feature files', () => {
  it('names file, line, column and field for a bad verdict in eligibility.yaml', async () => {
    const errors = await errorsFor({ 'eligibility.yaml': swap('verdict: not-eligible', 'verdict: maybe') });
    expect(errors).toEqual(['eligibility.yaml:64:14 rules.0.verdict: Invalid option: expected one of "eligible"|"not-eligible"|"depends"']);
  });

  it('refuses an eligibility rule citing a clause that does not exist', async () => {
    const errors = await errorsFor({ 'eligibility.yaml': swap('citations: ["3-4"]', 'citations: ["3-4", "9-9"]') });
    expect(errors).toEqual(['eligibility.yaml:81:24 rules.1.citations.1: cites clause "9-9", which does not exist in clauses.yaml']);
  });

  it('refuses eligibility rules that leave a combination of answers without a verdict', async () => {
    const errors = await errorsFor({
      'eligibility.yaml': swap('  - when: { major-related: not-sure }', '  - when: { major-related: not-sure, person: neither }'),
    });
    expect(errors).toEqual([
      'eligibility.yaml:63:3 rules: no rule gives a verdict for person=research-staff, way=in-post-company, major-related=not-sure',
      'eligibility.yaml:63:3 rules: no rule gives a verdict for person=other-public-staff, way=in-post-company, major-related=not-sure',
      'eligibility.yaml:118:5 rules.5: this rule is never reached: earlier rules always decide first',
    ]);
  });

  it('refuses an eligibility rule that earlier rules always shadow', async () => {
    const errors = await errorsFor({
      'eligibility.yaml': swap('  - when: { person: research-staff, field-similar: "yes" }', '  - when: { field-similar: "no" }'),
    });
    expect(errors).toEqual([
      'eligibility.yaml:63:3 rules: no rule gives a verdict for person=research-staff, way=part-time, field-similar=yes',
      'eligibility.yaml:145:5 rules.7: this rule is never reached: earlier rules always decide first',
    ]);
  });

  it('refuses a mode finder link to a topic that is not a cooperation mode', async () => {
    const errors = await errorsFor({ 'mode-finder.yaml': swap('mode: modes.mass-innovation', 'mode: leave.three-years') });
    expect(errors).toEqual(['mode-finder.yaml:40:15 needs.1.modes.1.mode: topic "leave.three-years" is not a modes topic']);
  });

  it('refuses an unknown party and a retention text without {end} in obligations.yaml', async () => {
    const errors = await errorsFor({
      'obligations.yaml': (t) => t.replace('party: enterprise', 'party: government').replace('that is up to {end}.', 'that is soon.'),
    });
    expect(errors).toEqual([
      'obligations.yaml:15:16 situations.0.items.0.party: Invalid option: expected one of "school"|"teacher"|"enterprise"',
      'obligations.yaml:149:11 timeline.retention.text: must contain {end}, where the end date goes',
    ]);
  });

  it('refuses an alias used by two glossary terms and a link to a missing topic', async () => {
    const errors = await errorsFor({
      'glossary.yaml': (t) =>
        t.replace('[jianzhi, 兼职,', '[jianzhi, bianzhi,').replace('topic: guidance.issuer', 'topic: guidance.nowhere'),
    });
    expect(errors).toEqual([
      'glossary.yaml:100:24 terms.7.aliases.1: "bianzhi" is already used by term "total-staffing"',
      'glossary.yaml:170:12 terms.12.topic: topic "guidance.nowhere" does not exist',
    ]);
  });

  it('reports a YAML syntax error in a feature file together with errors in other files', async () => {
    const errors = await errorsFor({
      'glossary.yaml': swap('    term: personnel relationship\n', '    term: personnel relationship\n    term: again\n'),
      'mode-finder.yaml': swap('citations: ["2-2"]', 'citations: []'),
    });
    expect(errors).toEqual([
      'mode-finder.yaml:8:12 citations: must cite at least one clause',
      expect.stringMatching(/^glossary\.yaml:\d+:\d+ the field on line \d+ appears twice in this file: keep one of them$/),
    ]);
  });

  it('names file, line and field when an item has no Chinese text at all', async () => {
    const errors = await errorsFor({
      'mode-finder.yaml': swap('    zh: { label: 技术支持, keywords: [技术支持, 技术帮助, 技术指导, 技术问题, 技术难题, 专家] }\n', ''),
      'glossary.yaml': (t) => t.replace(/\n {4}zh:\n {6}term: 人事关系\n(?: {6,}.*\n){2}/u, '\n'),
    });
    expect(errors).toEqual([
      'mode-finder.yaml:29:5 needs.1.zh: the Chinese text is missing: add zh: { label, keywords }',
      'glossary.yaml:7:5 terms.0.zh: the Chinese text is missing: add zh: { term, definition }',
    ]);
  });

  it('names the field when one Chinese text is missing, and when a depends rule lacks the Chinese of dependsOn', async () => {
    const errors = await errorsFor({
      'eligibility.yaml': (t) =>
        t
          .replace('"Neither of these", zh: { label: 以上都不是 } }', '"Neither of these", zh: {} }')
          .replace('      dependsOn: 企业的业务领域是否与您所在单位的领域相近\n', ''),
      'obligations.yaml': swap('    zh: { title: 教师在岗创业, keywords:', '    zh: { keywords:'),
    });
    expect(errors).toEqual([
      'eligibility.yaml:23:55 questions.0.choices.2.zh.label: the Chinese text is missing',
      'eligibility.yaml:115:7 rules.4.zh.dependsOn: the Chinese text is missing: add the Chinese of dependsOn',
      'obligations.yaml:105:9 situations.2.zh.title: the Chinese text is missing',
    ]);
  });

  it('refuses a Chinese text left in English, a Chinese timeline without {end} or a line short, and a Chinese term taken', async () => {
    const errors = await errorsFor({
      'obligations.yaml': (t) =>
        t
          .replace('zh: { action: 依法为该教师缴纳工伤保险费。 }', 'zh: { action: Pay the injury insurance. }')
          .replace('即保留至 {end}。', '即保留三年。')
          .replace('      - 它也没有说明如何申请离岗，或如何申请返岗。\n', ''),
      'glossary.yaml': swap('      term: 岗位总量\n', '      term: 人事关系\n'),
    });
    expect(errors).toEqual([
      'obligations.yaml:18:23 situations.0.items.0.zh.action: must be written in Chinese',
      'obligations.yaml:154:13 timeline.retention.zh.text: must contain {end}, where the end date goes',
      'obligations.yaml:179:7 timeline.zh.silent: needs one Chinese line for each English line of silent, in the same order',
      'glossary.yaml:29:13 terms.1.zh.term: "人事关系" is already used by term "personnel-relationship"',
    ]);
  });

  it('loads without a feature file, with that feature off', async () => {
    const copy = await editedKnowledgeCopy({ 'glossary.yaml': null, 'eligibility.yaml': null });
    cleanup = copy.cleanup;
    const knowledge = await loadKnowledge(copy.dir);
    expect(hasFeature(knowledge, 'glossary')).toBe(false);
    expect(hasFeature(knowledge, 'obligations')).toBe(true);
    expect(expandWithGlossary(knowledge, 'will I lose my bianzhi')).toBe('will I lose my bianzhi');
    expect(() => startEligibility(knowledge)).toThrow(FeatureUnavailableError);
  });

  it('changes the knowledge version when a feature file changes', async () => {
    const shipped = await loadKnowledge();
    const copy = await editedKnowledgeCopy({ 'glossary.yaml': swap('shebao,', 'shebao, wuxian,') });
    cleanup = copy.cleanup;
    expect((await loadKnowledge(copy.dir)).version).not.toBe(shipped.version);
  });
});
