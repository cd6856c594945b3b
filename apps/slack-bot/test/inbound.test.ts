import { describe, expect, it } from 'vitest';
import { toQuestion } from '../src/inbound.js';

const BOT = 'U0COBRIDGE';

describe('toQuestion', () => {
  it.each([
    ['removes the bot’s own mention', `<@${BOT}> do I keep my pension?`, 'do I keep my pension?'],
    ['removes the bot’s mention with a label', `<@${BOT}|cobridge> hi`, 'hi'],
    ['turns another user mention into plain text', 'ask <@U123> about leave', 'ask @someone about leave'],
    ['keeps a mention’s label as plain text', 'ask <@U123|maria> too', 'ask @maria too'],
    ['defuses <!channel>', '<!channel> pension?', '@channel pension?'],
    ['defuses <!here> and <!everyone>', '<!here> <!everyone> x', '@here @everyone x'],
    ['defuses a user-group mention', '<!subteam^S123|@teachers> x', '@teachers x'],
    ['shows a date token by its fallback', '<!date^1392734382^{date}|Feb 18, 2014> leave', 'Feb 18, 2014 leave'],
    ['turns a channel link into its name', 'see <#C123|general>', 'see #general'],
    ['turns an unnamed channel link into a word', 'see <#C123>', 'see #channel'],
    ['unwraps a labelled link to its label', 'read <http://127.0.0.1/paper|the paper>', 'read the paper'],
    ['unwraps a bare link to its URL', 'read <http://127.0.0.1/paper>', 'read http://127.0.0.1/paper'],
    ['decodes entities once, leaving typed brackets as text', 'is 1 &lt; 2 &amp;&amp; 3 &gt; 2', 'is 1 < 2 && 3 > 2'],
    ['keeps typed angle-bracket syntax inert (it arrives escaped)', '&lt;!channel&gt;', '<!channel>'],
    ['drops NUL bytes and control characters', 'pen\u0000sion\u0007 rules', 'pen sion rules'],
    ['collapses whitespace and newlines', '  a\n\n\tb  ', 'a b'],
    ['keeps markup characters as text', '*bold* _it_ ~s~ `code`', '*bold* _it_ ~s~ `code`'],
  ])('%s', (_name, input, expected) => {
    expect(toQuestion(input, BOT)).toEqual({ text: expected, truncated: false });
  });

  it('cuts 100 kB of input and says it was cut', () => {
    const result = toQuestion('pension '.repeat(12_800), BOT);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(1000);
    expect(result.text.startsWith('pension pension')).toBe(true);
  });

  it('treats a message that is only the mention as empty', () => {
    expect(toQuestion(`<@${BOT}>`, BOT)).toEqual({ text: '', truncated: false });
  });

  it('leaves the mention of an unknown bot id as someone else’s mention', () => {
    expect(toQuestion(`<@${BOT}> hi`).text).toBe('@someone hi');
  });
});
