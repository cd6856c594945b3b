import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml } from './helpers/topic-yaml.js';

const temp = useTempFolder();

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
    expect(written).toMatchObject({ formatVersion: 2, knowledgeVersion: expect.stringMatching(/^k-/) });
    expect(first.stdout).toContain(`Built the model for knowledge ${written.knowledgeVersion}`);

    writeFileSync(join(dir, 'topics', 'test.added.yaml'), topicYaml({ id: 'test.added' }));
    const insurance = join(dir, 'topics', 'leave.social-insurance.yaml');
    writeFileSync(insurance, `${readFileSync(insurance, 'utf8')}# edited by an admin\n`);
    const second = kb(['build', '--dir', dir, '--model', model]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Added (1): test.added\nChanged (1): leave.social-insurance\n');
    expect(JSON.parse(readFileSync(model, 'utf8')).knowledgeVersion).not.toBe(written.knowledgeVersion);
  });

  it('refuses invalid knowledge with its errors and writes no model', () => {
    const dir = temp.copyKnowledge('broken');
    writeFileSync(join(dir, 'topics', 'test.broken.yaml'), '\tid: test.broken\n');
    const model = temp.path('broken-out', 'model.json');
    const run = kb(['build', '--dir', dir, '--model', model]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('topics/test.broken.yaml:1:1 YAML syntax: Tabs are not allowed as indentation');
    expect(() => readFileSync(model)).toThrow();
  });
});
