import type { SlackMessage } from '@cobridge/slack-bot';
import type { renderResult } from '@cobridge/discord-bot';

/** A rendered Discord reply, as the app's renderers return it. */
export type DiscordReply = ReturnType<typeof renderResult>;

/** Slack's documented Block Kit limits the tests hold every message to. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  contextElements: 10,
  actionElements: 25,
};
/** Discord's documented embed and component limits the tests hold every reply to. */
export const DISCORD_LIMITS = {
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  rows: 5,
  buttonsPerRow: 5,
  label: 80,
  customId: 100,
  selectOptions: 25,
  optionText: 100,
};

/** Slack syntax that notifies people when it reaches mrkdwn or the notification text unescaped. */
export const SLACK_PING = /<!(channel|here|everyone|subteam)|<@[UW]/i;
/** Discord syntax that would notify people (or show as a live mention) if not neutralised. */
export const DISCORD_PING = /@(everyone|here)|<@[!&]?\d|<#\d/i;

interface AnyBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { text: string }; value?: string; action_id?: string }[];
}

/** Every way `message` breaks a Slack limit or could ping someone; empty when it is fine. */
export function slackViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const blocks = message.blocks as unknown as AnyBlock[];
  if (blocks.length > SLACK_LIMITS.blocks) problems.push(`${blocks.length} blocks`);
  if (SLACK_PING.test(message.text)) problems.push('notification text pings');
  for (const block of blocks) {
    const text = block.text?.text ?? '';
    if (block.type === 'section' && text.length > SLACK_LIMITS.sectionText) problems.push(`section of ${text.length}`);
    if (block.type === 'header' && text.length > SLACK_LIMITS.headerText) problems.push(`header of ${text.length}`);
    if (block.text?.type === 'mrkdwn' && SLACK_PING.test(text)) problems.push(`mrkdwn pings: ${text.slice(0, 80)}`);
    const elements = block.elements ?? [];
    if (block.type === 'context' && elements.length > SLACK_LIMITS.contextElements) problems.push('context elements');
    if (block.type === 'actions' && elements.length > SLACK_LIMITS.actionElements) problems.push('action elements');
    for (const element of elements) {
      if (element.type === 'mrkdwn' && typeof element.text === 'string') {
        if (element.text.length > SLACK_LIMITS.sectionText) problems.push(`context text of ${element.text.length}`);
        if (SLACK_PING.test(element.text)) problems.push(`context pings: ${element.text.slice(0, 80)}`);
      }
      if (element.type === 'button' && typeof element.text === 'object') {
        if (element.text.text.length > SLACK_LIMITS.buttonText) problems.push(`button text of ${element.text.text.length}`);
        if ((element.value ?? '').length > SLACK_LIMITS.buttonValue) problems.push('button value');
      }
    }
  }
  return problems;
}

/** Characters Discord counts toward an embed's total. */
function embedTotal(embed: DiscordReply['embeds'][number]): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return fields + [embed.title, embed.description, embed.footer?.text, embed.author?.name].reduce((s, t) => s + (t?.length ?? 0), 0);
}

/** Every way `reply` breaks a Discord limit or could ping someone; empty when it is fine. */
export function discordViolations(reply: DiscordReply): string[] {
  const problems: string[] = [];
  const L = DISCORD_LIMITS;
  if (reply.embeds.length > L.embeds) problems.push('too many embeds');
  for (const embed of reply.embeds) {
    if ((embed.title ?? '').length > L.title) problems.push(`title of ${embed.title?.length}`);
    if ((embed.description ?? '').length > L.description) problems.push(`description of ${embed.description?.length}`);
    if ((embed.footer?.text ?? '').length > L.footer) problems.push('footer');
    const fields = embed.fields ?? [];
    if (fields.length > L.fields) problems.push(`${fields.length} fields`);
    for (const field of fields) {
      if (field.name.length === 0 || field.name.length > L.fieldName) problems.push(`field name of ${field.name.length}`);
      if (field.value.length === 0 || field.value.length > L.fieldValue) problems.push(`field value of ${field.value.length}`);
    }
    if (embedTotal(embed) > L.total) problems.push(`embed total of ${embedTotal(embed)}`);
    const shown = [embed.title, embed.description, embed.footer?.text, ...fields.flatMap((f) => [f.name, f.value])].join('\n');
    if (DISCORD_PING.test(shown)) problems.push(`embed pings: ${DISCORD_PING.exec(shown)?.[0]}`);
  }
  if (reply.components.length > L.rows) problems.push(`${reply.components.length} rows`);
  for (const row of reply.components) {
    if (row.components.length > L.buttonsPerRow) problems.push(`${row.components.length} in a row`);
    for (const component of row.components as {
      custom_id?: string;
      label?: string;
      options?: { label: string; value: string; description?: string }[];
    }[]) {
      if ((component.custom_id ?? '').length > L.customId) problems.push('custom id');
      if ((component.label ?? '').length > L.label) problems.push(`label of ${component.label?.length}`);
      const options = component.options ?? [];
      if (options.length > L.selectOptions) problems.push('select options');
      for (const o of options)
        if ([o.label, o.value, o.description ?? ''].some((t) => t.length > L.optionText)) problems.push('option text');
    }
  }
  return problems;
}
