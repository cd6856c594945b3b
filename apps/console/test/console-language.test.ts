import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import { ConsoleSession } from '../src/index.js';

let services: Services;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, rateLimit: { perMinute: 1 }, logger: silentLogger });
});
afterAll(() => services.close());

describe('the console follows the language typed', () => {
  it('shows help in Chinese when asked with 帮助, with Chinese example questions', () => {
    const help = new ConsoleSession(services).respond('帮助');
    expect(help).toMatch(/^用自己的话提问，例如：\n- 我离岗创业的话，养老保险还能保留吗？/u);
    expect(help).toContain('工具：');
  });

  it('says "slow down" in the language of the question that was refused', () => {
    const session = new ConsoleSession(services, 'zh');
    expect(session.respond('离岗创业期间社保怎么办？')).toMatch(/社会保险/u);
    expect(session.respond('离岗创业期间工伤保险谁交？')).toMatch(/^您提问太快了，我一时跟不上。请等大约 \d+ 秒后再问。$/u);
    expect(session.respond('who pays injury insurance?')).toMatch(/^You're asking faster than I can keep up/u);
  });
});
