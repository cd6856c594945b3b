import type { Rng } from './prng.js';

/** Slack markup and mention syntax that would ping, link or format if echoed unescaped. */
export const SLACK_SYNTAX = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '<!subteam^S0TEAM|@teachers>',
  '<@U0SOMEONE>',
  '<@U0SOMEONE|someone>',
  '<@W0ENTERPRISE>',
  '<#C0GENERAL|x>',
  '<#C0GENERAL>',
  '<http://x|y>',
  '<mailto:a@b.c|mail>',
  '<!date^1392734382^{date}|x>',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '&lt;!channel&gt;',
  '&amp;',
  '<',
  '>',
  '<<!channel>>',
  '<!channel',
  'channel>',
  '> quoted',
  ':smile:',
  '<>',
  '<|>',
  '<@>',
] as const;

/** Discord mention, markdown and timestamp syntax that would ping or format if echoed unescaped. */
export const DISCORD_SYNTAX = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123>',
  '<@!123>',
  '<@&456>',
  '<#789>',
  '</ask:123>',
  '<:cobridge:123>',
  '<a:dance:456>',
  '<t:1700000000:R>',
  '**bold**',
  '__underline__',
  '~~strike~~',
  '||spoiler||',
  '> quote',
  '>>> block',
  '# heading',
  '-# subtext',
  '- bullet',
  '1. item',
  '```js\nconsole.log(1)\n```',
  '`inline`',
  '[masked](http://x)',
  '\\',
  '\\*',
  '@\u200beveryone',
  '@@everyone',
  'everyone@here',
] as const;

/** Characters that reorder text or hide it: bidi overrides, isolates, marks and zero-width joiners. */
export const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
] as const;

/** Emoji singles and sequences: ZWJ families, skin tones, flags, keycaps and variation selectors. */
export const EMOJI = [
  '😀',
  '👍🏽',
  '👨\u200d👩\u200d👧\u200d👦',
  '🏳️\u200d🌈',
  '🧑🏿\u200d💻',
  '🇨🇳',
  '🇺🇳',
  '1️⃣',
  '❤️',
  '🫠',
  '👁️\u200d🗨️',
  '🏴\u200d☠️',
  '\u{1F9D1}\u{200D}\u{1F91D}\u{200D}\u{1F9D1}',
  '\u2764\uFE0E',
] as const;

const HEBREW_WORDS = ['שלום', 'מורה', 'ביטוח'] as const;
const ARABIC_SCRIPT_WORDS = ['مرحبا', 'معلم', 'التأمين', 'شرکت', 'سلام'] as const;

/** Right-to-left words (Hebrew, Arabic, Persian) to mix with bidi controls. */
export const RTL_WORDS = [...HEBREW_WORDS, ...ARABIC_SCRIPT_WORDS] as const;

/** Words of real questions, so part of the fuzz reaches answers and not only "I don't know". */
export const POLICY_WORDS = [
  'pension',
  'injury insurance',
  'leave the post',
  'start a company',
  'part-time',
  'title evaluation',
  'salary',
  'who issued the guidance',
  'order-based training',
  'return early',
  'three years',
  'social insurance',
  'teacher',
  'enterprise',
  'what are the cooperation modes',
  'can I come back',
  'who pays',
  'agreement',
] as const;

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»…‽⁇、。「」『』【】·—–';

/** Code point ranges to draw random characters from, across planes (surrogates excluded here). */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x370, 0x52f],
  [0x590, 0x6ff],
  [0x900, 0xdff],
  [0x1100, 0x11ff],
  [0x2000, 0x2bff],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xe000, 0xf8ff],
  [0xfb00, 0xfffd],
  [0x10000, 0x1ffff],
  [0x20000, 0x2fa1f],
  [0xe0000, 0xe007f],
  [0xf0000, 0x10fffd],
];

/** `count` random code points from across the Unicode planes. */
export function randomUnicode(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const [low, high] = rng.pick(RANGES);
    out += String.fromCodePoint(rng.between(low, high));
  }
  return out;
}

/** `count` characters of punctuation only (ASCII and CJK). */
export function punctuation(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += PUNCTUATION[rng.int(PUNCTUATION.length)];
  return out;
}

/** `count` NUL, C0 and C1 control characters and DEL. */
export function controls(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const code = rng.pick([rng.int(0x20), 0x7f, rng.between(0x80, 0x9f), 0]);
    out += String.fromCharCode(code);
  }
  return out;
}

/** A lone high or low surrogate, or a pair in the wrong order. */
export function loneSurrogate(rng: Rng): string {
  const high = String.fromCharCode(rng.between(0xd800, 0xdbff));
  const low = String.fromCharCode(rng.between(0xdc00, 0xdfff));
  return rng.pick([high, low, `${low}${high}`, `${high}${high}`, `x${high}`, `${low}y`]);
}

/** `count` items of `list` joined by random separators (spaces, newlines, nothing, zero-width joiners). */
export function sprinkle(rng: Rng, list: readonly string[], count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) parts.push(rng.pick(list), rng.pick([' ', '', '\n', '\n\n', '\t', '\u200d', '  ']));
  return parts.join('');
}
