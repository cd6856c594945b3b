import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';

const prediction = (ranked: [string, number][], oosScore = 0.1) => ({
  ranked: ranked.map(([intent, confidence]) => ({ intent, confidence })),
  oosScore,
  unseenShare: 0,
});

describe('decide', () => {
  it('answers a clear winner', () => {
    expect(
      decide(
        prediction([
          ['a.b', 0.8],
          ['a.c', 0.1],
        ]),
        0.5,
      ),
    ).toEqual({ kind: 'answer', intent: 'a.b', confidence: 0.8 });
  });

  it('declines when the "not covered" class wins', () => {
    expect(
      decide(
        prediction([
          ['oos', 0.5],
          ['a.b', 0.3],
        ]),
        0.5,
      ),
    ).toEqual({ kind: 'unknown', reason: 'out-of-scope' });
  });

  it('declines when the out-of-scope score passes the threshold', () => {
    expect(decide(prediction([['a.b', 0.9]], 0.7), 0.5)).toEqual({ kind: 'unknown', reason: 'low-confidence' });
  });

  it('asks which topic was meant when the top two are too close', () => {
    const decision = decide(
      prediction([
        ['a.b', 0.3],
        ['a.c', 0.27],
        ['oos', 0.2],
        ['a.d', 0.05],
      ]),
      0.9,
    );
    expect(decision).toEqual({
      kind: 'clarify',
      candidates: [
        { intent: 'a.b', confidence: 0.3 },
        { intent: 'a.c', confidence: 0.27 },
      ],
    });
  });

  it('answers when the winner is confident even if the runner-up is close', () => {
    expect(
      decide(
        prediction([
          ['a.b', 0.4],
          ['a.c', 0.36],
        ]),
        0.9,
      ).kind,
    ).toBe('answer');
  });

  it('declines an empty prediction', () => {
    expect(decide(prediction([]), 0.5).kind).toBe('unknown');
  });
});
