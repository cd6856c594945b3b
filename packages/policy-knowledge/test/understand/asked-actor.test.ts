import { describe, expect, it } from 'vitest';
import { askedActor, claimActor } from '../../src/understand/asked-actor.js';

describe('askedActor', () => {
  it.each([
    ['does the school pay my injury insurance?', 'teacher', 'school'],
    ['do we have to pay his injury insurance?', 'enterprise', 'enterprise'],
    ['do we owe their social insurance?', 'enterprise', 'enterprise'],
    ['does the college still fund his pension?', 'enterprise', 'school'],
    ['do I have to pay my own injury insurance?', 'teacher', 'teacher'],
    ['do we run his title evaluation?', 'enterprise', 'enterprise'],
    ["The teacher who's with us on leave - do we carry out his annual assessment?", 'enterprise', 'enterprise'],
    ['is my injury insurance paid by the school while I am away?', 'teacher', 'school'],
    ['will his pension stay with the company?', 'enterprise', 'enterprise'],
    ['is the college the one paying my injury insurance while I run my startup?', 'teacher', 'school'],
    // A cleft sentence singles out its doer.
    ['is it the college that pays work injury insurance for teachers who left to start companies', 'teacher', 'school'],
    ['is my social insurance still handled through my college while I am off post?', 'teacher', 'school'],
    // The party something is had from.
    ['do I get my injury insurance through the company I found while on leave?', 'teacher', 'enterprise'],
    ['does he receive his pension from the college while he works with us?', 'enterprise', 'school'],
    ['离岗期间我的工伤险是学校给交吗', 'teacher', 'school'],
    // The party named as what something is, or whose it is.
    ['and the work injury insurance, is that the school as well?', 'teacher', 'school'],
    ["is my work injury insurance the school's too?", 'teacher', 'school'],
    ['is his pension on us too?', 'enterprise', 'enterprise'],
    ["and work-injury insurance, is that the school's job too?", 'teacher', 'school'],
    ['is that on the company then?', 'teacher', 'enterprise'],
    // The party checked after "same".
    ['and work injury insurance? same deal, the school?', 'teacher', 'school'],
    // The thing first, then whose it is.
    ["Is it true that my work injury insurance during off-post leave is the school's responsibility?", 'teacher', 'school'],
    // A statement asked as a question, and enrolling someone in a scheme.
    ['so the school covers the injury insurance too?', 'teacher', 'school'],
    ['and the college handles my injury insurance as well?', 'teacher', 'school'],
    ['and work injury insurance, same deal - the school covers it?', 'teacher', 'school'],
    ["We're taking on a teacher on leave. The school covers his work injury insurance, right?", 'enterprise', 'school'],
    ['If a lecturer on leave joins us, do we need to put him on our pension scheme?', 'enterprise', 'enterprise'],
  ] as const)('finds who does it in "%s"', (question, audience, actor) => {
    expect(askedActor(question, audience)).toBe(actor);
  });

  it.each([
    ['do I keep my pension?', 'teacher'],
    ['do we need to sign anything?', 'teacher'],
    ['is the guidance from the ministry?', 'teacher'],
    ['is it the same for the school?', 'teacher'],
    ['is that true for the company too?', 'teacher'],
    ['the school covers the injury insurance.', 'teacher'],
    // A person who stays with a company holds nothing there.
    ["if I'd rather quit the college and stay with my company, is that possible?", 'teacher'],
  ] as const)('finds no doer in "%s" (keeping is not doing; "we" is a teacher group here)', (question, audience) => {
    expect(askedActor(question, audience)).toBeUndefined();
  });
});

describe('claimActor', () => {
  it('reads the party that opens a statement as its doer', () => {
    expect(claimActor('my college keeps my social insurance', 'teacher')).toBe('school');
    expect(claimActor('and pays my injury insurance too', 'teacher')).toBeUndefined();
    // Being answerable for it is doing it, "be" and all.
    expect(claimActor("So we're on the hook for both her work-injury insurance", 'enterprise')).toBe('enterprise');
    expect(claimActor('the school is responsible for my pension', 'teacher')).toBe('school');
  });

  it('does not make the teacher the doer of what the teacher keeps', () => {
    expect(claimActor('I keep my training and rewards from the school', 'teacher')).toBeUndefined();
    expect(claimActor('I pay my own injury insurance', 'teacher')).toBe('teacher');
  });
});
