import {
  buildBlockActions,
  buildEventCallback,
  buildSlashCommand,
  SLACK_TEST_IDS,
  type RecordedCall,
  type SlackRequestSender,
} from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

interface RecordedView {
  private_metadata?: string;
  blocks: { type: string; accessory?: { action_id: string; value: string } }[];
}

const viewOf = (call: RecordedCall | undefined): RecordedView => call?.body.view as RecordedView;

describe('eligibility check modal (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
  });
  afterEach(() => h.close());

  /** Clicks the choice with this id in the modal as Slack last showed it, and returns the updated view. */
  async function choose(view: RecordedView, choiceId: string): Promise<RecordedView> {
    const choice = view.blocks.find((b) => b.accessory?.value === choiceId)?.accessory;
    if (choice === undefined) throw new Error(`no choice ${choiceId} in ${JSON.stringify(view.blocks)}`);
    const privateMetadata = view.private_metadata ?? '';
    await h.sender.interaction(
      buildBlockActions({
        actionId: choice.action_id,
        value: choice.value,
        responseUrl: h.api.responseUrl(),
        view: { id: 'V0CHECK', type: 'modal', privateMetadata },
      }),
    );
    const update = h.api.callsTo('views.update').at(-1);
    expect(update?.body.view_id).toBe('V0CHECK');
    return viewOf(update);
  }

  it('opens from /cobridge check and walks one question at a time to an eligible verdict with its clauses', async () => {
    await h.sender.command(buildSlashCommand({ text: 'check', responseUrl: h.api.responseUrl() }));
    const [open] = h.api.callsTo('views.open');
    expect(open?.body).toMatchObject({ trigger_id: 'trigger.1', view: { type: 'modal', private_metadata: '{"answers":{},"lang":"en"}' } });
    expect(visible(open?.body ?? {})).toContain('Which of these describes you?');

    const way = await choose(viewOf(open), 'research-staff');
    expect(JSON.parse(way.private_metadata ?? '')).toEqual({ answers: { person: 'research-staff' }, lang: 'en' });
    const condition = await choose(way, 'leave-post');
    expect(JSON.stringify(condition)).toContain('scientific and technological enterprise');
    const verdict = await choose(condition, 'yes');
    expect(JSON.stringify(verdict)).toContain('Eligible under the guidance');
    expect(JSON.stringify(verdict)).toContain('clause 3-2*');
    expect(JSON.stringify(verdict)).toContain('clause 3-6*');
    expect(h.api.responses).toEqual([]);
  });

  it('ends in "it depends" on the condition a teacher is not sure about, and starts again on request', async () => {
    await h.sender.command(buildSlashCommand({ text: 'check', responseUrl: h.api.responseUrl() }));
    const way = await choose(viewOf(h.api.callsTo('views.open')[0]), 'other-public-staff');
    const verdict = await choose(await choose(way, 'in-post-company'), 'not-sure');
    expect(JSON.stringify(verdict)).toContain('It depends on whether the company');
    expect(JSON.stringify(verdict)).toContain('clause 3-5*');

    await h.sender.interaction(
      buildBlockActions({
        actionId: 'check_restart',
        value: 'restart',
        responseUrl: h.api.responseUrl(),
        view: { id: 'V0CHECK', type: 'modal' },
      }),
    );
    expect(visible(h.api.callsTo('views.update').at(-1)?.body ?? {})).toContain('Which of these describes you?');
  });

  it('starts again, saying why, when the saved answers were tampered with', async () => {
    const privateMetadata = JSON.stringify({ answers: { person: 'astronaut' } });
    await h.sender.interaction(
      buildBlockActions({
        actionId: 'check_choice:0',
        value: 'yes',
        responseUrl: h.api.responseUrl(),
        view: { id: 'V0CHECK', type: 'modal', privateMetadata },
      }),
    );
    const update = h.api.callsTo('views.update')[0];
    expect(visible(update?.body ?? {})).toContain('is not a choice of question');
    expect(viewOf(update).private_metadata).toBe('{"answers":{},"lang":"en"}');
  });

  it('offers the check under the answer to "can I leave my job to start a company?" and opens it from there', async () => {
    const question = 'can I leave my job to start a company?';
    await h.sender.event(
      buildEventCallback({
        type: 'app_mention',
        user: SLACK_TEST_IDS.user,
        text: `<@${SLACK_TEST_IDS.botUser}> ${question}`,
        ts: '1700000500.000001',
        channel: SLACK_TEST_IDS.channel,
      }),
    );
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const offer = button(answer.blocks, 'check_open');
    expect(visible(answer)).toContain('Check my eligibility');
    const message = { type: 'message', ts: '1700000500.000002', thread_ts: '1700000500.000001', blocks: answer.blocks };
    await h.sender.interaction(
      buildBlockActions({ actionId: offer.action_id, value: offer.value, responseUrl: h.api.responseUrl(), message }),
    );
    const [open] = h.api.callsTo('views.open');
    expect(open?.body).toMatchObject({ trigger_id: expect.stringMatching(/^trigger\.\d+$/), view: { type: 'modal' } });
    expect(visible(open?.body ?? {})).toContain('Which of these describes you?');
  });

  it('runs the check in Chinese for a zh-CN user, in the modal’s language to the verdict', async () => {
    h.api.setUserLocale('U0ZHCN', 'zh-CN');
    await h.sender.command(buildSlashCommand({ text: 'check', userId: 'U0ZHCN', responseUrl: h.api.responseUrl() }));
    const [open] = h.api.callsTo('views.open');
    expect(visible(open?.body ?? {})).toContain('以下哪一项符合您的情况？');
    expect(JSON.parse(viewOf(open).private_metadata ?? '')).toEqual({ answers: {}, lang: 'zh' });
    const way = await choose(viewOf(open), 'research-staff');
    const condition = await choose(way, 'part-time');
    expect(JSON.stringify(condition)).toContain('企业的业务领域与您所在单位的领域相近吗？');
    const verdict = JSON.stringify(await choose(condition, 'no'));
    expect(verdict).toContain('按照指导意见，不符合条件');
    expect(verdict).toContain('引用：第 3 节，第 3-4 条（原文为英文）');
    expect(verdict).not.toContain('Your answers');
  });
});
