import {
  BIDI_CONTROLS,
  DISCORD_SYNTAX,
  EMOJI,
  POLICY_WORDS,
  RTL_WORDS,
  SLACK_SYNTAX,
  controls,
  loneSurrogate,
  punctuation,
  randomUnicode,
  sprinkle,
} from './hostile-pieces.js';
import { createRng, type Rng } from './prng.js';

/** Length of the "huge" inputs: about 100 kB of text. */
export const HUGE_INPUT_LENGTH = 100_000;

/** The families of hostile text the generator draws from. */
export const HOSTILE_KINDS = [
  'unicode',
  'emoji',
  'rtl',
  'control',
  'huge',
  'punctuation',
  'slack-markup',
  'discord-markup',
  'lone-surrogate',
  'empty',
  'policy',
  'mixed',
] as const;

/** One family of hostile text. */
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** One generated input: its position in the run, its family and the text. */
export interface HostileInput {
  index: number;
  kind: HostileKind;
  text: string;
}

/** Options for {@link hostileInputs}: the seed to replay and how many inputs to make. */
export interface HostileInputOptions {
  seed: number;
  count: number;
}

type Maker = (rng: Rng) => string;

function huge(rng: Rng): string {
  const unit = rng.pick([
    () => rng.pick(SLACK_SYNTAX),
    () => rng.pick(DISCORD_SYNTAX),
    () => `${rng.pick(POLICY_WORDS)}\n\n`,
    () => randomUnicode(rng, 64),
    () => rng.pick(EMOJI),
    () => '\u0000',
    () => 'a',
    () => `- ${rng.pick(POLICY_WORDS)}\n`,
  ])();
  const text = unit.repeat(Math.ceil(HUGE_INPUT_LENGTH / Math.max(1, unit.length)));
  return rng.int(2) === 0 ? text : `${rng.pick(POLICY_WORDS)} ${text}`;
}

const MAKERS: Record<Exclude<HostileKind, 'mixed'>, Maker> = {
  unicode: (rng) => randomUnicode(rng, rng.between(1, 200)),
  emoji: (rng) => sprinkle(rng, EMOJI, rng.between(1, 40)),
  rtl: (rng) => sprinkle(rng, [...RTL_WORDS, ...BIDI_CONTROLS, ...POLICY_WORDS], rng.between(1, 30)),
  control: (rng) => `${controls(rng, rng.between(1, 20))}${rng.pick(POLICY_WORDS)}${controls(rng, rng.between(0, 20))}`,
  huge,
  punctuation: (rng) => punctuation(rng, rng.between(1, 300)),
  'slack-markup': (rng) => sprinkle(rng, [...SLACK_SYNTAX, ...POLICY_WORDS], rng.between(1, 30)),
  'discord-markup': (rng) => sprinkle(rng, [...DISCORD_SYNTAX, ...POLICY_WORDS], rng.between(1, 30)),
  'lone-surrogate': (rng) => `${rng.pick(POLICY_WORDS)}${loneSurrogate(rng)}${rng.pick(['', loneSurrogate(rng), ' pension'])}`,
  empty: (rng) => rng.pick(['', ' ', '\n\n\n', '\t', '\u200b', '\u3000', '\u00a0']),
  policy: (rng) => `${rng.pick(POLICY_WORDS)} ${rng.pick([...SLACK_SYNTAX, ...DISCORD_SYNTAX])} ${rng.pick(POLICY_WORDS)}?`,
};

const SIMPLE_KINDS = Object.keys(MAKERS) as Exclude<HostileKind, 'mixed'>[];

function mixed(rng: Rng): string {
  const parts: string[] = [];
  const count = rng.between(2, 5);
  for (let i = 0; i < count; i += 1) {
    // Mixed inputs stay small: a huge part would make every mixed case huge.
    const kind = rng.pick(SIMPLE_KINDS.filter((k) => k !== 'huge'));
    parts.push(MAKERS[kind](rng));
  }
  return parts.join(rng.pick(['', ' ', '\n']));
}

/**
 * Generates `count` hostile chat inputs from `seed`, lazily (one 100 kB string at a time at most): random
 * Unicode across planes, emoji and ZWJ sequences, right-to-left text with bidi controls, NUL and control
 * characters, huge strings, punctuation only, Slack and Discord markup and mentions, lone surrogates, and mixes.
 * The same seed and count always give the same inputs.
 */
export function* hostileInputs(options: HostileInputOptions): Generator<HostileInput> {
  const rng = createRng(options.seed);
  for (let index = 0; index < options.count; index += 1) {
    // Every kind comes up in turn, so even a short run covers all of them; the content is random.
    const kind = HOSTILE_KINDS[index % HOSTILE_KINDS.length] as HostileKind;
    const text = kind === 'mixed' ? mixed(rng) : MAKERS[kind](rng);
    yield { index, kind, text };
  }
}
