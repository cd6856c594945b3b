import { describe, expect, it } from 'vitest';
import { withoutInterjection } from '../../src/understand/interjection.js';

describe('withoutInterjection', () => {
  it.each([
    ["ok nice. and the college's training programmes, am I still included?", "and the college's training programmes, am I still included?"],
    ['fine fine. what if instead I run a repair shop?', 'what if instead I run a repair shop?'],
    ['wait, so what comes out of it ends up as course material?', 'so what comes out of it ends up as course material?'],
    ['Okay, thanks! who pays it?', 'who pays it?'],
    ['fair. what if I left my post to start a company instead?', 'what if I left my post to start a company instead?'],
    ['yeah lol. and my title?', 'and my title?'],
    ["lol what if it's a bakery", "what if it's a bakery"],
    ['hmm and the enterprise?', 'and the enterprise?'],
    ['sorry for the grim question but who pays if I die at work?', 'who pays if I die at work?'],
    ['Apologies if this is a silly one - can I keep my title?', 'can I keep my title?'],
  ])('drops what is said in passing before the question: "%s"', (question, asked) => {
    expect(withoutInterjection(question)).toBe(asked);
  });

  it.each([
    'Right after I return, can I apply?',
    'Good question: what now?',
    'ok?',
    'Fine print aside, how long is the leave?',
    'Fair pay: is it set?',
    'Lolita Street campus: is it covered?',
    'Sorry for the delay, who pays?',
  ])('keeps a question that opens with words of its own: "%s"', (question) => {
    expect(withoutInterjection(question)).toBe(question);
  });
});
