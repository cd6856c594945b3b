import { describe, expect, it } from 'vitest';
import { askOfGuessedParty, askOfNamedParty } from '../src/party-check.js';

describe('askOfNamedParty', () => {
  it.each([
    ['who pays my work injury insurance?', 'is it the school?', 'does the school pay my work injury insurance?'],
    ['who pays my work injury insurance?', 'so not the college then?', 'does the college pay my work injury insurance?'],
    ["who decides my salary while I'm on leave?", 'not the company?', "does the company decide my salary while I'm on leave?"],
    ["who is responsible for my pension while I'm away?", 'us?', "are we responsible for my pension while I'm away?"],
    ['who has to sign the agreement?', 'the school?', 'does the school have to sign the agreement?'],
    ['who signs the income agreement?', 'the companies?', 'do the companies sign the income agreement?'],
    ['who carries the risk?', 'our firm?', 'does our firm carry the risk?'],
  ])('asks "%s" then "%s" as "%s"', (previous, followUp, asked) => {
    expect(askOfNamedParty(previous, followUp)).toBe(asked);
  });

  it.each([
    ['what do I get from it?', 'the school?'],
    ['who pays my work injury insurance?', 'and what about the school side of things?'],
    ['who pays my work injury insurance?', 'the students?'],
  ])('leaves "%s" then "%s" alone', (previous, followUp) => {
    expect(askOfNamedParty(previous, followUp)).toBeUndefined();
  });
});

describe('askOfGuessedParty', () => {
  it.each([
    ['and in that case who pays the work injury insurance, me?', 'and in that case do I pay the work injury insurance?'],
    ['who pays injury insurance then, the startup?', 'does the startup pay injury insurance?'],
    ['who is responsible for my pension, the school?', 'is the school responsible for my pension?'],
    [
      'a lecturer on leave is joining us. who pays his work injury insurance, us?',
      'a lecturer on leave is joining us. do we pay his work injury insurance?',
    ],
  ])('asks "%s" as "%s"', (question, asked) => {
    expect(askOfGuessedParty(question)).toBe(asked);
  });

  it('leaves a "who" question without a guessed party, or with a second question after the comma, as it is', () => {
    expect(askOfGuessedParty('who pays my work injury insurance?')).toBeUndefined();
    expect(askOfGuessedParty('who pays, and how much?')).toBeUndefined();
  });
});
