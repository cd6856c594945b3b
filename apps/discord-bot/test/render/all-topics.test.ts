import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES, loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { renderAnswer } from '../../src/render/render-result.js';
import { renderDigest } from '../../src/render/render-digest.js';
import { renderHelp } from '../../src/render/render-help.js';
import { modesDigest } from '../../src/commands/modes.js';
import { obligationsDigest } from '../../src/commands/obligations.js';
import { expectWithinDiscordLimits } from '../expect-within-discord-limits.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('every topic of the real knowledge', () => {
  it('renders within Discord embed limits for both audiences, with its clauses', () => {
    const topics = advisor.topics();
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      for (const audience of AUDIENCES) {
        const answer = advisor.topicAnswer(topic.id, audience);
        expect(answer, topic.id).toBeDefined();
        if (!answer) continue;
        const reply = renderAnswer(answer, audience, 1);
        expectWithinDiscordLimits(reply);
        const sources = reply.embeds[0]?.fields?.filter((field) => field.name.startsWith('Source: clause')) ?? [];
        expect(sources.length, topic.id).toBe(answer.citations.length);
      }
    }
  });

  it('fits the /modes and /obligations digests and the /help screen', () => {
    const modes = modesDigest(advisor);
    expect(modes.entries).toHaveLength(6);
    expectWithinDiscordLimits(renderDigest(modes));
    const obligations = obligationsDigest(advisor);
    expect(obligations.entries.map((entry) => entry.topic.id)).toContain('leave.injury-insurance');
    expectWithinDiscordLimits(renderDigest(obligations));
    expectWithinDiscordLimits(renderHelp(advisor.topics()));
  });
});
