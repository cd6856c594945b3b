/** The ids the Slack fakes and payload builders use unless told otherwise. */
export const SLACK_TEST_IDS = {
  team: 'T0TEST',
  app: 'A0COBRIDGE',
  bot: 'B0COBRIDGE',
  botUser: 'U0COBRIDGE',
  user: 'U0TEACHER',
  channel: 'C0GENERAL',
  dm: 'D0TEACHER',
} as const;
