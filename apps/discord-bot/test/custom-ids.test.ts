import { describe, expect, it } from 'vitest';
import {
  checkAnswerId,
  checkStartId,
  needsButtonId,
  needsMenuId,
  parseCustomId,
  pickMenuId,
  situationButtonId,
  situationMenuId,
  termButtonId,
  termMenuId,
  withLang,
  timelineButtonId,
  topicButtonId,
  voteButtonId,
} from '../src/custom-ids.js';

describe('custom ids', () => {
  it('round-trips topic, vote and pick ids', () => {
    expect(parseCustomId(topicButtonId('leave.injury-insurance', 'teacher'))).toEqual({
      kind: 'topic',
      topicId: 'leave.injury-insurance',
      audience: 'teacher',
    });
    expect(parseCustomId(voteButtonId('down', 42))).toEqual({ kind: 'vote', vote: 'down', recordId: 42 });
    expect(parseCustomId(pickMenuId('enterprise'))).toEqual({ kind: 'pick', audience: 'enterprise' });
  });

  it('round-trips the feature ids', () => {
    expect(parseCustomId(checkStartId())).toEqual({ kind: 'check-start' });
    expect(parseCustomId(checkAnswerId('1..0.', 2))).toEqual({ kind: 'check', code: '1..0.', choice: 2 });
    expect(parseCustomId(timelineButtonId('2025-09-01'))).toEqual({ kind: 'timeline', date: '2025-09-01' });
    expect(parseCustomId(timelineButtonId())).toEqual({ kind: 'timeline' });
    expect(parseCustomId(needsButtonId([0, 3, 5]))).toEqual({ kind: 'needs', indexes: [0, 3, 5] });
    expect(parseCustomId(needsMenuId())).toEqual({ kind: 'needs-menu' });
    expect(parseCustomId(situationButtonId('hiring-post-leaver'))).toEqual({ kind: 'situation', situationId: 'hiring-post-leaver' });
    expect(parseCustomId(situationMenuId())).toEqual({ kind: 'situation-menu' });
    expect(parseCustomId(termButtonId('total-staffing'))).toEqual({ kind: 'term', termId: 'total-staffing' });
    expect(parseCustomId(termMenuId())).toEqual({ kind: 'term-menu' });
  });

  it.each([
    '',
    'topic',
    'topic:x:leave.a',
    'topic:e:../etc',
    'vote:up:abc',
    'vote:sideways:1',
    'pick:e:extra',
    'other:1',
    'chk',
    'chk:start:1',
    'chk:1a..:0',
    'chk:1..:12',
    'chk:1..',
    'tl:',
    'tl:tomorrow',
    'tl:2025-09-01:x',
    'fm:',
    'fm:a.b',
    'fm:1:2',
    'ob:',
    'ob:../x',
    'ob:Hiring',
    'gl:a:b',
    'gl:%20',
  ])('rejects %j', (id) => {
    expect(parseCustomId(id)).toBeUndefined();
  });
});

describe('the language a feature component carries', () => {
  it('marks only Chinese ids, and reads the mark back with the action', () => {
    expect(withLang('fm:0.1', 'en')).toBe('fm:0.1');
    expect(withLang('fm:0.1', 'zh')).toBe('zh/fm:0.1');
    expect(parseCustomId('zh/fm:0.1')).toEqual({ kind: 'needs', indexes: [0, 1], lang: 'zh' });
    expect(parseCustomId('zh/chk:1..:2')).toEqual({ kind: 'check', code: '1..', choice: 2, lang: 'zh' });
    expect(parseCustomId('fm:0.1')).toEqual({ kind: 'needs', indexes: [0, 1] });
    expect(parseCustomId('zh/nope')).toBeUndefined();
    expect(parseCustomId('en/fm:0.1')).toBeUndefined();
  });
});
