import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/index.js';

const capture = () => {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => lines.push(line) } };
};

describe('createLogger', () => {
  it('writes JSON lines with level, message and fields', () => {
    const { lines, stream } = capture();
    createLogger({ stream }).child({ platform: 'slack' }).info('answered', { topic: 'leave.three-years' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'answered', platform: 'slack', topic: 'leave.three-years' });
  });

  it('never writes a secret from a configuration object or an error that carries a token', () => {
    const { lines, stream } = capture();
    const config = {
      SLACK_BOT_TOKEN: 'xoxb-1234567890-abcdefghijkl',
      SLACK_SIGNING_SECRET: 'f00dfeedc0ffee',
      nested: { authorization: 'Bearer abc.def.ghi', note: 'app token xapp-1-A0-123456789-abcdef' },
    };
    const error = new Error('request failed with Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcdE.abcdefghijklmnopqrstuvwxyz012');
    const logger = createLogger({ stream });
    logger.error('start-up', { config, error });
    logger.warn('token in the message xoxb-999999999-zzzzzzzz');
    const output = lines.join('\n');
    for (const secret of ['xoxb-1234567890', 'f00dfeedc0ffee', 'abc.def.ghi', 'xapp-1-A0', 'MTIzNDU2Nzg5MDEyMzQ1Njc4', 'xoxb-999999999']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
  });

  it("keeps an error's stack, fields and cause chain, redacted", () => {
    const { lines, stream } = capture();
    const root = Object.assign(new Error('socket hang up near xoxb-1234567890-abcdefghijkl'), { code: 'ECONNRESET' });
    const error = new Error('posting the answer failed', { cause: root });
    createLogger({ stream }).error('handler failed', { error });
    const logged = JSON.parse(lines[0]!).error;
    expect(logged).toMatchObject({ name: 'Error', message: 'posting the answer failed', cause: { code: 'ECONNRESET' } });
    expect(logged.stack).toMatch(/at .*logger\.test/);
    expect(logged.cause.message).toBe('socket hang up near [redacted]');
    expect(logged.cause.stack).toContain('[redacted]');
  });

  it('drops messages below the chosen level', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ stream, level: 'warn' });
    logger.info('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });

  it('redacts arrays and deep objects without throwing on cycles', () => {
    const a: Record<string, unknown> = { token: 'x' };
    a.self = a;
    expect(() => redact(a)).not.toThrow();
    expect(redact([{ password: 'p' }])).toEqual([{ password: '[redacted]' }]);
  });

  it('redacts the interaction token in a Discord webhook or callback URL', () => {
    const url = 'https://discord.test/api/v10/webhooks/111/aW50ZXJhY3Rpb246MTIzOmFiY2RlZg/messages/@original';
    expect(redact({ url })).toEqual({ url: 'https://discord.test/api/v10/webhooks/111/[redacted]/messages/@original' });
    expect(redact('/interactions/222/aW50ZXJhY3Rpb246MTIzOmFiY2RlZg/callback')).toBe('/interactions/222/[redacted]/callback');
  });
});

describe('createLogger with configured secrets', () => {
  it('redacts the exact values it was given, even when they do not look like tokens', () => {
    const lines: string[] = [];
    const logger = createLogger({
      stream: { write: (l: string) => lines.push(l) },
      secrets: ['plain-signing-secret-123', undefined, 'short'],
    });
    logger.error('verification failed with plain-signing-secret-123', { detail: new Error('secret plain-signing-secret-123 rejected') });
    expect(lines.join('\n')).not.toContain('plain-signing-secret-123');
    expect(lines.join('\n')).toContain('[redacted]');
  });
});
