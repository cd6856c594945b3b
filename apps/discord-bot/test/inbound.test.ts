import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '@cobridge/advisor-runtime';
import { toQuestion } from '../src/inbound.js';

describe('toQuestion', () => {
  it.each([
    ['@everyone who pays injury insurance?', 'who pays injury insurance?'],
    ['@here who pays?', 'who pays?'],
    ['<@123456789012345678> who pays?', 'who pays?'],
    ['<@!123456789012345678> hi', 'hi'],
    ['<@&456> role ping', 'role ping'],
    ['in <#789> please', 'in please'],
    ['**bold** and __under__ `code` ||spoiler|| > quote', 'bold and under code spoiler quote'],
    ['nul\u0000byte', 'nul byte'],
    ['<:party:123456> yes', 'party yes'],
  ])('turns %j into %j', (raw, expected) => {
    expect(toQuestion(raw).text).toBe(expected);
  });

  it('leaves nothing when the message is only mentions', () => {
    expect(toQuestion('<@1> @everyone <@&2>').text).toBe('');
  });

  it('cuts 10 kB of text to the advisor limit and says so', () => {
    const question = toQuestion(`who pays? ${'a'.repeat(10_000)}`);
    expect(question.truncated).toBe(true);
    expect(question.text.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
  });
});
