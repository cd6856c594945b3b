import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/load/load-knowledge.js';
import { narrowString, withNarrowStrings } from '../../src/load/one-byte-strings.js';

/** True when V8 holds the string in two bytes per character (its serialization then takes two bytes for each). */
const heldInTwoBytes = (text: string): boolean => serialize(text).length >= 2 * text.length;

// A Latin-1 piece of a text that also holds a curly quote: V8 keeps such a piece two bytes wide.
const wide = 'The teacher’s start-up keeps the personnel relationship with the original school.';
const piece = wide.slice(wide.indexOf('start-up'));

describe('one-byte strings', () => {
  it('copies a Latin-1 piece of a wide text into one byte per character, unchanged', () => {
    expect(heldInTwoBytes(piece)).toBe(true);
    const narrowed = narrowString(piece);
    expect(narrowed).toBe(piece);
    expect(heldInTwoBytes(narrowed)).toBe(false);
  });

  it('keeps text that needs two bytes as it is', () => {
    for (const text of [wide, '离岗创业 and a start-up', 'pay — or not?']) expect(narrowString(text)).toBe(text);
  });

  it('narrows every string of a parsed document and keeps the document equal', () => {
    const document = { id: piece, questions: [piece, '离岗创业', 3, true, null], nested: { [piece]: { text: piece } } };
    const narrowed = withNarrowStrings(document) as typeof document;
    expect(narrowed).toEqual(document);
    expect(heldInTwoBytes(narrowed.id)).toBe(false);
    expect(heldInTwoBytes(narrowed.questions[0] as string)).toBe(false);
    expect(heldInTwoBytes(narrowed.nested[piece]!.text)).toBe(false);
  });

  it('holds the shipped knowledge’s Latin-1 facts and example questions in one byte per character', async () => {
    const knowledge = await loadKnowledge();
    const texts = knowledge.facts.flatMap((fact) => [fact.text, ...fact.asks.map((ask) => ask.q)]);
    const latin1 = texts.filter((text) => /^[\u0000-\u00ff]*$/.test(text));
    expect(latin1.length).toBeGreaterThan(1000);
    expect(latin1.filter(heldInTwoBytes)).toEqual([]);
  });
});
