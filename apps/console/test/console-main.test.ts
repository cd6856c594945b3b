import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainBin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('console advisor (piped input)', () => {
  it('answers piped questions and ends at end of input', () => {
    const result = spawnSync(process.execPath, [mainBin], {
      input: 'how long can I keep my personnel relationship?\nwhat is the capital of France?\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/three years/i);
    expect(result.stdout).toMatch(/I don't know/);
    expect(result.stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('stops at quit without reading further', () => {
    const result = spawnSync(process.execPath, [mainBin], {
      input: 'quit\nwho pays injury insurance?\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/injury insurance/i);
  });
});

describe('console tools in the language typed (piped input)', () => {
  it('offers and runs the tools in Chinese after a Chinese question, and in English again after an English one', () => {
    const input = [
      '我2025年9月1日开始离岗，什么时候必须回来？',
      'timeline 2025-09-01',
      'modes for 技术支持',
      'obligations 聘用离岗教师',
      'glossary 编制',
      'check',
      '1',
      '3',
      '1',
      'how long can I keep my personnel relationship?',
      'timeline 2025-09-01',
    ].join('\n');
    const result = spawnSync(process.execPath, [mainBin], { input: `${input}\n`, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const replies = result.stdout.split('\ncobridge> ').slice(1);
    expect(replies[0]).toContain('提示：输入“timeline 2025-09-01”，查看您的离岗时间线。');
    expect(replies[1]).toMatch(/^自 2025-09-01 起的离岗时间线\n/u);
    expect(replies[1]).toContain(
      '保留至 2028-09-01：如果您从 2025-09-01 开始离岗，您与学校的人事关系最长可以保留三年，即保留至 2028-09-01。（第 3-19 条）',
    );
    expect(replies[2]).toMatch(/^满足您需求的合作模式\n/u);
    expect(replies[2]).toContain('共建师资队伍：\n- 技术支持：专业教师到企业兼职');
    expect(replies[3]).toMatch(/^聘用离岗教师或与其合作\n/u);
    expect(replies[3]).toContain('教师：与学校签订离岗协议，并与学校和企业签订收益分配协议。（第 3-17、3-18 条）');
    expect(replies[4]).toMatch(/^岗位总量\n/u);
    expect(replies[4]).toContain('引用：第 3 节，第 3-22 条（原文为英文）: "If there is no vacancy');
    expect(replies[5]).toContain('以下哪一项符合您的情况？\n  1. 高校或科研院所的专业技术人员');
    expect(replies[8]).toMatch(/^按照指导意见的条件，符合要求\n/u);
    expect(replies[10]).toMatch(/^Leave timeline from 2025-09-01\n/u);
  });
});
