/** Who a topic speaks to: teachers (Slack) and enterprise contacts (Discord). Kept free of zod for light imports. */
export const AUDIENCES = ['teacher', 'enterprise'] as const;
