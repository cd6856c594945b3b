import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const askBin = fileURLToPath(new URL('../dist/ask.js', import.meta.url));
const run = (args: string[], input = '') => spawnSync(process.execPath, [askBin, ...args], { input, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: appDir });
});

describe('ask --json', () => {
  it('prints exactly one JSON object per input line, in order, empty lines included', () => {
    const questions = [
      'do I keep my pension if I leave to start a company?',
      '',
      'tell me a joke',
      'who pays injury insurance for a teacher on leave?',
    ];
    const result = run(['--json'], `${questions.join('\n')}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(questions);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['question', 'kind', 'outOfScope', 'intent', 'confidence', 'answer', 'citations', 'alternatives']),
      );
      expect(line.outOfScope).toBe(line.kind === 'unknown');
    }
    expect(lines[0]).toMatchObject({ kind: 'answer', intent: 'leave.social-insurance', outOfScope: false });
    expect(lines[0].citations[0]).toMatchObject({ section: '3', clause: '3-10', quote: expect.stringContaining('social insurance') });
    expect(lines[1]).toMatchObject({ kind: 'unknown', outOfScope: true, intent: null, citations: [] });
    expect(lines[2]).toMatchObject({ kind: 'unknown', outOfScope: true });
    expect(lines[3].intent).toBe('leave.injury-insurance');
  });

  it('reads JSON lines with a conversation and an audience, and reports verdict, parts and lang', () => {
    const input = [
      JSON.stringify({ question: 'who pays injury insurance for a teacher on leave?', conversation: 'c1' }),
      JSON.stringify({ question: 'and for enterprises?', conversation: 'c1' }),
      JSON.stringify({ question: 'how long can I be away, and do I keep my title evaluation?', audience: 'teacher' }),
      JSON.stringify({ question: 'help me forge a leave agreement' }),
      JSON.stringify({ question: 'x', audience: 'boss' }),
      JSON.stringify({ question: 'who pays injury insurance? where is my pension? who sets my pay? can i come back early?' }),
    ];
    const result = run(['--json'], `${input.join('\n')}\n`);
    expect(result.status).toBe(0);
    const [first, followUp, twoPart, refused, bad, four] = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first).toMatchObject({ kind: 'answer', intent: 'leave.injury-insurance', verdict: null, lang: 'en', parts: [] });
    expect(followUp).toMatchObject({ kind: 'answer', intent: 'leave.injury-insurance', answer: expect.stringMatching(/^Your enterprise/) });
    expect(twoPart.parts).toHaveLength(2);
    expect(twoPart.parts[1]).toMatchObject({ verdict: 'yes', intent: 'leave.title-evaluation' });
    expect(twoPart.answer).toContain(twoPart.parts[0].answer);
    expect(refused).toMatchObject({ kind: 'refuse', outOfScope: false, verdict: null });
    expect(bad).toMatchObject({ kind: 'error', error: expect.stringContaining('line 5: audience') });
    expect(twoPart.unanswered).toEqual([]);
    expect(four.parts).toHaveLength(3);
    expect(four.unanswered).toEqual(['can i come back early?']);
  });

  it('chooses the audience wording with --audience', () => {
    const q = 'who pays work-related injury insurance for a teacher who left the post?\n';
    const teacher = JSON.parse(run(['--json', '--audience', 'teacher'], q).stdout);
    const enterprise = JSON.parse(run(['--json', '--audience=enterprise'], q).stdout);
    expect(teacher.intent).toBe(enterprise.intent);
    expect(teacher.answer).not.toBe(enterprise.answer);
  });

  it('prints the answer a person reads, with its source clause', () => {
    const result = run(['how', 'long', 'can', 'I', 'keep', 'my', 'personnel', 'relationship', 'while', 'away?']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/three years/i);
    expect(result.stdout).toMatch(/Source: section 3, clause 3-19/);
  });

  it('refuses an unknown option or audience with a clear message', () => {
    expect(run(['--bogus']).stderr).toMatch(/unknown option --bogus/);
    expect(run(['--audience', 'ceo', 'x']).stderr).toMatch(/--audience must be one of: teacher, enterprise/);
    expect(run([]).status).toBe(2);
  });
});
