import type { AssistantConfig } from '@slack/bolt';

/** Bolt's thread context store (its type is not exported by name). */
type AssistantThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
/** What Slack says about the channel a user has open beside the assistant thread. */
type AssistantThreadContext = Awaited<ReturnType<AssistantThreadContextStore['get']>>;

/** Thread contexts remembered; forgotten all at once when full, so hostile traffic cannot grow the store. */
const MAX_THREADS = 10_000;

interface ThreadPayload {
  assistant_thread?: { channel_id?: string; thread_ts?: string; context?: AssistantThreadContext };
  channel?: string;
  thread_ts?: string;
}

function threadKey(payload: ThreadPayload): string {
  const thread = payload.assistant_thread;
  return `${thread?.channel_id ?? payload.channel ?? ''}:${thread?.thread_ts ?? payload.thread_ts ?? ''}`;
}

/**
 * Keeps each assistant thread's context (the channel the user is looking at) in memory, per thread. Bolt's default
 * store keeps one context for the whole app and reads the thread's history from Slack on every message.
 */
export function createThreadContextStore(): AssistantThreadContextStore {
  const contexts = new Map<string, AssistantThreadContext>();
  return {
    get: async ({ payload }) => contexts.get(threadKey(payload as ThreadPayload)) ?? {},
    save: async ({ payload }) => {
      const context = (payload as ThreadPayload).assistant_thread?.context;
      if (context === undefined) return;
      if (contexts.size >= MAX_THREADS) contexts.clear();
      contexts.set(threadKey(payload as ThreadPayload), context);
    },
  };
}
