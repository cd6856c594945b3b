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
    expect(errors).toEqual(['eligibility.yaml:54:14 rules.0.verdict: Invalid option: expected one of "eligible"|"not-eligible"|"depends"']);
  });

  it('refuses an eligibility rule citing a clause that does not exist', async () => {
    const errors = await errorsFor({ 'eligibility.yaml': swap('citations: ["3-4"]', 'citations: ["3-4", "9-9"]') });
    expect(errors).toEqual(['eligibility.yaml:68:24 rules.1.citations.1: cites clause "9-9", which does not exist in clauses.yaml']);
  });

  it('refuses eligibility rules that leave a combination of answers without a verdict', async () => {
    const errors = await errorsFor({
      'eligibility.yaml': swap('  - when: { major-related: not-sure }', '  - when: { major-related: not-sure, person: neither }'),
    });
    expect(errors).toEqual([
      'eligibility.yaml:53:3 rules: no rule gives a verdict for person=research-staff, way=in-post-company, major-related=not-sure',
      'eligibility.yaml:53:3 rules: no rule gives a verdict for person=other-public-staff, way=in-post-company, major-related=not-sure',
      'eligibility.yaml:92:5 rules.5: this rule is never reached: earlier rules always decide first',
    ]);
  });

  it('refuses an eligibility rule that earlier rules always shadow', async () => {
    const errors = await errorsFor({
      'eligibility.yaml': swap('  - when: { person: research-staff, field-similar: "yes" }', '  - when: { field-similar: "no" }'),
    });
    expect(errors).toEqual([
      'eligibility.yaml:53:3 rules: no rule gives a verdict for person=research-staff, way=part-time, field-similar=yes',
      'eligibility.yaml:111:5 rules.7: this rule is never reached: earlier rules always decide first',
    ]);
  });

  it('refuses a mode finder link to a topic that is not a cooperation mode', async () => {
    const errors = await errorsFor({ 'mode-finder.yaml': swap('mode: modes.mass-innovation', 'mode: leave.three-years') });
    expect(errors).toEqual(['mode-finder.yaml:33:15 needs.1.modes.1.mode: topic "leave.three-years" is not a modes topic']);
  });

  it('refuses an unknown party and a retention text without {end} in obligations.yaml', async () => {
    const errors = await errorsFor({
      'obligations.yaml': (t) => t.replace('party: enterprise', 'party: government').replace('that is up to {end}.', 'that is soon.'),
    });
    expect(errors).toEqual([
      'obligations.yaml:11:16 situations.0.items.0.party: Invalid option: expected one of "school"|"teacher"|"enterprise"',
      'obligations.yaml:116:11 timeline.retention.text: must contain {end}, where the end date goes',
    ]);
  });

  it('refuses an alias used by two glossary terms and a link to a missing topic', async () => {
    const errors = await errorsFor({
      'glossary.yaml': (t) =>
        t.replace('[jianzhi, 兼职,', '[jianzhi, bianzhi,').replace('topic: guidance.issuer', 'topic: guidance.nowhere'),
    });
    expect(errors).toEqual([
      'glossary.yaml:70:24 terms.7.aliases.1: "bianzhi" is already used by term "total-staffing"',
      'glossary.yaml:120:12 terms.12.topic: topic "guidance.nowhere" does not exist',
    ]);
  });

  it('reports a YAML syntax error in a feature file together with errors in other files', async () => {
    const errors = await errorsFor({
      'glossary.yaml': swap('    term: personnel relationship\n', '    term: personnel relationship\n    term: again\n'),
      'mode-finder.yaml': swap('citations: ["2-2"]', 'citations: []'),
    });
    expect(errors).toEqual([
      'mode-finder.yaml:6:12 citations: must cite at least one clause',
      expect.stringMatching(/^glossary\.yaml:\d+:\d+ the field on line \d+ appears twice in this file: keep one of them$/),
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
