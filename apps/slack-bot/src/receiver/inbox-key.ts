/** The inbox key of a Slack delivery that carries a question, or undefined for everything else. */
export function inboxKey(body: Record<string, unknown>): string | undefined {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') {
    const event = body.event as { type?: unknown } | undefined;
    return event?.type === 'app_mention' || event?.type === 'message' ? `event:${body.event_id}` : undefined;
  }
  // A slash command's trigger id is unique per invocation, so a replayed request carries a known one.
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string') return `command:${body.trigger_id}`;
  return undefined;
}

/** The body as kept in the inbox: everything needed to answer it again, without the legacy verification token. */
export function storedBody(body: Record<string, unknown>): string {
  const { token: _legacyToken, ...rest } = body;
  return JSON.stringify(rest);
}
