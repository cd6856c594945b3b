import { describe, expect, it } from 'vitest';
import { asksTheirGains, gainingParty } from '../../src/understand/gaining-party.js';

describe('the side whose gains a question asks about', () => {
  it.each([
    ['what do schools usually want from cooperating with a company', 'teacher', 'school'],
    ['does the paper say the school benefits too?', 'enterprise', 'school'],
    ['what do companies want from vocational colleges', 'teacher', 'enterprise'],
    ['how could a teacher from the college help our company on the tech side', 'enterprise', 'enterprise'],
    ['how does a teacher part-timing at our company benefit us', 'enterprise', 'enterprise'],
    ["what's in it for firms like ours", 'enterprise', 'enterprise'],
    ['what do we gain by cooperating with a college', 'enterprise', 'enterprise'],
    ['what about us as the company, what are we meant to get', 'enterprise', 'enterprise'],
    ["ok but for a firm like ours, what's the upside", 'enterprise', 'enterprise'],
    ['and what do we as the firm get out of it?', 'enterprise', 'enterprise'],
    ['what does the paper say colleges hope to get out of working with firms?', 'teacher', 'school'],
    ["and what's in it for the teacher?", 'enterprise', 'teacher'],
    ['what do lecturers gain from part-time work in a company?', 'teacher', 'teacher'],
    ['what are schools after in cooperation?', 'enterprise', 'school'],
    // The gain named before the party.
    ['What benefits can we expect from taking on college teachers part-time?', 'enterprise', 'enterprise'],
    ['what real advantages do schools get from this?', 'teacher', 'school'],
    ['what is the company really looking for?', 'teacher', 'enterprise'],
    ['does the school get anything?', 'enterprise', 'school'],
    ['and do we gain anything out of it?', 'enterprise', 'enterprise'],
    ['would the college benefit too?', 'teacher', 'school'],
    ['what do the students get out of it?', 'enterprise', 'student'],
    ["what does the paper say we'd actually get out of having him?", 'enterprise', 'enterprise'],
    ['Does it actually benefit us in any real way or is it basically charity?', 'enterprise', 'enterprise'],
    ['and does the school get anything back out of it?', 'enterprise', 'school'],
    ['what would he actually bring us? management is skeptical tbh', 'enterprise', 'enterprise'],
    ['what does a part-time teacher bring to the college?', 'enterprise', 'school'],
    ["We're thinking of hosting a few college teachers part-time. What does our side get out of it?", 'enterprise', 'enterprise'],
    ['why should our company bother partnering with a vocational college at all?', 'enterprise', 'enterprise'],
    ['is it worth it for companies like ours to train students jointly?', 'teacher', 'enterprise'],
  ] as const)('reads "%s" (asked by a %s) as asking what the %s gains', (question, audience, party) => {
    expect(gainingParty(question, audience)).toBe(party);
  });

  it('reads nothing in a question about something else, or in "we" asked by a teacher', () => {
    expect(gainingParty('can I keep my pension if I leave my post?', 'teacher')).toBeUndefined();
    expect(gainingParty('what do we get out of it as teachers', 'teacher')).toBeUndefined();
    expect(gainingParty('does the school get a say?', 'enterprise')).toBeUndefined();
    expect(gainingParty('does the company get to pick the students?', 'enterprise')).toBeUndefined();
    // Why firms stay out asks about their reluctance, not what they would gain.
    expect(gainingParty('so why do so many firms not bother?', 'enterprise')).toBeUndefined();
  });

  it('reads "them" as a party it cannot name by itself: the other side of the conversation', () => {
    expect(asksTheirGains("and what's in it for them?")).toBe(true);
    expect(asksTheirGains('what do they get out of it')).toBe(true);
    expect(gainingParty("and what's in it for them?", 'enterprise')).toBeUndefined();
    expect(asksTheirGains("what's in it for colleges?")).toBe(false);
    expect(asksTheirGains('do they keep my pension?')).toBe(false);
  });
});
