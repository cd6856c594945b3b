import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type AskOutcome, type Services } from '../src/index.js';

let services: Services;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, rateLimit: { perMinute: 0 }, logger: silentLogger });
});
afterAll(() => services.close());

const answerOf = (outcome: AskOutcome) => (outcome.kind === 'result' && outcome.result.kind === 'answer' ? outcome.result : undefined);

/** Asks the questions in turn in one conversation, as a teacher. */
function converse(id: string, ...questions: string[]) {
  return converseAs('teacher', id, ...questions);
}

/** Asks the questions in turn in one conversation, as the given audience. */
function converseAs(audience: 'teacher' | 'enterprise', id: string, ...questions: string[]) {
  return questions.map((text) => answerOf(services.ask({ platform: 'console', userId: 'u', text, audience, conversationId: id })));
}

describe('conversations', () => {
  it('reads a question pointing back ("his company") that its own words place only unsurely on the conversation\'s subject', () => {
    const [, field] = converse(
      'pointing-unsure',
      'My colleague Wang wants to start a company while still teaching. Is that one of the options?',
      'does his company have to be in his field?',
    );
    expect([field?.verdict, field?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-5']]);
  });

  it('reads a follow-up its own words leave between two topics ("can i be a partner in one?") on the conversation\'s topic', () => {
    const [, partner] = converse('between-topics', 'what does the paper say about student startups', 'can i be a partner in one?');
    expect([partner?.verdict, partner?.citations.map((c) => c.clause)]).toEqual(['yes', ['4.6-1', '4.6-2']]);
  });

  it('reads "does the company get anything out of having me around?" after part-time work as what the firm gains (4.1-1)', () => {
    const [, , gains] = converse(
      'firm-gains',
      'a local sensor company asked if I would work for them part-time. Am I allowed to do that?',
      'so how would the part-time gig help my teaching, according to the paper?',
      'and does the company get anything out of having me around?',
    );
    expect([gains?.verdict, gains?.citations.map((c) => c.clause)]).toEqual(['yes', ['4.1-1']]);
  });

  it('reads "does that apply to everybody on leave or only some people?" as whom the rule just given reaches (3-15)', () => {
    const [, reach] = converse(
      'rule-reach',
      "if I get an excellent rating while off post, does it count in the school's quota?",
      'does that apply to everybody on leave or only some people?',
    );
    expect(reach?.citations.map((c) => c.clause)).toEqual(['3-15']);
  });

  it('reads "which one does it call the best mode…?" after the six modes as one of them chosen (4.1-2), not the list again', () => {
    const [, best] = converse(
      'choice-among-modes',
      'what are the six school-enterprise cooperation modes the paper lists?',
      "which one does it call the best mode for the actual flow of 'blood'?",
    );
    expect([best?.topic.id, best?.citations.map((c) => c.clause)]).toEqual(['modes.teachers-team', ['4.1-2']]);
  });

  it('answers "does it have to be in my own field?" after why part-time work helps teaching with its field condition (3-4)', () => {
    const [, field] = converse(
      'own-field',
      'why does the paper think part-time work in companies is good for my teaching?',
      'does it have to be in my own field?',
    );
    expect([field?.verdict, field?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-4']]);
  });

  it('keeps a follow-up that its own words give to another mode in the mode of the conversation', () => {
    const [, students] = converse(
      'mode-named',
      'How does the order-based training mode work for a teacher-run company?',
      "what's the benefit of it for the students themselves?",
    );
    expect(students?.citations.every((c) => c.clause.startsWith('4.5-'))).toBe(true);
  });

  it('answers "would I have to leave my post to do that?" after a start-up in post: no, it is run in post', () => {
    const [, leaving] = converse(
      'leaving-for-it',
      'I teach accounting. Could I run a bookkeeping software startup while keeping my teaching job?',
      'would I have to quit or leave my post to do that?',
    );
    expect([leaving?.verdict, leaving?.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
    // Naming leaving only to ask whether it is needed does not turn the conversation to leaving.
    const [, quitting] = converse(
      'leaving-for-part-time',
      "I'm a CS lecturer and a fintech firm offered me a part-time gig doing backend work. Is that allowed?",
      'do i need to quit teaching or go off post for that?',
    );
    expect([quitting?.verdict, quitting?.citations.map((c) => c.clause)]).toEqual(['no', ['3-4']]);
  });

  it('reads "that one" as the aspect the last question switched to, not the one it replaced', () => {
    const [, , injury] = converse(
      'that-one-too',
      "While I'm off post at my startup, where does my social insurance get paid?",
      'and work injury insurance?',
      'hold on, so the college pays that one too?',
    );
    expect([injury?.verdict, injury?.citations.map((c) => c.clause)]).toEqual(['no', ['3-11']]);
  });

  it('answers "what if…" of another case with whether the guidance allows it', () => {
    const [, other] = converse(
      'what-if-case',
      'I teach automation and a robot maker wants me part-time. What conditions apply to the company?',
      "what if it's a hotpot restaurant instead?",
    );
    expect([other?.verdict, other?.citations.map((c) => c.clause)]).toEqual(['no', ['3-4']]);
    const [, back] = converse(
      'what-if-back',
      "I've been on leave a year and want to end my contract with the college. Can I?",
      'hmm, what if I change my mind and want to return early after all?',
    );
    expect([back?.verdict, back?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-21']]);
    // A length past the limit put to taking a teacher back without a vacancy breaks the three years it is kept for.
    const [, longer] = converse(
      'what-if-longer',
      "if my post is filled while I'm away starting my company, can the school still take me back?",
      "and if I'd been away 4 years instead?",
    );
    expect([longer?.verdict, longer?.citations.map((c) => c.clause)]).toEqual(['no', ['3-22', '3-19']]);
    // A laugh before the case asks nothing of its own.
    const [, laughed] = converse(
      'what-if-laugh',
      'I teach accounting at a vocational college. Can I open a startup while keeping my teaching job?',
      'lol what if it is a bakery',
    );
    expect([laughed?.verdict, laughed?.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
  });

  it('reads what a question asks of the people just discussed ("do they have to stay…?") on the conversation\'s mode', () => {
    const [, stay] = converse(
      'people-subject',
      "What's the mass innovation, mass entrepreneurship mode?",
      'do they have to stay in the company for good?',
    );
    expect([stay?.verdict, stay?.citations.map((c) => c.clause)]).toEqual(['no', ['4.6-2']]);
  });

  it('reads "is there a fixed percentage in the rules though?" after the income split as a detail of it: not stated (3-18)', () => {
    const [, share] = converse(
      'detail-of-split',
      'who decides how the income is split between me, the school and the company?',
      'is there like a fixed percentage in the rules though?',
    );
    expect([share?.verdict, share?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-18']]);
  });

  it('reads "could I be an actual partner in it?" after the mass innovation mode as a partner\'s role there, not a partnership', () => {
    const [, partner, stuck] = converse(
      'partner-role',
      'A few of my students want to start their own app company. Is there a mode in the paper for that?',
      'could I be an actual partner in it, not just give advice?',
      "and once it's up and running, am I stuck in it?",
    );
    expect([partner?.verdict, stuck?.verdict]).toEqual(['yes', 'no']);
    expect(partner?.citations.map((c) => c.clause)).toContain('4.6-2');
    expect(stuck?.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('answers the same question of another way of taking part ("and if he leaves his post…?") from that way\'s facts', () => {
    const [field, leaving] = converseAs(
      'enterprise',
      'another-way',
      'A lecturer wants to work part-time with us. What field do we need to be in?',
      'and if he leaves his post to join us?',
    );
    expect(field?.citations.map((c) => c.clause)).toEqual(['3-4']);
    expect(leaving?.citations.map((c) => c.clause)).toEqual(['3-6']);
  });

  it('answers "what exactly are the conditions?" after why there are conditions with the conditions themselves', () => {
    const [why, conditions] = converse(
      'conditions-after-why',
      'why does the guidance put conditions on who gets to leave their post to start a business?',
      'ok what exactly are the conditions?',
    );
    expect(why?.citations.map((c) => c.clause)).toContain('3-7');
    expect(conditions?.citations.map((c) => c.clause)).toContain('3-6');
  });

  it('reads a case told and closed by a short follow-up ("…no research projects. so I basically can\'t?") in the conversation', () => {
    const [, , cannot] = converse(
      'told-case',
      'why does the guidance put conditions on who gets to leave their post to start a business?',
      'ok what exactly are the conditions?',
      "I'm in the humanities dept, no research projects to speak of. so I basically can't?",
    );
    expect(cannot?.citations.map((c) => c.clause)).toContain('3-6');
    expect(cannot?.verdict).not.toBeNull();
  });

  it('reads "…could I open a bubble tea shop then?" on the start-up in post just discussed: No (3-5)', () => {
    const [, , shop] = converse(
      'closing-then',
      'can I start a company while still teaching full time, i.e. without leaving my post?',
      'so it has to be related to what I teach?',
      'I teach accounting... could I open a bubble tea shop then?',
    );
    expect([shop?.verdict, shop?.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
  });

  it('reads fields told of another teacher on the part-time work just discussed, not on a start-up in post: No (3-4)', () => {
    const [, other] = converseAs(
      'enterprise',
      'fields-told',
      "Hello, we're a small RFID hardware company. A lecturer from the local vocational college wants to work part-time with us. " +
        'Is that allowed?',
      "actually it's a different guy now — he teaches accounting, and his college only runs business and finance majors. " +
        'our work is chip and antenna design. still fine?',
    );
    expect([other?.verdict, other?.citations.map((c) => c.clause)]).toEqual(['no', ['3-4']]);
  });

  it('reads "skip the part-time thing and just start my own company" after part-time work as a start-up in post (3-5)', () => {
    const [, own] = converse(
      'skip-part-time',
      'I teach IoT at a higher vocational college and a local RFID company asked me to help them out part-time. Am I allowed to do that?',
      'what if I skip the part-time thing and just start my own RFID company while keeping my teaching job?',
    );
    expect([own?.verdict, own?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-5']]);
  });

  it('answers "who pays the work injury insurance, me?" on leave with whether the asker pays it: No (3-11)', () => {
    const [, me] = converse(
      'guessed-party',
      'If I leave my post, could I join an existing tech firm instead of founding my own?',
      'and in that case who pays the work injury insurance, me?',
    );
    expect([me?.verdict, me?.citations.map((c) => c.clause)]).toEqual(['no', ['3-11']]);
  });

  it('answers a leave rule asked of the part-time work just discussed ("…while I\'m working there?"): not stated (3-11)', () => {
    const [, , there] = converse(
      'working-there',
      'Is it allowed for me to do part time work at a company while keeping my teaching job? I teach accounting.',
      'the firm is an accounting and tax services company, so pretty much my field. that fits right?',
      "cool. does my school then have to pay injury insurance for me while I'm working there?",
    );
    expect([there?.verdict, there?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-11']]);
  });

  it('answers "medical treatment handled the same way?" after the salary\'s not-stated verdict: Yes, the same rule (3-16)', () => {
    const [, , medical] = converse(
      'handled-alike',
      "What happens to my pay while I'm on leave starting a business? Who decides it?",
      'so do I keep my full salary or not??',
      'medical treatment handled the same way?',
    );
    expect([medical?.verdict, medical?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-16']]);
  });

  it('reads "do they actually have to be able to do the job?" after the teachers\' team mode as its competence rule (4.1-2)', () => {
    const [, able] = converseAs(
      'enterprise',
      'competence',
      "What's in it for our company if we take on college teachers part-time?",
      'do they actually have to be able to do the job tho?',
    );
    expect([able?.verdict, able?.citations.map((c) => c.clause)]).toEqual(['yes', ['4.1-2']]);
  });

  it('answers "does the 3-year limit apply to that too?" after a start-up in post: No, that limit is for leaving the post', () => {
    for (const follow of ['does the 3-year limit apply to that too?', 'does the three-year limit apply to me too then?']) {
      const [, limit] = converse(
        `limit-${follow.length}`,
        'Can I start a company while still teaching full-time? I teach mechatronics.',
        follow,
      );
      expect([limit?.verdict, limit?.citations.map((c) => c.clause)]).toEqual(['no', ['3-19']]);
      expect(limit?.text).toContain('not for a start-up while staying in post');
    }
  });

  it('answers "does the insurance stuff apply to me then?" after a start-up in post with the rule given for leaving the post', () => {
    const [, insurance] = converse(
      'insurance-in-post',
      'Can I start a company while still teaching full-time? I teach mechatronics.',
      'does the social insurance / injury insurance stuff apply to me then?',
    );
    expect([insurance?.verdict, insurance?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-10']]);
    expect(insurance?.text).toContain("doesn't say for a start-up while staying in post");
  });

  it('reads "…in there?" as pointing back at the problem just answered', () => {
    const [, , example] = converse(
      'in-there',
      'What are the main problems with school-enterprise cooperation according to this paper?',
      'which one of those is about laws?',
      'is there a real example in there?',
    );
    expect([example?.verdict, example?.citations.map((c) => c.clause)]).toEqual(['yes', ['2.2-2']]);
  });

  it('answers whether a rule of leaving the post holds for part-time work: the guidance does not say', () => {
    const [, injury] = converse(
      'leave-rule-part-time',
      'My colleague Zhang teaches accounting and does bookkeeping part-time for a small accounting firm. Is that within the rules?',
      'does the injury insurance rule apply to him too?',
    );
    expect([injury?.verdict, injury?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-11']]);
  });

  it('answers "what sort of business would qualify then?" after a way\'s condition with that condition (3-6)', () => {
    const [, kind] = converse(
      'kind-of-business',
      'I want to leave my post to open a cafe near campus. Is that covered by the off-post entrepreneurship policy?',
      'what sort of business would qualify then?',
    );
    expect(kind?.citations.map((c) => c.clause)).toEqual(['3-6']);
  });

  it('reads "his" in a question of its own as the person the conversation is about', () => {
    const [, injury] = converseAs(
      'enterprise',
      'his-part-time',
      'A lecturer at the local polytechnic teaches Internet of Things and wants to work with us part-time. Is that allowed?',
      'Would we have to pay his work injury insurance?',
    );
    // The injury-insurance rule is given for leaving the post; for part-time work the guidance does not say.
    expect([injury?.verdict, injury?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-11']]);
    // Naming whom "his" stands for, a question is its own.
    const [, named] = converseAs(
      'enterprise',
      'his-named',
      'A lecturer at the local polytechnic wants to work with us part-time. Is that allowed?',
      'If a lecturer leaves his post to join us, do we pay his work injury insurance?',
    );
    expect([named?.verdict, named?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-11']]);
  });

  it('answers a follow-up naming another way from that way, not from the one just discussed', () => {
    const [, leaving] = converse(
      'another-way',
      'My colleague Zhang teaches accounting and does bookkeeping part-time for a small accounting firm. Is that within the rules?',
      'ok what if he goes further and leaves his post to open his own accounting firm?',
    );
    expect([leaving?.topic.id, leaving?.citations.map((c) => c.clause)]).toEqual(['ways.leave-post', ['3-6']]);
  });

  it('reads "in that one" after a mode was named as that mode', () => {
    const [, role] = converse(
      'that-one',
      'which cooperation mode is about students starting their own businesses',
      'and what would my role be in that one?',
    );
    expect(role?.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('answers "is it the school?" after a "who" question by whether the school does it, not with a yes to the party named', () => {
    const asked = 'If I take leave to start a company, who pays my work injury insurance?';
    const [, school] = converse('party-check', asked, 'is it the school?');
    expect([school?.verdict, school?.citations.map((c) => c.clause)]).toEqual(['no', ['3-11']]);
    expect(converse('party-check-not', asked, 'so not the college then?')[1]?.verdict).toBe('no');
    const [, us] = converseAs(
      'enterprise',
      'party-check-us',
      'If a lecturer on leave works for us, who pays his work injury insurance?',
      'us?',
    );
    expect(us?.verdict).toBe('yes');
  });

  it.each([
    ['can I leave my post to start a company?', 'for how long?', '3-19'],
    // Where what a teacher on leave keeps is written down: the post-leaving agreement.
    ['Who decides my salary while I am off post starting a company?', 'and where is that going to be put in writing for me?', '3-17'],
    // "and later?" asks what comes next in what was just said: teachers may stay in or leave a student start-up.
    ["can I mentor my students' start-up?", 'and later?', '4.6-2'],
    // A teaching role asked of the teacher who runs the company, within the order-based mode just explained.
    ['what is order-based training?', 'and must the teacher stay involved with the college while running the firm?', '4.5-1'],
    ['what is order-based training?', 'does the teacher who runs the company need any teaching experience?', '4.5-1'],
    [
      'from what year does a teacher-run company start picking students?',
      'and do the teacher founders still need to do stuff for the school',
      '4.5-1',
    ],
    ['which mode involves picking students from second year?', 'Do the teachers in that one stay tied to the school?', '4.5-1'],
    ['what is order-based training?', 'do I still have to do anything for the school while running the company in this mode?', '4.5-1'],
    // "any condition…?" after one way of taking part asks that way's condition.
    ['can I start a company while still teaching full time?', 'any condition on what kind?', '3-5'],
    ['Can I run a company while still teaching full-time?', 'any restriction on what the company does?', '3-5'],
    ['what is order-based training?', 'who picks the students?', '4.5-2'],
    // What the students gain, after a mode's whole text: that mode's gain for them, not the student start-up mode.
    [
      "I'm in HR at a company set up by a lecturer. How does the order-based training in this paper work?",
      'what do the students get out of it?',
      '4.5-3',
    ],
    ['what does the enterprise want from cooperation?', 'and the school?', '2-3'],
    // "why?" asks the reason of what the answer just given says, not why the guidance was issued: the 70% figure is the
    // result of what its clause says before it (theory first, little targeted practice: "which leads to…"); the
    // teacher-founded firm's edge comes with its own reason.
    ['what share of vocational graduates fail internship requirements?', 'why?', '2.4-3'],
    ['do teacher-founded firms have an edge when signing with the college?', 'why is that?', '4-5'],
    // "why bother …that early?" asks the reason of what was just said, not about returning early.
    ['from which grade can a teacher-run company start picking students?', 'why bother starting that early?', '4.5-3'],
    ['can I come back early from my leave?', 'what if there is no vacancy?', '3-22'],
    // A start-up that flops sends the teacher back early, not to the three-year limit.
    ['how long can the college keep my personnel relationship if I leave to start a company?', 'and if it flops after a year?', '3-21'],
    ['what must the leave agreement contain?', 'does the company sign it?', '3-18'],
    // Where one's own arrangement is "written down" is the post-leaving agreement.
    ["will the school keep paying my salary while I'm off post?", 'so where would my own arrangement actually be written down?', '3-17'],
    ["does the school keep paying my salary while I'm off post?", 'ugh. so where do I actually get that pinned down?', '3-17'],
    // Too short to judge alone ("not covered", but unsure): read with the question before.
    ['can I end my employment contract with the college while on leave?', 'do they have to accept that?', '3-20'],
    // A short question ending on a verb without its object asks it of what was just asked about.
    ["can I terminate my contract with the school while I'm on start-up leave?", 'does the school get to say no?', '3-20'],
    // A follow-up turning to another party asks about that party's part: the income agreement with the enterprise.
    ['what do i have to agree with the school before leaving my post', 'and with the company?', '3-18'],
    // Too short to name a subject of its own: more about the fact just given.
    ['can i start a company without leaving my post', 'any conditions?', '3-5'],
    ['and who pays my pension insurance while I am off post?', 'so who pays that?', '3-10'],
    ['what is the Lou Gaoming case in the paper', 'which university?', '3-9'],
    // The enterprise's side of the matter when the previous answer's facts were not about the enterprise.
    ['what does the leave agreement with my school have to include', 'and for enterprises?', '3-18'],
    ['who handles my pension contributions when I leave the post', 'and what about the company side, what do they pay?', '3-11'],
    // A follow-up to a section is read against the section's facts: its example is the bankruptcy case.
    ['what problems does section 2.2 describe', 'any example?', '2.2-2'],
    // …and a follow-up to an answer from a small section prefers that section ("any example?" of the legal problems).
    ['what about the legal side of school-enterprise cooperation', 'any example?', '2.2-2'],
    // The other party's gains after one party's: "and the college?" after what companies want.
    ['what do companies usually want from cooperating with a vocational college', 'and the college?', '2-3'],
    ['can i return to my college before my leave is over', 'what if my post is gone?', '3-22'],
    // A follow-up pointing at one of the previous answer's facts by its place.
    ['summarise the fourth treatment point for me', 'who signs the second one?', '3-18'],
    // A fragment naming no situation may be answered from a topic of the same small section the classifier missed.
    ['why is it hard to make training bases work?', 'so how does a teacher startup fix that', '4.3-3'],
    // "…do better?" is better than the catch just described: that mode's remedy.
    ['in the talent training programme mode, why are enterprise partners a problem?', 'how does a teacher-run company do better?', '4.4-3'],
    [
      'Our programme was co-designed with a company that vanished after a year. ' +
        "What does the paper say about enterprises' role in programme design?",
      'would having a teacher-founded company as the partner be any better?',
      '4.4-3',
    ],
    // The other party's gains have a topic of their own.
    ['what does a college want out of working with companies', 'and for enterprises?', '2-2'],
    // A follow-up on an aspect of its own borrows only the subject ("it" = the guidance), not the previous answer.
    ['who issued the guidance?', 'and who is it for?', '3-2'],
    // …while "how long?" after a question on leaving the post is still the three years, which that fact states.
    ['may I leave my post for a while to run a tech startup?', 'how long?', '3-19'],
    // "who's it for" is the same question in other words.
    ['which department issued the guidance?', "who's it for?", '3-2'],
    // "afterwards" points back: after the mass innovation section, going back is the teacher's choice there.
    ['explain section 4.6', 'can a teacher return afterwards', '4.6-2'],
    // "the example" of the problem just named.
    ['which of the problems is about the lack of laws', 'tell me the example', '2.2-2'],
    // "the money side" of the agreements is the income agreement.
    ['what goes into the leave agreement?', 'and the money side?', '3-18'],
    // A catch or a downside is always of what was just said: the demand the conclusion puts on teachers.
    ['What does the paper conclude overall?', 'any catch for the teacher?', '5-4'],
    ['What does the paper conclude overall?', 'any downside mentioned for teachers?', '5-4'],
    // "them" after what the enterprise gains: the college's side.
    ['what do companies want from cooperating with a college?', "and what's in it for them?", '2-3'],
    // A follow-up naming a situation of its own is not read in the previous question's situation.
    ['does a company I start while keeping my teaching job have to be in my field?', 'same rule for the leaving-my-post case?', '3-6'],
    // "those needs" points back, but what happens when they are not met is a fact of a topic of its own.
    ['what does the paper say schools want out of working with companies?', "what happens when those needs aren't met?", '2-4'],
    // "why is that useful?" asks the reason of what was just said, like a bare "why?".
    ['can a teacher come in as a partner in a student start-up?', 'why is that useful?', '4.6-2'],
    // "in what role?": a question word after a preposition asks about what was just said too.
    ['a few of my students are founding a start-up; does the paper let teachers help them?', 'in what role?', '4.6-2'],
    // A question asking only for "the example" is asked of what was just discussed, even in ten words.
    ['what is wrong with the legal side of school-enterprise cooperation?', 'can you give me the example the paper uses?', '2.2-2'],
    // "whats the number" after a question about a figure the paper gives: that figure (more than 70%).
    ["is it true most voc grads aren't ready for their internships? I heard some crazy number", 'whats the number', '2.4-3'],
    // "why do they restrict it like that?" after a condition: the purpose of the conditions.
    ['what kind of company am I allowed to found if I leave my post?', 'why do they restrict it like that?', '3-7'],
    ['what kind of company am I allowed to found if I leave my post?', 'why does the ministry think that is?', '3-7'],
    // "how does the teacher-startup idea help?" after a mode's problem asks that mode's remedy, not the general benefits.
    ["what's going wrong with training bases?", 'how does the teacher-startup idea help?', '4.3-3'],
    ['why do co-built training bases end up barely used?', 'how would the entrepreneurial-teacher version work instead?', '4.3-3'],
    // "what alternative do they propose?" after a mode's catch: that mode's remedy.
    [
      'We are revising our talent training programme with a training company that charges students fees. Does the paper discuss that?',
      'what alternative do they propose?',
      '4.4-3',
    ],
    // A question naming no mode of its own, which the classifier alone gives to another mode, stays on the mode discussed.
    ['what does the training base model look like', 'from which year do students start?', '4.3-3'],
    // "can you expand on the legal one": a request for more, put plainly, of one of the problems just listed.
    ['According to this paper, why is school-enterprise cooperation so shaky?', 'can you expand on the legal one', '2.2-1'],
    // The other side's gain that the answer just given states (the enterprise giving back to the school) stays its answer.
    [
      'What does my company get out of having college teachers work part-time with us?',
      'and does the school get anything back from it?',
      '4.1-3',
    ],
  ])('reads "%s" then "%s" in context, citing %s', (first, followUp, clause) => {
    const [, second] = converse(`${first}|${followUp}`, first, followUp);
    expect(second?.citations.map((c) => c.clause)).toContain(clause);
  });

  it.each([
    // "which part is on us exactly?": of the facts just given, the one the asker's side does.
    [
      'A lecturer is going to take leave from her college and work for our startup full-time. Do we have to cover all her insurance?',
      'which part is on us exactly?',
      ['3-11'],
    ],
    // A message whose first question follows up ("the second one? …") is read in the conversation.
    [
      'What cooperation models does the paper suggest for a manufacturer like us?',
      'the second one? what would that mean for us',
      ['4.2-1', '4.2-2'],
    ],
    // "them" after what we gain: the college's own needs, not what both sides need.
    ['what do we gain by cooperating with a college', "and what's in it for them?", ['2-3']],
    // "when that happens" points back at the withdrawal just explained; the school's needs are only a guess of its own words.
    [
      'Why do so many companies like ours end up pulling out of school partnerships?',
      'and what does the school lose when that happens?',
      ['2.2-2'],
    ],
    // After a whole mode's text, "it" is that mode: what we gain from it is in its own section, not what firms want in general.
    [
      "What's the teaching resources co-construction mode from a company's point of view?",
      'and what do we get out of it?',
      ['4.2-1', '4.2-2'],
    ],
    // After a teacher working part-time, what the paper says we get is what that mode gives the enterprise: profit growth
    // and staff who learn from the teacher (4.1-1), and the profit from his achievements (4.1-3).
    [
      "We're thinking of taking on a college teacher part-time. What field does our business need to be in?",
      'what does the paper say we get out of it?',
      ['4.1-1', '4.1-3'],
    ],
    // "hurt the college" is a harm done to the college, not an injury at work.
    ['Can a firm pull out of a cooperation with a college whenever it likes?', 'would that hurt the college?', ['2.2-1']],
    // A follow-up whose own reading is unsure is read with the question before it.
    [
      'Can a lecturer from the local college work part-time for us?',
      "alright. does our line of business have to match his college's though?",
      ['3-4'],
    ],
    // "has that gone wrong for anyone?" after the lack of laws asks for the paper's case.
    [
      "We're considering a three-year order-class deal with a college. If the college backs out halfway, what legal protection do we have?",
      'Has that actually gone wrong for anyone?',
      ['2.2-2'],
    ],
    // Being good at the actual job is the competence the teachers-team mode asks.
    [
      "We're a logistics software company. Could a teacher from the local vocational college work part-time with us?",
      'and do they need to be good at the actual job or is it more of an advisory role?',
      ['4.1-2'],
    ],
  ])('reads "%s" then "%s" as an enterprise, citing exactly %j', (first, followUp, clauses) => {
    const [, second] = converseAs('enterprise', `${first}|${followUp}`, first, followUp);
    expect(second?.citations.map((c) => c.clause)).toEqual(clauses);
  });

  it('answers "has anyone pulled this off?" with the example the same section of the paper gives, not a worst case', () => {
    const [, example] = converse(
      'example-same-section',
      'Why does the guidance put conditions on the type of business at all? feels a bit restrictive tbh',
      'has anyone actually pulled this off?',
    );
    expect(example?.citations.map((c) => c.clause)).toEqual(['3-9']);
  });

  it("answers what a part-time teacher brings either side from the teachers' team mode, after what he brings the firm", () => {
    const [, brings, college] = converseAs(
      'enterprise',
      'part-time-gains-both',
      "We're a mid-size logistics software firm. A lecturer who teaches logistics informatics has helped us before. " +
        'Can we bring him on part-time?',
      'what would he actually bring us? management is skeptical tbh',
      "and what's in it for the college, why would they agree?",
    );
    expect(brings?.topic.id).toBe('modes.teachers-team');
    expect(brings?.parts).toBeUndefined();
    expect(college?.citations.map((c) => c.clause)).toContain('4.1-3');
  });

  it("answers what a teacher working part-time brings an enterprise from the teachers' team mode, not from what firms want", () => {
    const [, gains] = converseAs(
      'enterprise',
      'part-time-gains',
      'Can a lecturer from the automation department work with our automation firm part-time?',
      "and what's in it for us?",
    );
    const clauses = gains?.citations.map((c) => c.clause);
    expect(clauses).toContain('4.1-1');
    expect(clauses).not.toContain('2-2');
  });

  it('reads what the enterprise gains from "him" or "it" after a teacher\'s part-time work in that conversation (4.1)', () => {
    for (const gainsAsked of [
      "Fair. What does the paper say we'd actually get out of having him?",
      'Does it actually benefit us in any real way?',
    ]) {
      const [, gains] = converseAs(
        'enterprise',
        `gains-${gainsAsked}`,
        "We're a logistics software company. A lecturer from the local polytechnic would like to work part-time with us. Is that allowed?",
        gainsAsked,
      );
      expect(gains?.citations.map((c) => c.clause)).toContain('4.1-1');
    }
  });

  it('answers "does that apply to her too?" of a leave rule, asked of another way, as not stated, even of one "not off post"', () => {
    const [, partTime] = converse(
      'excellent-part-time',
      "If I'm off post running a startup and get rated excellent, does that eat one of my colleagues' excellent slots?",
      "does that apply to my colleague too? she isn't off post, she just works part time at a company",
    );
    expect([partTime?.verdict, partTime?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-15', '3-4']]);
    const [, inPost] = converse(
      'excellent-in-post',
      "If I'm off post running a startup and get rated excellent, does that eat one of my colleagues' excellent slots?",
      'does that apply to people doing in-post startups too?',
    );
    expect(inPost?.verdict).toBe('not-stated');
  });

  it('reads "does the school get a say?" as a say in what was just answered: No, the school ends the contract on request', () => {
    const [, , say] = converse(
      'a-say',
      'Can I come back early from off-post entrepreneurship?',
      "what if I'd rather just quit instead",
      'does the school get a say?',
    );
    expect([say?.verdict, say?.citations.map((c) => c.clause)]).toEqual(['no', ['3-20']]);
  });

  it('answers "and leaving completely?" after the conditions of two ways with the condition of leaving the post', () => {
    const [, inPost, leaving] = converse(
      'another-case',
      'what are the conditions if I want to do part-time work at a company',
      'and if I start my own while still teaching?',
      'and leaving completely?',
    );
    expect(inPost?.citations.map((c) => c.clause)).toEqual(['3-5']);
    expect(leaving?.citations.map((c) => c.clause)).toEqual(['3-6']);
    const [, , quits] = converseAs(
      'enterprise',
      'another-case-enterprise',
      "We've got a lecturer working part-time for us. Does our business field have to match anything?",
      "What if he starts his own company while he's still teaching?",
      'and if he quits his post entirely to do it?',
    );
    expect(quits?.citations.map((c) => c.clause)).toEqual(['3-6']);
  });

  it('answers "what\'s the number?" from the fact giving the figure, and "why?" from the reason for it', () => {
    const [, number, why] = converse(
      'the-number',
      "is it true most voc grads aren't ready for their internships? I heard some crazy number",
      'whats the number',
      'why does the paper think that is?',
    );
    expect(number?.citations.map((c) => c.clause)).toEqual(['2.4-3']);
    expect(number?.text).toMatch(/70%/);
    // The clause giving the figure says what leads to it: colleges putting theory first.
    expect(why?.citations.map((c) => c.clause)).toEqual(['2.4-3']);
    expect(why?.text).toMatch(/theory first/);
  });

  it('reads "who ends up fixing it?" after the example of a partner walking away as who is left with it: the school', () => {
    const [, , third] = converse(
      'aftermath',
      'why do schools and companies walk away from cooperation so easily?',
      'give me an example',
      'who ends up fixing it?',
    );
    expect(third?.citations.map((c) => c.clause)).toEqual(['2.2-2']);
  });

  it('reads a short question pointing back at a person ("do we pay his injury insurance then?") in the conversation', () => {
    const [, , third] = converseAs(
      'enterprise',
      'his-insurance',
      'can a college lecturer work part time at our firm',
      'how many days a week?',
      'do we pay his injury insurance then?',
    );
    // The injury insurance rule is for teachers who left their post; of a part-timer the guidance says nothing.
    expect(third?.verdict).toBe('not-stated');
  });

  it('reads "what if neither gets what they want?" after what each side wants as the conflicts it leads to', () => {
    const [, , third] = converse(
      'neither-side',
      'What do enterprises usually hope to get out of school-enterprise cooperation?',
      'and the school side?',
      'what happens if neither gets what they want?',
    );
    expect(third?.citations.map((c) => c.clause)).toContain('2-4');
  });

  it('reads "give me the example case" as the example of the problem just named, not another section\'s case', () => {
    const [, , third] = converse(
      'example-case',
      'what are the main problems with school enterprise cooperation',
      "which one's about laws",
      'give me the example case',
    );
    expect(third?.citations.map((c) => c.clause)).toEqual(['2.2-2']);
  });

  it("answers a teacher asking what the company pays in the teacher's words, not the enterprise's", () => {
    const [, second] = converse('wording', 'who pays my pension while I am off post?', 'and what does the company pay?');
    expect(second?.citations.map((c) => c.clause)).toContain('3-11');
    expect(second?.text).toMatch(/\byou work for\b/);
    expect(second?.text).not.toMatch(/^Your enterprise\b/);
  });

  it('reads a fragment after a yes/no question as asking whether the same holds ("and rewards?")', () => {
    const [, second] = converse('rewards', 'does my school keep running my training while I am off post?', 'and my rewards?');
    expect(second?.verdict).toBe('yes');
    expect(second?.citations.map((c) => c.clause)).toContain('3-13');
  });

  it('reads a fragment after a follow-up that was itself read as yes/no as yes/no too', () => {
    const [, , third] = converse(
      'chain',
      'can staff at a provincial research institute use this guidance',
      "and people at other places, like a museum's tech team?",
      'what about hospital doctors',
    );
    expect(third?.verdict).toBe('yes');
    expect(third?.citations.map((c) => c.clause)).toContain('3-2');
  });

  it.each([
    // Whether the agreement just described covers a matter it lists (ownership of achievements): yes.
    [
      'my dean says I need to sign some agreement before I leave to start my business. what is that about?',
      'does it cover who owns the patents I develop?',
      'yes',
      '3-17',
    ],
    // After a yes/no question, "training too?" asks whether the same holds.
    ['does the school keep evaluating me while im off post', 'training too?', 'yes', '3-13'],
    // "how much?" / "for how long?" of the fact just given: the guidance names no amount, and no period for the excess.
    ['who pays the injury insurance of a teacher on startup leave?', 'how much?', 'not-stated', '3-11'],
    ['what happens if i come back and my post has been filled?', 'for how long?', 'not-stated', '3-22'],
    ["what happens if i come back and there's no slot for me?", 'how long does absorbing it take?', 'not-stated', '3-22'],
    ['how long may I stay away from the college?', 'ok and if I want to come back sooner?', 'yes', '3-21'],
    // "X too?" asks whether what was said holds of one more thing, even after a question of which.
    ["Which parts of my college's management system still apply to me while I'm off post?", 'so the annual assessment too?', 'yes', '3-13'],
    ['why are so many firms unwilling to cooperate with colleges?', 'same for smaller companies?', 'yes', '2.3-4'],
    // "same rule for …?" of another route: that route's own rule answers, so it is not the same.
    [
      'I want to start a company while I keep teaching. does it have to be in my field?',
      'same rule for the leaving-my-post case?',
      'no',
      '3-6',
    ],
    // "same deal, the school?": whether that party does it, not whether the same rule holds.
    [
      'if I go off-post to do a startup, who handles my social insurance?',
      'and work injury insurance? same deal, the school?',
      'no',
      '3-11',
    ],
    // Read alone surely on the conversation's topic, a follow-up keeps it rather than drift to a neighbouring one.
    [
      'what actually goes into the post-leaving agreement with the school?',
      'so who owns the patents my startup develops?',
      'not-stated',
      '3-17',
    ],
    // "…, same deal?" of a case the follow-up names itself: whether that case is allowed, by its own route's rule.
    [
      'I teach IoT and RFID and I also work part time at an RFID company. Is that allowed?',
      'ok and if I start my own RFID company while still teaching, same deal?',
      'yes',
      '3-5',
    ],
    // "full leave" is a leave, not a full staffing quota.
    [
      "I'm starting a company while staying in my teaching job. Any requirement?",
      "same for my colleague who's taking full leave to do his?",
      'no',
      '3-6',
    ],
    // "same?" of a thing another party does: not the same (the school keeps the social insurance, the firm pays injury).
    ['Who pays my social insurance if I leave my post to found a company?', 'and work injury insurance? same?', 'no', '3-11'],
    // A start-up named without its way, in a conversation on starting one in post, is that way's; another case of it
    // ("what if instead it's…") is set against the field named before.
    [
      'I want to start a company while keeping my teaching job. What conditions apply?',
      'I teach accounting - could my company be a bubble tea shop?',
      'no',
      '3-5',
    ],
    [
      'I teach accounting and want to start a company while staying in my post. could it be a bubble tea shop?',
      "ok what if instead it's bookkeeping software for small shops?",
      'yes',
      '3-5',
    ],
    // A business "nothing to do with" the field, after part-time work, is a case of the part-time field rule.
    [
      'I teach computer networking. Am I allowed to take a part-time job at a network services company?',
      'would it still be fine if the company was a real estate agency, nothing to do with IT?',
      'no',
      '3-4',
    ],
    // "part of it": a party to the leave agreement, which the enterprise is not (it signs the income one).
    ['what has to be written in the post-leaving agreement', 'is the company part of it?', 'no', '3-17'],
    ['what goes into the post-leaving agreement?', 'is the company part of that one?', 'no', '3-17'],
    // "it" is what the conversation is about (co-training), set against the market the fact says costs much more.
    [
      'what does the paper say companies like ours get from co-training talent with colleges?',
      'is it cheaper than hiring on the open market?',
      'yes',
      '2.3-5',
    ],
    // "it" is the agreement just answered, not the income agreement whose example reads alike ("does the company sign…").
    ['what does the leaving agreement with the school have to include?', 'does the company sign it too?', 'no', '3-17'],
    // A detail told after a yes/no question, or asked as a statement, asks that question again of it.
    [
      'I teach mechanics. Can I run a small company while I keep teaching?',
      "it'd be a flower shop, nothing to do with mechanics",
      'no',
      '3-5',
    ],
    ['can I start a company on the side while teaching?', 'it has to relate to what I teach?', 'yes', '3-5'],
    // A detail told without a question mark, after a question of what is allowed, asks whether it qualifies.
    [
      "I'd like to do some part-time consulting for a company on top of teaching. Can it be any company I like?",
      'its an auto parts maker, I teach automotive engineering',
      'yes',
      '3-4',
    ],
    [
      'what kind of company am I allowed to found if I leave my post?',
      "it'd be a software company doing RFID tracking for warehouses",
      'yes',
      '3-6',
    ],
    // "does that include…?" of another topic's fact: what was just said does not include it.
    [
      "I'm planning to leave my post for a while to set up a company. Do I still stay in social insurance during that time?",
      'does that include injury insurance?',
      'no',
      '3-11',
    ],
    ['who is the guidance mainly for?', 'does it cover research institutes too?', 'yes', '3-2'],
    // A template or a number asked of what was just said: the guidance gives no template, and the paper's figure is 70%.
    ['what goes in the post-leaving agreement?', 'is there a template for it somewhere?', 'not-stated', '3-17'],
    // A bare thing after a yes/no question asks whether the same holds of it.
    ['does the company I found while on leave pay my pension?', 'work injury?', 'yes', '3-11'],
    // A housing allowance is pay the departments set; "allowance" is not "allowed".
    ['will the school keep paying my salary if I go off post to run my start-up?', 'housing allowance?', 'not-stated', '3-16'],
    // Telling the college is a procedure the guidance does not set.
    [
      "I'm a lecturer in e-commerce. I'd like to help a local online retailer part-time. Is that ok?",
      'do I need to tell my college?',
      'not-stated',
      '3-4',
    ],
    // A rule of leaving the post asked of another way of taking part: the guidance gives it for leaving alone.
    [
      'Can results from my start-up be used in my title application?',
      'and if I only do a part-time job at a company instead?',
      'not-stated',
      '3-14',
    ],
    ['Does my start-up pay my social insurance?', 'same for a colleague who just works part-time at a firm?', 'not-stated', '3-4'],
    [
      'I want to start a company while keeping my teaching job. Does it have to relate to my major?',
      'do I keep my social insurance at the school in that case?',
      'not-stated',
      '3-10',
    ],
    // Another business put in place of the one just judged: its field against the teacher's, the one set aside left out.
    [
      'I teach IoT and an RFID company asked me to work part-time for them. allowed?',
      'what if the company sold cosmetics instead?',
      'no',
      '3-4',
    ],
    [
      'I teach mechatronics. A robotics firm asked if I could work for them part-time. Is that allowed?',
      'what if it was a real estate developer instead of the robotics firm?',
      'no',
      '3-4',
    ],
    // A business "nothing to do with my job" is no innovation, whatever "my job" alone would name.
    [
      "I'm technical staff at a training centre. Does the guidance cover me?",
      'could i use it to open a bakery lol? nothing to do with my job',
      'no',
      '3-3',
    ],
    // Halfway through the leave is time spent, not a length asked: leaving for good then ends the contract.
    [
      'How long can I be off post to run my startup?',
      "Halfway through my off-post period I'm thinking of leaving the college for good. Can I do that?",
      'yes',
      '3-20',
    ],
    // Results "used in teaching" are the teaching resources the mode forms.
    ['How does the teaching-resources mode test a teacher’s technology?', 'and can the result later be used in teaching?', 'yes', '4.2-2'],
    // A business told after the guidance's scope is judged by the kind of business the guidance covers (3-3).
    [
      'my wife is a technician at a public hospital. does it apply to her too?',
      'she wants to open a flower shop. would that count?',
      'no',
      '3-3',
    ],
    // A word turning the fact just given, in a follow-up the classifier alone would decline.
    ['Can I quit the college for good during my off-post leave?', 'can the school refuse and make me stay?', 'no', '3-20'],
    // Another way put as a case after leaving the post asks whether that way may be taken, by its own condition.
    [
      'I teach accounting. Could I leave my post for two years to open a bookkeeping software firm?',
      'hmm. what if I keep teaching and run it on the side instead?',
      'yes',
      '3-5',
    ],
    // A rule of leaving asked of the start-up beside the job just discussed, pointed at: not stated for that way.
    [
      'I want to keep teaching and run a bookkeeping software company on the side. OK?',
      'would that side business count toward my title evaluation?',
      'not-stated',
      '3-14',
    ],
  ])('reads "%s" then "%s" as answered %s, citing %s', (first, followUp, verdict, clause) => {
    const [, second] = converse(`${first}|${followUp}`, first, followUp);
    expect(second?.verdict).toBe(verdict);
    expect(second?.citations.map((c) => c.clause)).toContain(clause);
  });

  it('stays in the mode just explained when a question naming none reads alone as the general case', () => {
    const [, , third] = converse(
      'mode-kept',
      "what's the order based training model",
      'when does it start with the students?',
      'does the teacher keep any link with the school at all',
    );
    expect(third?.topic.id).toBe('modes.order-based');
  });

  it('keeps the way of taking part a conversation is about across a turn about something else', () => {
    const [first, second, third] = converse(
      'way-kept',
      'I teach IoT at a vocational college. If I keep my job and start a company on the side, can it be in whatever field I want?',
      'ok so an RFID inventory startup would be fine?',
      'do I keep my social insurance at the school in that case?',
    );
    expect(first?.citations.map((c) => c.clause)).toContain('3-5');
    expect(second?.citations.map((c) => c.clause)).not.toContain('3-10');
    expect(third?.verdict).toBe('not-stated');
    expect(third?.citations.map((c) => c.clause)).toContain('3-10');
    expect(third?.text).toMatch(/doesn.t say for a start-up while staying in post/);
  });

  it('reads "and the teacher?" after what the enterprise gains as what the teacher gains, in the enterprise\'s words', () => {
    const [, second] = converseAs(
      'enterprise',
      'teacher-gains',
      'what do we gain from having a teacher work part-time with us?',
      'and the teacher?',
    );
    expect(second?.citations.map((c) => c.clause)).toContain('4.1-2');
    expect(second?.text).not.toMatch(/\byou work part-time\b/);
  });

  it('answers "and for people who leave the post entirely?" from the facts of leaving, not of the way asked before', () => {
    const [, , third] = converse(
      'leave-entirely',
      'What sort of business is a teacher allowed to start while still keeping the teaching job?',
      'same for part-time work?',
      'and for people who leave the post entirely?',
    );
    expect(third?.citations.map((c) => c.clause)).toContain('3-6');
  });

  it('reads a short second question pointing back ("…? we pay it?") with what the first was answered with', () => {
    const [, second] = converseAs(
      'enterprise',
      'we-pay-it',
      'who pays work injury insurance for teachers on start-up leave?',
      "so that's us then? we pay it?",
    );
    expect(second?.verdict).toBe('yes');
    expect(second?.parts?.every((part) => part.citations.some((c) => c.clause === '3-11'))).toBe(true);
  });

  it('reads "same for …?" after an answer of who or what as whether that answer holds too, by the same fact', () => {
    const [, , third] = converse(
      'same-fact',
      'do I keep my pay while I am off post?',
      'so who sets it?',
      'and is that the same for my medical cover?',
    );
    expect(third?.verdict).toBe('yes');
    expect(third?.citations.map((c) => c.clause)).toContain('3-16');
  });

  it('keeps the doer of the question before for a fragment that only names something else ("and her pension?")', () => {
    const ask = (text: string) => converseAs('enterprise', 'doer', text)[0];
    expect(ask('does our firm pay the injury insurance of the lecturer on leave with us?')?.verdict).toBe('yes');
    const pension = ask('and his pension?');
    expect(pension?.verdict).toBe('no');
    expect(pension?.citations.map((c) => c.clause)).toContain('3-10');
  });

  it('reads a longer question that points at the mode just discussed ("in this mode", "…help with that?") in that mode', () => {
    const [, second] = converse(
      'this-mode',
      'what is the order-based training mode?',
      'do teachers keep any duties at their college in this mode?',
    );
    expect(second?.citations.length).toBeGreaterThan(0);
    expect(second?.citations.every((c) => c.clause.startsWith('4.5-'))).toBe(true);
    const [, , third] = converse(
      'with-that',
      'what is the co-built training base mode?',
      'why is it so hard?',
      'how can a teacher-run company help with that?',
    );
    expect(third?.citations.map((c) => c.clause)).toContain('4.3-3');
  });

  it('reads "the second?", "third?" and "the last one?" after an item of a list as the items of that list', () => {
    const [, second, third, last] = converse(
      'items',
      "What's the first point of treatment for teachers who leave their post to start a business?",
      'the second?',
      'third?',
      'and the last one?',
    );
    expect(second?.citations.map((c) => c.clause)).toContain('3-13');
    expect(third?.citations.map((c) => c.clause)).toEqual(['3-16']);
    expect(last?.citations.map((c) => c.clause)).toContain('3-19');
  });

  it('answers "which one is about salary?" after the whole list of treatment with the item on that aspect', () => {
    const [list, salary, injury] = converse(
      'which-item',
      'what are the points of treatment?',
      'which one is about salary?',
      'which of them covers injury insurance?',
    );
    expect(list?.topic.id).toBe('leave.treatment-overview');
    expect(salary?.citations.map((c) => c.clause)).toEqual(['3-16']);
    expect(injury?.citations.map((c) => c.clause)).toEqual(['3-11']);
  });

  it('reads a short who/what question in the knowledge\'s words as asking on ("who does the testing?"), not one outside them', () => {
    const [, testing] = converse('testing', "What's the point of the teaching resources co-construction mode?", 'who does the testing?');
    expect(testing?.citations.map((c) => c.clause)).toEqual(['4.2-1']);
    const [, raining, snorkelling] = converse('outside', 'who issued the guidance?', 'is it raining?', 'who does the snorkelling?');
    expect(raining).toBeUndefined();
    expect(snorkelling).toBeUndefined();
  });

  it('reads a longer question declined on its own ("once the thing is up and running…?") in the conversation', () => {
    const [, away] = converse(
      'declined-longer',
      "Can I take part in my students' startup as a mentor?",
      'once the thing is up and running properly do I have to step away?',
    );
    expect([away?.verdict, away?.citations.map((c) => c.clause)]).toEqual(['no', ['4.6-2']]);
    // However long the declined question is.
    const [, nursing] = converseAs(
      'enterprise',
      'declined-long',
      'We are a logistics software company. A lecturer from the logistics department of a polytechnic wants to work ' +
        'part-time with us. Is that allowed?',
      'What if the person came from a nursing school attached to a hospital instead — nothing to do with software or logistics?',
    );
    expect([nursing?.verdict, nursing?.citations.map((c) => c.clause)]).toEqual(['no', ['3-4']]);
  });

  it('answers "who wrote the paper?" after a mode from the paper itself, not from the mode', () => {
    const [, source] = converseAs(
      'enterprise',
      'paper-after-mode',
      "We're testing a product built on a lecturer's research. How does the paper see our role in that?",
      'Who wrote the paper?',
    );
    expect(source?.citations.map((c) => c.clause)).toContain('6-1');
  });

  it('reads a follow-up after words said in passing ("nice. what about…?") as the follow-up itself', () => {
    const [, quota] = converse(
      'in-passing',
      "I'm off post starting a company. Does my title evaluation continue?",
      "nice. what about the yearly appraisal - if I get excellent does that eat into the department's quota?",
    );
    expect([quota?.verdict, quota?.citations.map((c) => c.clause)]).toEqual(['no', ['3-15']]);
  });

  it('keeps a start-up in post when a later turn only names the business ("the company would be a bubble tea shop")', () => {
    const [, tea, software] = converse(
      'in-post-business',
      'Can I start a company while keeping my teaching post?',
      'my major is accounting, the company would be a bubble tea shop lol',
      "fine. what if it's a bookkeeping software startup for small shops instead?",
    );
    expect([tea?.verdict, tea?.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
    expect([software?.verdict, software?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-5']]);
  });

  it('keeps a start-up in post when a later turn only tells the fields ("…the company would be a coffee shop")', () => {
    const [, coffee, software] = converse(
      'in-post-fields-told',
      'Can I start a company while still teaching full-time? Not leaving my post.',
      'I teach accounting, the company would be a coffee shop with my cousin',
      "ok what if it's a bookkeeping software startup instead?",
    );
    expect([coffee?.verdict, coffee?.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
    expect([software?.verdict, software?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-5']]);
  });

  it('asks the question before again with what a follow-up concedes ("even though…?", "even if…?")', () => {
    const [, teaching, , fiveYears] = converse(
      'concession',
      'will my startup work count toward my professional title?',
      "Even though I won't be doing any teaching for like 2 years?",
      "Is my personnel relationship kept while I'm off post?",
      'even if I stay away five years?',
    );
    expect([teaching?.verdict, teaching?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-14']]);
    expect([fiveYears?.verdict, fiveYears?.citations.map((c) => c.clause)]).toEqual(['no', ['3-19']]);
  });

  it("answers \"once it's up and running do I have to step out?\" after joining students' company with the teacher's choice", () => {
    const [, leave, stuck] = converse(
      'up-and-running',
      'A few of my students want to start their own company. Am I allowed to get involved?',
      'once their company is up and running do I have to step out?',
      "once it's off the ground, am I stuck in it?",
    );
    expect([leave?.verdict, leave?.citations.map((c) => c.clause)]).toEqual(['no', ['4.6-2']]);
    expect([stuck?.verdict, stuck?.citations.map((c) => c.clause)]).toEqual(['no', ['4.6-2']]);
  });

  it('reads "what does that actually get us?" after hosting a part-time teacher as what the enterprise gains', () => {
    const [, gain] = converseAs(
      'enterprise',
      'get-us',
      'Can we bring in a teacher from the local polytechnic on a part-time basis?',
      'what does that actually get us, honestly?',
    );
    expect(gain?.citations.map((c) => c.clause)).toContain('4.1-1');
  });

  it('says the paper gives no details of what the professor of its case did with his company', () => {
    const [, what, detail] = converse(
      'case-company',
      "who's the professor the paper mentions as a case in the policy section?",
      'what did his company actually do?',
      'Does it go into detail about what his company actually did?',
    );
    expect([what?.verdict, what?.citations.map((c) => c.clause)]).toEqual(['not-stated', ['3-9']]);
    expect([detail?.verdict, detail?.citations.map((c) => c.clause)]).toEqual(['no', ['3-9']]);
  });

  it('answers "is there even a spot for me?" after an old position was filled with the school\'s leeway to exceed its staffing', () => {
    const [, spot] = converse(
      'spot-filled',
      "I've been off post for 2 years and honestly want to go back to teaching. can I?",
      'my old position has been filled though. is there even a spot for me?',
    );
    expect([spot?.verdict, spot?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-22']]);
  });

  it('does not answer an unrelated short question from the previous topic', () => {
    const [, second] = converse('capital', 'how long can I keep my personnel relationship?', 'what is the capital of France?');
    expect(second).toBeUndefined();
  });

  it('does not read a follow-up about a subject the knowledge never speaks of with the previous topic', () => {
    const [, second] = converse('weather', 'can I come back early from my leave?', 'is it going to rain then?');
    expect(second).toBeUndefined();
  });
});
