import { describe, expect, it } from 'vitest';
import { parseCustomId, pickMenuId, topicButtonId, voteButtonId } from '../src/custom-ids.js';

describe('custom ids', () => {
  it('round-trips topic, vote and pick ids', () => {
    expect(parseCustomId(topicButtonId('leave.injury-insurance', 'teacher'))).toEqual({ kind: 'topic', topicId: 'leave.injury-insurance', audience: 'teacher' });
    expect(parseCustomId(voteButtonId('down', 42))).toEqual({ kind: 'vote', vote: 'down', recordId: 42 });
    expect(parseCustomId(pickMenuId('enterprise'))).toEqual({ kind: 'pick', audience: 'enterprise' });
  });

  it.each(['', 'topic', 'topic:x:leave.a', 'topic:e:../etc', 'vote:up:abc', 'vote:sideways:1', 'pick:e:extra', 'other:1'])(
    'rejects %j',
    (id) => {
      expect(parseCustomId(id)).toBeUndefined();
    },
  );
});
