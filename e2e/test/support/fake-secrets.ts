// Built at run time from obviously fake words, so no token-shaped literal sits in the source.
const word = (text: string, times: number): string => text.repeat(times);

/** Credentials the bots are started with in tests; none of them may ever show up in a log line. */
export const FAKE_SECRETS = {
  slackBotToken: ['xoxb', 'e2e', word('fake', 3), 'only'].join('-'),
  slackAppToken: ['xapp', '1', word('fake', 3), 'only'].join('-'),
  slackSigningSecret: word('e2esigning', 3),
  discordToken: [word('FAKEdiscord', 3), word('e2e', 3), word('NOTaREALtoken', 3)].join('.'),
} as const;
