import { wordPattern } from '../understand/word-pattern.js';

// The vocabulary of wrongdoing, by kind; each word a regular-expression source.
const SECRECY = [
  'hide',
  'hid',
  'hiding',
  String.raw`conceal\w*`,
  String.raw`secret\w*`,
  'quiet(?:ly)?',
  String.raw`discreet\w*`,
  String.raw`sneak\w*`,
  'without (?:telling|anyone|them|the school|hr|asking|signing|permission)',
  'nobody',
  'no one',
];
const FORGERY = [
  String.raw`fake\w*`,
  String.raw`forg\w*`,
  String.raw`falsif\w*`,
  String.raw`fabricat\w*`,
  String.raw`backdat\w*`,
  String.raw`counterfeit\w*`,
  'made-up',
  'make up',
  String.raw`doctor\w*`,
  String.raw`alter\w*`,
  String.raw`edit\w*`,
  String.raw`tamper\w*`,
];
const DECEIT = [
  'lie',
  'lies',
  'lying',
  String.raw`mislead\w*`,
  String.raw`deceiv\w*`,
  String.raw`trick\w*`,
  String.raw`fool\w*`,
  String.raw`pretend\w*`,
  'pass (?:off|as)',
  'look like',
  'sound like',
  String.raw`disguis\w*`,
  String.raw`impersonat\w*`,
  'pose as',
];
const BRIBERY = [String.raw`bribe\w*`, String.raw`kickback\w*`, 'red envelope', 'gift', 'commission', 'under the table', 'off the books'];
const THEFT = [
  String.raw`launder\w*`,
  String.raw`steal\w*`,
  String.raw`leak\w*`,
  String.raw`poach\w*`,
  String.raw`copy\w*`,
  String.raw`download\w*`,
  String.raw`export\w*`,
  String.raw`sell\w*`,
  String.raw`scrap\w*`,
  'pull',
  'take (?:home|out)',
];
const EVASION = [
  String.raw`dodge\w*`,
  String.raw`evad\w*`,
  String.raw`avoid\w*`,
  'escape',
  String.raw`skip\w*`,
  'wriggle',
  String.raw`loophole\w*`,
  'get out of',
  String.raw`under-?report\w*`,
  String.raw`underpay\w*`,
  'pocket',
  'keep (?:it )?out of',
  String.raw`cover\w* up`,
  String.raw`reword\w*`,
  String.raw`deny\w*`,
];
const HARM = [
  String.raw`threat\w*`,
  String.raw`harass\w*`,
  String.raw`smear\w*`,
  String.raw`sabotag\w*`,
  'mess up',
  String.raw`ruin\w*`,
  'revenge',
  'payback',
  String.raw`retaliat\w*`,
  String.raw`scare\w*`,
  String.raw`intimidat\w*`,
  String.raw`dox\w*`,
  String.raw`plant\w*`,
  'fired',
  'fire (?:him|her|them)',
  String.raw`blackmail\w*`,
];
const EXPLOITATION = [
  String.raw`exploit\w*`,
  'for free',
  'unpaid',
  'nothing',
  'hold on to',
  String.raw`cheat\w*`,
  'game',
  String.raw`plagiari\w*`,
];
const SCHEMES = ['in advance', 'shell', 'nominee', String.raw`in (?:my|his|her) \w+'s name`, 'route', 'classify', 'ignore'];

/** The vocabulary of wrongdoing: a message the refusal check flags is refused only when it uses some of it. */
export const HARM_WORDS = wordPattern([
  ...SECRECY,
  ...FORGERY,
  ...DECEIT,
  ...BRIBERY,
  ...THEFT,
  ...EVASION,
  ...HARM,
  ...EXPLOITATION,
  ...SCHEMES,
]);
