import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FORMAT_VERSION } from '@cobridge/policy-knowledge';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml } from './helpers/topic-yaml.js';

const temp = useTempFolder();

/** The output the admin guide shows after `prompt`, as a pattern: "…", versions and numbers stand for any value. */
function guideExample(prompt: string): RegExp {
  const guide = readFileSync(new URL('../../../docs/admin-guide.md', import.meta.url), 'utf8');
  const block = guide.slice(guide.indexOf(prompt) + prompt.length).split('```')[0]!;
  const lines = block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const pattern = lines
    .map((line) =>
      line
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/k-[0-9a-f]+/g, 'K')
        .replace(/\d+(\\\.\d+)?/g, '\\d+(\\.\\d+)?')
        .replace(/…/g, '.*')
        .replace(/K/g, 'k-[0-9a-f]+'),
    )
    .join('\n');
  return new RegExp(`^${pattern}\n$`);
}

describe('kb build', () => {
  it('writes a model, shows plain progress lines off a terminal, and reports added and changed topics', () => {
    const dir = temp.copyKnowledge();
    const model = temp.path('out', 'model.json');
    const first = kb(['build', '--dir', dir, '--model', model]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^Training: tuning the decline threshold 1\/\d+, loss \d+\.\d{4}$/m);
    expect(first.stderr).toMatch(/^Training: training the final model (\d+)\/\1, loss \d+\.\d{4}$/m);
    expect(first.stdout).toMatch(/First build: \d+ topics\./);
    const written = JSON.parse(readFileSync(model, 'utf8'));
    expect(written).toMatchObject({ formatVersion: MODEL_FORMAT_VERSION, knowledgeVersion: expect.stringMatching(/^k-/) });
    expect(first.stdout).toContain(`Built the model for knowledge ${written.knowledgeVersion}`);

    writeFileSync(join(dir, 'topics', 'needs.talent-cost.yaml'), topicYaml({ id: 'needs.talent-cost' }));
    const insurance = join(dir, 'topics', 'leave.social-insurance.yaml');
    writeFileSync(insurance, `${readFileSync(insurance, 'utf8')}# edited by an admin\n`);
    const second = kb(['build', '--dir', dir, '--model', model]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Added (1): needs.talent-cost\nChanged (1): leave.social-insurance\n');
    expect(second.stdout.replace('Changed (1): leave.social-insurance\n', '')).toMatch(guideExample('$ pnpm kb build'));
    expect(JSON.parse(readFileSync(model, 'utf8')).knowledgeVersion).not.toBe(written.knowledgeVersion);
    // Two full trainings (about 16 s each here, far more on a busy 2-core machine): the shared hang guard covers them.
  });

  it('refuses invalid knowledge with its errors and writes no model', () => {
    const dir = temp.copyKnowledge('broken');
    writeFileSync(join(dir, 'topics', 'test.broken.yaml'), '\tid: test.broken\n');
    const model = temp.path('broken-out', 'model.json');
    const run = kb(['build', '--dir', dir, '--model', model]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('topics/test.broken.yaml:1:1 line 1 is indented with a tab: indent with spaces only');
    expect(() => readFileSync(model)).toThrow();
  });
});
