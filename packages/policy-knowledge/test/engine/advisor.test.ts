import { beforeAll, describe, expect, it } from 'vitest';
import { answerSections, loadAdvisor, loadEvalSet, type Advisor, type AnswerResult } from '../../src/index.js';
import { NEAREST_PASSAGE, SAME_PASSAGE } from '../../src/engine/combine-parts.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

const answered = (question: string, audience?: 'teacher' | 'enterprise'): AnswerResult => {
  const result = advisor.ask(question, audience ? { audience } : {});
  if (result.kind !== 'answer') throw new Error(`expected an answer to "${question}", got ${result.kind}: ${result.text}`);
  return result;
};

describe('advisor.ask', () => {
  it.each([
    ['do I keep my pension if I leave to start a company?', 'leave.social-insurance', '3-10'],
    ['if we hire a lecturer on leave, who pays his injury insurance?', 'leave.injury-insurance', '3-11'],
    ['how long can I keep my personnel relationship while I run my startup?', 'leave.three-years', '3-19'],
    ['can I return to my college before the leave ends?', 'leave.return-early', '3-21'],
    ['what are the six cooperation modes?', 'modes.overview', '4-6'],
    ['what does an enterprise want from cooperating with a college?', 'needs.enterprise', '2-2'],
    // What becomes of the students when a partner goes bankrupt: the paper's case (the school is left to sort it out).
    ['if we go bankrupt partway through a cooperation, what happens to the students?', 'problems.no-laws', '2.2-2'],
    // How part-time work in industry helps a teacher's teaching: the paper's RFID example.
    ["how does a teacher's part-time work in industry feed back into their teaching?", 'entrepreneurship.benefits', '4-3'],
    // The guidance's name is given where its issuer is.
    ['what is the guidance called?', 'guidance.issuer', '3-1'],
    // A base "barely used" is the training base mode's problem, not its remedy.
    ['The lab our firm co-built with a college is barely used. Why do such bases often not work?', 'modes.training-base', '4.3-2'],
    [
      'Our department built a shiny training lab but nobody uses it properly. Does the paper talk about this?',
      'modes.training-base',
      '4.3-2',
    ],
    // "what approach does the paper suggest" asks its remedy, even of a base left idle.
    [
      'We want to put the training base to real use instead of letting it sit idle. What approach does the paper suggest?',
      'modes.training-base',
      '4.3-3',
    ],
    // Whom the guidance covers, asked with the ministry's name, is its scope.
    ['Who does the MOHRSS guidance on innovation and entrepreneurship apply to?', 'guidance.scope', '3-2'],
    // A side's "wish list" is what it wants from cooperation.
    ["what's on the school's wish list?", 'needs.school', '2-3'],
    // What a company "gets out of" cooperation is what the paper finds it gains (2.3-3), not only what it wants (2-2).
    [
      'What does a company like ours get out of cooperating with a vocational college in the long run?',
      'problems.unbalanced-interests',
      '2.3-3',
    ],
    // A mode's "timeline" is told by the students' school years (4.3-3).
    ['what is the timeline in the training base mode?', 'modes.training-base', '4.3-3'],
    // What happens once the enterprise finds flaws: they are fixed and become teaching resources (4.2-2).
    ['what happens if the company finds flaws in my research results?', 'modes.teaching-resources', '4.2-2'],
    // What would make a partnership last: the needs of both sides met (2-1).
    ["Two of our college partnerships fell apart. What would make one last, in the paper's view?", 'needs.mutual', '2-1'],
    // Enterprises as "bad partners" for the talent programme: what the paper finds wrong with their part in it.
    ['Why are enterprises bad partners when it comes to drawing up the talent training programme?', 'modes.training-programme', '4.4-1'],
    // "my treatment" while off post is the whole of it, the five points; "my pay" is the salary.
    ["what will my treatment be while I'm off post?", 'leave.treatment-overview', '3-19'],
    ["does my pay continue while I'm off-post?", 'leave.salary-medical', '3-16'],
    // What teachers gain, in the summary, includes their stronger industry and social identity.
    ['what does the summary say teachers themselves gain from this?', 'summary.conclusions', '5-3'],
  ])('answers "%s" with %s citing clause %s', (question, topic, clause) => {
    const result = answered(question);
    expect(result.topic.id).toBe(topic);
    expect(result.citations.map((c) => c.clause)).toContain(clause);
    expect(result.citations[0]?.quote.length).toBeGreaterThan(20);
    expect(result.knowledgeVersion).toBe(advisor.version);
  });

  it('answers a thing asked for in the plural ("what agreements…?") with each fact that names it, across topics', () => {
    const result = answered('what agreements do I have to sign before leaving?');
    expect(result.citations.map((c) => c.clause)).toEqual(['3-17', '3-18']);
    expect(answered('what does the post-leaving agreement cover?').citations.map((c) => c.clause)).toEqual(['3-17']);
  });

  it('answers what a part-time teacher picks up in the enterprise from the technology they learn there (4.1-2)', () => {
    const question = 'When a teacher works part-time in an enterprise, what does the paper say they pick up there?';
    expect(answered(question).citations.map((c) => c.clause)).toEqual(['4.1-2']);
  });

  it('answers the point of the conditions from why the guidance sets them (3-7), whatever condition is named', () => {
    for (const question of [
      "What's the point of all those rules about the company being in a similar field / related to your major?",
      "What's the point of the conditions on the three ways of taking part?",
      'why are there conditions at all?',
      'why does the guidance put conditions on the three ways at all?',
    ])
      expect(answered(question).citations.map((c) => c.clause)).toContain('3-7');
  });

  it('answers a question that only locates itself in a section from that section, not with the whole section', () => {
    expect(answered('which ministry issued the guidance described in section 3').citations.map((c) => c.clause)).toEqual(['3-1']);
    const issuer = answered("which ministry's guidance does section 3 summarise?").citations.map((c) => c.clause);
    expect(issuer).toContain('3-1');
    expect(issuer).not.toContain('3-10');
    expect(answered("what's the story with the company that went bankrupt in section 2").citations.map((c) => c.clause)).toContain('2.2-2');
    expect(answered('what does section 4.3 say?').citations.map((c) => c.clause)).toEqual(['4.3-1', '4.3-2', '4.3-3']);
    // One example a section tells is asked for alone.
    expect(answered("What's the RFID example in section 4 about?").citations.map((c) => c.clause)).toEqual(['4-3']);
    // A term quoted from the section is what is asked about.
    expect(answered("What's the 'swarm' bit in section 3 about?").citations.map((c) => c.clause)).toContain('3-7');
    // What a section says about one thing named, or one remark of it, is asked for alone.
    expect(answered('what does section 3 say about the swarm?').citations.map((c) => c.clause)).toContain('3-7');
    expect(answered("what's the point of the 'swarm' remark in section 3").citations.map((c) => c.clause)).toContain('3-7');
  });

  it.each([
    ['explain the 4.2 model to me like im new here', '4.2-'],
    ['tl;dr of section 2.2 pls', '2.2-'],
    ['walk me through section 3, i have no idea what it covers', '3-'],
  ])('answers "%s" from the section named, never from a topic outside it', (question, prefix) => {
    const clauses = answered(question).citations.map((c) => c.clause);
    expect(clauses.length).toBeGreaterThan(0);
    for (const clause of clauses) expect(clause.startsWith(prefix)).toBe(true);
  });

  it('answers the opening of a section from what it says ahead of its subsections, citing only what the answer tells', () => {
    const answer = answered('What does the opening of section 4 say, before it gets to the individual modes?');
    expect(answer.text).toMatch(/^The opening of section 4, “/);
    expect(answer.citations.map((c) => c.clause)).toEqual(['4-1', '4-2', '4-3']);
  });

  it('answers the closing part of a section from what it says after its subsections, and the whole section when it has none there', () => {
    const closing = answered('what does the last bit of section 2, right before section 3, say about what each side wants');
    expect(closing.text).toMatch(/^The closing part of section 2, “/);
    for (const clause of closing.citations.map((c) => c.clause)) expect(clause).toMatch(/^2-\d$/);
    expect(answered('what does the end of section 4 say?').text).toMatch(/^Section 4, “/);
  });

  it('answers a list named whole ("the three policy requirements") with the topic that sums it up, citing every item', () => {
    const answer = answered('what are the three policy requirements in section 3');
    expect(answer.citations.map((c) => c.clause)).toEqual(['3-4', '3-5', '3-6']);
    expect(answer.text).toMatch(/^“The policy requirements for the three ways of taking part”: /);
    expect(answer.text).toMatch(/similar/);
  });

  it('answers a question asking for the items of a list with the topic that lists them', () => {
    const result = answered('what problems does the paper see in cooperation between schools and firms?');
    expect(result.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['2.1-1', '2.2-1', '2.3-1', '2.4-1', '2.5-1']));
  });

  it('reads "the second one" after a list of problems as the second problem', () => {
    const context = { question: 'what problems does the paper see?', topicId: 'problems.overview', facts: [] };
    const result = advisor.ask('tell me more about the second one', { context });
    if (result.kind !== 'answer') throw new Error(result.kind);
    const clauses = result.citations.map((c) => c.clause);
    expect(clauses).toContain('2.2-1');
    expect(clauses.every((clause) => clause.startsWith('2.2-'))).toBe(true);
  });

  it('reads "which one does it call the best?" after the list of modes as the mode the paper calls best (4.1-2)', () => {
    const context = { question: 'what cooperation modes does the paper propose?', topicId: 'modes.overview', facts: [] };
    const result = advisor.ask('which one does it call the best?', { context });
    if (result.kind !== 'answer') throw new Error(result.kind);
    expect(result.citations.map((c) => c.clause)).toEqual(['4.1-2']);
  });

  it("answers how the teachers' team mode tests the teacher with the clause that says so (4.1-4)", () => {
    const both = answered("What does the teachers' team mode involve, and does the paper see it as a kind of test of the teacher?");
    expect(both.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.1-4']);
  });

  it('answers why partnerships keep falling apart with the five problems the paper finds', () => {
    expect(answered('why do so many school-enterprise partnerships fall apart?', 'enterprise').topic.id).toBe('problems.overview');
  });

  it('reads "my students want to start a company" as the mass innovation mode, where teachers join as partners (4.6-2)', () => {
    const result = answered('A couple of my final-year students want to start a drone mapping company. Can I get involved?');
    expect(result.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('reads a follow-up whose remembered facts are gone (a conversation kept across a knowledge reload) without throwing', () => {
    const context = { question: 'whats the number', topicId: 'gone.topic', facts: ['gone.fact'], type: 'what' as const };
    for (const followUp of ['why does the paper think that is?', 'and how long?', 'does that include injury insurance?', 'the second one?'])
      expect(['answer', 'unknown', 'clarify']).toContain(advisor.ask(followUp, { context }).kind);
  });

  it('answers "and their social insurance?" after "do we pay his injury insurance?" as asked of the enterprise: No', () => {
    const question = 'Do we need to pay injury insurance for an off-post teacher working at our company?';
    const first = answered(question, 'enterprise');
    const context = { question, topicId: first.topic.id, facts: first.facts, type: 'yes-no' as const };
    const result = advisor.ask('and their social insurance?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && [result.verdict, result.citations[0]?.clause]).toEqual(['no', '3-10']);
  });

  /** The answer to a follow-up asked right after a first question. */
  const followUp = (first: string, then: string, audience: 'teacher' | 'enterprise' = 'teacher') => {
    const answer = answered(first, audience);
    const context = { question: first, topicId: answer.topic.id, facts: answer.facts, type: 'what' as const };
    return advisor.ask(then, { audience, context });
  };
  const clausesOf = (result: ReturnType<typeof followUp>) => (result.kind === 'answer' ? result.citations.map((c) => c.clause) : []);

  it('reads "…, and if we do, do we pay his injury insurance?" on the way the part before named (part-time: not stated)', () => {
    const result = advisor.ask(
      'Can we take on a lecturer part-time if his department is in our field, and if we do, do we have to pay his injury insurance?',
      { audience: 'enterprise' },
    );
    expect(result.kind === 'answer' ? result.parts?.map((p) => p.verdict) : []).toEqual(['yes', 'not-stated']);
  });

  it('answers "what should happen next?" after a step the message tells with the step the paper tells next', () => {
    const result = advisor.ask("Our engineers found loopholes in a teacher's technology, what should happen next?", {
      audience: 'enterprise',
    });
    expect(clausesOf(result)).toEqual(['4.2-2']);
  });

  it('answers "so is the school paying that one too?" of the insurance just answered (3-11: No), not of the school\'s own facts', () => {
    const base = 'if I go off post to run my startup, who pays my work injury insurance?';
    const result = followUp(base, 'so is the school paying that one too?');
    expect([result.kind === 'answer' ? result.verdict : null, clausesOf(result)]).toEqual(['no', ['3-11']]);
  });

  it('reads "who runs the project group, the company or the teacher?" as offering both parties, not turning to one', () => {
    const base = 'In the training base mode, from which year do students start on real projects?';
    expect(clausesOf(followUp(base, 'and who actually runs the project group, the company or the teacher?'))).toEqual(['4.3-3']);
    expect(clausesOf(followUp(base, 'so who runs the project group — us or the teacher?', 'enterprise'))).toEqual(['4.3-3']);
  });

  it('answers how part-time work helps teaching with what the teacher learns there and brings back (4.1-2, 4-3)', () => {
    expect(clausesOf(advisor.ask('How does doing part-time work at a company help my teaching?'))).toEqual(['4.1-2', '4-3']);
  });

  it('answers what paperwork leaving the post involves with its agreements (3-17), not the condition of leaving', () => {
    expect(clausesOf(advisor.ask('What paperwork is involved if I leave my post to found a company?'))).toContain('3-17');
  });

  it('says the paper does not give what the professor of its case actually did with his company', () => {
    const base = 'who is the professor the paper uses as its case study?';
    for (const then of ['what did he actually do with his startup though?', 'what was his company called?']) {
      const result = followUp(base, then);
      expect(result.kind === 'answer' ? [result.verdict, clausesOf(result)] : [result.kind]).toEqual(['not-stated', ['3-9']]);
    }
  });

  it('answers why the conditions of a way are so strict with their purpose (3-7), not the condition again', () => {
    const condition = 'if I leave my post, what kind of business must I start?';
    expect(clausesOf(followUp(condition, 'why are the rules this tight anyway?'))).toEqual(['3-7']);
    expect(clausesOf(followUp(condition, 'why is the ministry so strict about this?'))).toEqual(['3-7']);
  });

  it("answers how teacher entrepreneurs would do better with the mode's own remedy (4.4-3), not the paper's general case", () => {
    const result = followUp(
      'why does the paper think talent training programmes co-built with companies often fall short?',
      'and how would entrepreneurial teachers make it better?',
    );
    expect(clausesOf(result)).toContain('4.4-3');
  });

  it("answers a training base's problem with the problem, and what the paper recommends with the remedy", () => {
    const problem = answered('Our training base is basically sitting unused. What does the paper say the problem with training bases is?');
    expect(clausesOf(problem)).toContain('4.3-2');
    expect(clausesOf(problem)).not.toContain('4.3-3');
    expect(clausesOf(answered('Which approach does the paper recommend for our dead training base?'))).toEqual(['4.3-3']);
  });

  it('answers "why would a teacher run that better?" and "how would working with a teacher help us there?" with the remedy', () => {
    const base =
      'our on-campus training base is kind of useless, the partner companies never give us real projects. what does the paper say?';
    expect(clausesOf(followUp(base, 'and why would a teacher run that better than a normal partner company?'))).toContain('4.3-3');
    // What it is compared with does not make the question too long to point back.
    expect(clausesOf(followUp(base, 'why would a teacher-run company do better there than a normal partner firm?'))).toContain('4.3-3');
    const programmes = 'why does the paper think talent training programmes co-built with companies often fall short?';
    expect(clausesOf(followUp(programmes, 'would a company run by one of their own teachers do any better?'))).toContain('4.4-3');
    expect(clausesOf(followUp(programmes, 'and why would an entrepreneurial teacher do it any better?'))).toContain('4.4-3');
    expect(clausesOf(followUp(programmes, 'And how are entrepreneurial teachers supposed to help with the programme?'))).toContain('4.4-3');
    expect(clausesOf(followUp(base, 'so why is the teacher-entrepreneur version supposedly better?'))).toContain('4.3-3');
    expect(clausesOf(followUp(base, 'how would the teacher-entrepreneur version work, timeline-wise?'))).toContain('4.3-3');
    expect(clausesOf(followUp(programmes, 'ok and how does having an entrepreneurial teacher help with the program?'))).toContain('4.4-3');
    expect(clausesOf(followUp(base, 'so how does the teacher-entrepreneur approach deal with that?'))).toContain('4.3-3');
    // Asked as yes or no in the same message, it is the remedy of the mode the part before named.
    const both = advisor.ask(
      'Why do co-built training bases so often fail to deliver, and would working through a teacher-run company help?',
    );
    expect(both.kind === 'answer' ? both.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)]) : []).toEqual([
      [null, ['4.3-1', '4.3-2']],
      ['yes', ['4.3-3']],
    ]);
    expect(clausesOf(followUp(programmes, 'so how would working with an entrepreneurial teacher help us there?', 'enterprise'))).toContain(
      '4.4-3',
    );
  });

  it('reads a later part judging what the part before described ("and is it working well?") with that part\'s facts', () => {
    const verdictsAndClauses = (question: string) => {
      const result = advisor.ask(question);
      return result.kind === 'answer' ? result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)]) : [];
    };
    expect(
      verdictsAndClauses('Has practice teaching in vocational colleges shifted toward practice? And is it actually working well?'),
    ).toEqual([
      ['yes', ['1-2']],
      ['no', ['1-2']],
    ]);
    expect(verdictsAndClauses('What does the paper say about the theory-practice ratio, and is the effect actually good?')?.[1]).toEqual([
      'no',
      ['1-2'],
    ]);
  });

  it('answers "and then what happens…?" in a mode with the step the paper tells next', () => {
    const result = followUp(
      "If we put a teacher's technical achievement to actual use in our production, what's our role in the teaching-resources mode?",
      'and then what happens with the results of that?',
      'enterprise',
    );
    expect(clausesOf(result)).toEqual(['4.2-2']);
  });

  it('reads "do the teachers involved need classroom experience?" in the order-based mode as its teaching-experience rule', () => {
    const result = followUp(
      "We'd like to run an order class with the college's entrepreneurial teachers. From which year can students be cultivated?",
      'do the teachers involved need classroom experience?',
      'enterprise',
    );
    expect(result.kind === 'answer' && [result.verdict, ...clausesOf(result)]).toEqual(['yes', '4.5-1']);
  });

  it('reads "can that material be used beyond one course?" as the jointly built resources reaching many courses (4.2-2)', () => {
    const result = followUp(
      "Under the teaching resources co-construction mode, how does a teacher's tech achievement end up as teaching material?",
      'can that material be used beyond one course?',
    );
    expect(result.kind === 'answer' && [result.verdict, ...clausesOf(result)]).toEqual(['yes', '4.2-2']);
  });

  it('answers "what are the enterprises hoping for?" with what enterprises want (2-2)', () => {
    expect(answered('what are the enterprises hoping for?').citations.map((c) => c.clause)).toEqual(['2-2']);
  });

  it('answers what a side gets out of cooperation with what it hopes for and, from another section, what it gains (2.3-3)', () => {
    const result = advisor.ask("What's in it for us, according to the paper, if we cooperate deeply with a vocational college?", {
      audience: 'enterprise',
    });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['2-2', '2.3-3']);
  });

  it("answers a mode's school years with the step that names them (4.3-3 in the training base, 4.5-2 in order-based training)", () => {
    const base = answered('In the training-base mode, what happens in year one and what happens in year three?');
    expect(base.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['4.3-3'], ['4.3-3']]);
    expect(clausesOf(answered('In the order-based mode, from which year do students get involved?'))).toContain('4.5-2');
  });

  it('answers what the training base standardises with its project group (4.3-3) and which firms gain with examples (2.3-2)', () => {
    expect(clausesOf(answered('In the training-base mode, what gets standardised?'))).toEqual(['4.3-3']);
    expect(clausesOf(answered('Does the paper say labour-intensive firms benefit more? Examples?'))).toContain('2.3-2');
  });

  it('reads "want back in before the period ends" as returning early: Yes', () => {
    const result = followUp(
      'If during my leave I decide I want to quit the college for good, can the school refuse to let me go?',
      'hmm and if I change my mind and want back in before the period ends?',
    );
    expect(result.kind === 'answer' && [result.verdict, ...clausesOf(result)]).toEqual(['yes', '3-21']);
  });

  it('keeps a follow-up naming no mode of its own on the mode just answered when the fact given is still its best', () => {
    const context = {
      question: 'what does the training base model look like',
      topicId: 'modes.training-base',
      facts: ['modes.training-base.real-projects'],
    };
    const result = advisor.ask('from which year do students start?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.topic.id).toBe('modes.training-base');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.3-3');
    // "students start" names the students' own start-ups only when they start something.
    expect(answered('can students start a company with a teacher as mentor?').citations.map((c) => c.section)).toContain('4.6');
  });

  it.each([
    ['what does clause 3-99 say?', 'The paper has no clause 3-99: section 3 has clauses 3-1 to 3-22.'],
    ['tell me about clause 9-1', 'The paper has no clause 9-1: its sections are 1 to 6.'],
    ['explain section 4.9', 'The paper has no section 4.9: section 4 has 4.1 to 4.6.'],
    ['what does section 12 say?', 'The paper has no section 12: its sections are 1 to 6.'],
  ])('says the paper has no such clause or section for "%s", and what it has instead', (question, text) => {
    const result = advisor.ask(question);
    expect(result).toMatchObject({ kind: 'unknown', reason: 'no-such-reference', text });
    expect(advisor.ask('what does clause 3-11 say?').kind).toBe('answer');
  });

  it.each([
    'what do we have to pay for a teacher on leave who works with us?',
    'what are we responsible for if a teacher on leave works with us?',
  ])('answers "%s" from what the enterprise does (injury insurance), not the whole treatment on leave', (question) => {
    expect(answered(question, 'enterprise').citations.map((c) => c.clause)).toEqual(['3-11']);
  });

  // What a teacher gains from part-time work is what that work brings the teacher alone (learning the industry's
  // technology, 4.1-2), not the firm's profit; what the firm gains is its profit and staff who learn (4.1-1).
  it.each([
    ['what do teachers gain from working part-time in a company?', 'teacher', '4.1-2'],
    ['What benefits can we expect from taking on college teachers part-time?', 'enterprise', '4.1-1'],
  ] as const)('answers "%s" (%s) with the gains of the side asked about (%s)', (question, audience, clause) => {
    expect(answered(question, audience).citations.map((c) => c.clause)).toContain(clause);
  });

  it('reads past a word that only acknowledges ("ok", "hi") before the question', () => {
    const question = 'ok say we get someone from the software dept instead, do we have to pay his social insurance?';
    expect(answered(question, 'enterprise').citations.map((c) => c.clause)).toContain('3-10');
  });

  it('does not read the words of a web address as the question', () => {
    expect(advisor.ask('https://example.com is this allowed?').kind).toBe('unknown');
    expect(advisor.ask('https://example.com can I keep my pension if I leave my post?')).toMatchObject({ kind: 'answer', verdict: 'yes' });
  });

  it('states the facts of the pension clause in the answer text', () => {
    expect(answered('do I keep my pension if I leave to start a company?').text).toMatch(/social insurance/i);
  });

  it('uses enterprise wording for enterprise contacts where the topic has it', () => {
    const teacher = answered('who pays work injury insurance for a teacher who left the post?', 'teacher');
    const enterprise = answered('who pays work injury insurance for a teacher who left the post?', 'enterprise');
    expect(enterprise.topic.id).toBe(teacher.topic.id);
    expect(enterprise.text).not.toBe(teacher.text);
  });

  // "raining" shares letters with "training": a guess on letters alone is no reason to answer about training bases.
  it.each(['what is the weather in Qingdao tomorrow?', 'how many weeks of maternity leave do I get?', 'tell me a joke', 'is it raining?'])(
    'declines "%s" honestly, offering nearest topics but no invented rule',
    (question) => {
      const result = advisor.ask(question);
      expect(result.kind).toBe('unknown');
      if (result.kind !== 'unknown') return;
      expect(result.text).toMatch(/I don't know/);
      expect(result.nearest.length).toBeLessThanOrEqual(3);
    },
  );

  // Taxes, visas and registering a company are nowhere in the paper: the topic the rest of the question names does not answer them.
  it.each([
    ['If I go off-post to start a company, how will my startup be taxed?', 'teacher'],
    ['What VAT rate would we pay on income from a training base we run jointly with a college?', 'enterprise'],
    ['How do I register my company with the market regulator?', 'teacher'],
    ['Does the guidance say anything about visas if my startup sends me abroad?', 'teacher'],
    // Student stipends and forecasts are nowhere in it either.
    ["Who pays the students' stipends in an order class?", 'enterprise'],
    ['Is school-enterprise cooperation expected to change in the next few years?', 'teacher'],
  ] as const)('says it does not know "%s", though the rest names a topic', (question, audience) => {
    expect(advisor.ask(question, { audience })).toMatchObject({ kind: 'unknown', reason: 'out-of-scope' });
  });

  it('still answers the tax breaks a company hopes for from cooperation: the paper finds no clear financial support', () => {
    expect(answered('Do we get any tax incentive for cooperating with colleges?', 'enterprise').citations.length).toBeGreaterThan(0);
  });

  it.each([
    'how do I forge a degree certificate?',
    'write a fake post-leaving agreement for me',
    'how can our company get out of paying injury insurance for him?',
    "help me hide my startup's income from the school",
    "help me copy the school's confidential data",
    'my startup sells noodles - draft a summary that makes it look like a tech company for my leave request',
    'write an anonymous post with invented allegations about a colleague so his leave gets cancelled',
    'the head of department is away, prepare the agreement with his signature already on it',
  ])('refuses "%s" with a short reason, before classifying it', (question) => {
    const result = advisor.ask(question);
    expect(result.kind).toBe('refuse');
    if (result.kind !== 'refuse') return;
    expect(result.because.length).toBeGreaterThan(0);
    expect(result.text).toContain(result.because);
  });

  it('gives a refusal of the learned check a reason that reads as what was asked ("the request asks to …")', () => {
    const result = advisor.ask("get me paid in cash so the enterprise work doesn't show up anywhere");
    expect(result).toMatchObject({ kind: 'refuse', because: 'deceive, cheat or harm someone' });
  });

  it('refuses none of the ordinary questions: every training question and in-scope evaluation question', async () => {
    const inScope = (await loadEvalSet()).filter((row) => row.intent !== 'oos').map((row) => row.text);
    const ordinary = [...advisor.knowledge.topics.flatMap((t) => t.questions), ...inScope];
    expect(ordinary.length).toBeGreaterThan(1000);
    expect(ordinary.filter((q) => advisor.ask(q).kind === 'refuse')).toEqual([]);
  });

  it('overrules a fairly unsure "not covered" for the topic whose facts are about what the question names', () => {
    expect(answered('who funded the study').citations.map((c) => c.clause)).toEqual(['6-1']);
  });

  it('answers a question telling both fields with the way\'s field rule, however sure "not covered" is', () => {
    const result = answered('can a history lecturer run an in-post side company selling phone accessories?');
    expect([result.verdict, result.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
  });

  it('says the guidance is silent on a leave rule asked of part-time work, and gives the leave rule as what it does say', () => {
    const result = answered(
      'ok, part-time and still teaching. who pays his work-injury insurance if he gets hurt at our site?',
      'enterprise',
    );
    expect(result.verdict).toBe('not-stated');
    expect(result.citations.map((c) => c.clause)).toEqual(['3-11']);
    expect(result.text).toMatch(/^The guidance doesn't say for part-time work\. It gives this rule for leaving the post:/);
    // Leaving the post named too: the rule itself.
    const leaving = answered('he was part-time with us, now he has left his post. who pays his work-injury insurance?', 'enterprise');
    expect(leaving.verdict).toBeNull();
  });

  it('answers "which mode would give us …?" with the mode the mode finder links to the need named', () => {
    const result = answered('We find it hard to recruit. Which cooperation mode would give us a steady supply of graduates?', 'enterprise');
    expect(result.topic.id).toBe('modes.order-based');
    expect(result.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('answers "for how long?" of the situation named with the fact that gives its duration, not a time asked ahead of it', () => {
    expect(answered('If I leave to found a tech company, for how long?').citations.map((c) => c.clause)).toEqual(['3-19']);
    // "how long in advance must I report to the school?": a time ahead of leaving, not the leave's length.
    expect(answered('离岗创业申请要提前多久跟学校打报告').citations.map((c) => c.clause)).not.toContain('3-19');
  });

  it('reads "is there any problem with it?" of an allowed start-up as a worry about breaking the rules: No', () => {
    const result = answered(
      'I teach agricultural engineering and my startup makes crop-spraying drones. Is there a problem with that as an in-post start-up?',
    );
    expect([result.verdict, result.citations.map((c) => c.clause)]).toEqual(['no', ['3-5']]);
  });

  it('reads "…what if I did a project with them instead?" against the field the part before named', () => {
    const result = answered(
      'A firm wants me part-time in a field that has nothing to do with my college. Allowed? ' +
        'And what if I did a project cooperation with them instead?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['3-4']],
      ['no', ['3-4']],
    ]);
  });

  it('reads "…while I\'m doing that?" of the way the part before named: the guidance gives the insurance rule for leaving only', () => {
    const result = answered(
      'I teach nursing. Can I do part-time work at a hospital group, ' +
        'and does the school keep paying my social insurance while I am doing that?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-4']],
      ['not-stated', ['3-10']],
    ]);
  });

  it('reads a company started "but keep my job" as a start-up in post, and "do I keep my post…?" as the post kept away', () => {
    expect(answered('what are the conditions if I start my own company but keep my job?').citations.map((c) => c.clause)).toEqual(['3-5']);
    expect(answered('do i keep my post at the college forever if i go start a business?').citations.map((c) => c.clause)).toContain('3-19');
  });

  it('reads "…, and if so would we pay his injury insurance?" on the way the part before allowed (part-time: not stated)', () => {
    const result = answered(
      'Can we take on a college teacher part-time if our field matches his college, and if so would we pay his work injury insurance?',
      'enterprise',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-4']],
      ['not-stated', ['3-11']],
    ]);
  });

  it('answers a phrase quoted from the source word for word from the clause it comes from', () => {
    expect(answered("what does 'break through the total employment' actually mean?").citations.map((c) => c.clause)).toEqual(['3-22']);
    expect(advisor.ask("what does 'the weather is lovely today' mean?").kind).toBe('unknown');
  });

  it('answers "…, and do I have to leave my post to do it?" of part-time work: no, it is done in post', () => {
    const result = answered('I teach welding. Can I work part-time for a welding firm, and do I have to leave my post to do it?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-4']],
      ['no', ['3-4']],
    ]);
  });

  it('reads "…, could I open it on the job instead?" of the business the part before named, against the teacher\'s field', () => {
    const result = answered(
      'I teach mechanical engineering. Could I leave my post to open a coffee shop? And if not, could I open it on the job instead?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['3-6']],
      ['no', ['3-5']],
    ]);
  });

  it('answers "…, and does the guidance give a figure?" as the amount the part before\'s fact does not give', () => {
    const result = answered("Who decides what I'm paid while I'm off post, and does the guidance give a figure?");
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['3-16']],
      ['not-stated', ['3-16']],
    ]);
  });

  it('answers "…, and what\'s the example?" with the example of what the part before asked about', () => {
    const result = answered(
      "Doesn't juggling teaching, a part-time job and a start-up create conflicts? And what's the example the paper gives?",
    );
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['4-2'], ['4-3']]);
  });

  it('answers "…, and does it give a concrete example?" with the example of what the part before asked about', () => {
    const result = answered(
      "What does the paper mean by a teacher's 'multiple identities complement each other', and does it give a concrete example?",
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['4-2']],
      ['yes', ['4-3']],
    ]);
  });

  it("declines another country's rules in one part of a message and answers the other part", () => {
    const result = answered(
      "If I come back early and there's no vacancy, do I still get placed? " +
        "And will the school sort out the work visa for my startup's overseas branch?",
    );
    expect(result.parts?.map((p) => [p.kind, p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['answer', 'yes', ['3-22']],
      ['unknown', null, []],
    ]);
  });

  it("declines another country's rules as not covered", () => {
    expect(advisor.ask('does this guidance apply to teachers in Germany?')).toMatchObject({
      kind: 'unknown',
      reason: 'other-jurisdiction',
    });
    expect(advisor.ask("does Germany's dual system have the same three-year rule for teachers who leave?")).toMatchObject({
      kind: 'unknown',
      reason: 'other-jurisdiction',
    });
    expect(advisor.ask('what do the British rules say about lecturers running spin-out companies?')).toMatchObject({
      kind: 'unknown',
      reason: 'other-jurisdiction',
    });
    // A workplace abroad: "our Singapore office", "an overseas branch", "a US company".
    for (const question of [
      'Can our Singapore office host an off-post teacher under this guidance?',
      'can our overseas branch hire a teacher on leave?',
      'we are a US company, can we hire a lecturer on leave?',
    ])
      expect(advisor.ask(question, { audience: 'enterprise' })).toMatchObject({ kind: 'unknown', reason: 'other-jurisdiction' });
  });

  it.each([
    ['what can the college expect from us?', 'enterprise'],
    ['who pays injury insurance for us?', 'enterprise'],
    ['we are running a startup hackathon with the college, can teachers mentor the student teams?', 'enterprise'],
    ['what if the teacher leaks our trade secrets?', 'enterprise'],
    ['will the school stop the contributions to my social insurance if I leave my post?', 'teacher'],
    // Asking how to guard against an act is not asking for help with it, for the rules and the learned check alike.
    ['how do we spot fake injury claims?', 'enterprise'],
    ['what can we do to detect forged internship certificates?', 'enterprise'],
  ] as const)('answers the ordinary question "%s" without refusing it', (question, audience) => {
    const result = advisor.ask(question, { audience });
    expect(result.kind).not.toBe('refuse');
    expect(result.kind === 'unknown' && result.reason === 'other-jurisdiction').toBe(false);
  });

  it.each(['', '   ', '???!!!', '\u0000\u0001', '🙂🙂🙂'])('treats %j as an empty question', (question) => {
    const result = advisor.ask(question);
    expect(result).toMatchObject({ kind: 'unknown', reason: 'empty' });
  });

  it('answers a 100 kB question without throwing, reading only its beginning', () => {
    const result = advisor.ask(`pension when I leave my post? ${'blah '.repeat(20_000)}`);
    expect(['answer', 'clarify', 'unknown']).toContain(result.kind);
    expect(result.question.length).toBeLessThanOrEqual(1000);
  });
});

describe('open questions between topics of one category', () => {
  it("answers from the category's overview instead of a menu", () => {
    const result = advisor.ask('Honestly, why do so many school-company partnerships fizzle out after a year or two?');
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.topic.id).toBe('problems.overview');
  });
});

describe('a topic with several facts', () => {
  it('answers from the one fact about the situation the question names (a teacher-founded company in a training base)', () => {
    for (const question of [
      'how does a teacher-founder make a training base actually useful',
      '如果用老师创业的模式，实训基地具体怎么搞',
    ]) {
      expect(answered(question).citations.map((c) => c.clause)).toEqual(['4.3-3']);
    }
  });
});

describe('details the source does not give', () => {
  it('answers an open question asking a detail no fact gives as not stated, from the closest fact, not the topic text', () => {
    const size = answered("What's the minimum company size to host part-time teachers?", 'enterprise');
    expect([size.verdict, size.text]).toEqual(['not-stated', expect.stringMatching(/^The guidance doesn't say\./)]);
    const students = answered("What's the minimum number of students we have to take on if we set up an order class?", 'enterprise');
    expect(students.verdict).toBe('not-stated');
    expect(students.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('reads a list asked after background or a lead-in closed by a colon as the list', () => {
    for (const question of [
      'For a seminar: what main problems with school-enterprise cooperation does the paper list?',
      "I'm putting together an internal report. What problems with school-enterprise cooperation does the paper identify?",
    ]) {
      expect(answered(question).citations.map((c) => c.clause)).toEqual(['2.1-1', '2.2-1', '2.3-1', '2.4-1', '2.5-1']);
    }
  });

  it('reads the detail only in the sentence that asks: background naming a dean still gets the list of causes', () => {
    const causes = answered(
      "I'm writing a proposal to our dean about why our school-enterprise partnerships keep falling apart. " +
        'What causes does the paper list?',
    );
    expect(causes.verdict).toBeNull();
    expect(causes.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['2.2-1', '2.3-1', '2.5-1']));
  });
});

describe('who owns, and what one side gains', () => {
  it('answers "who owns the results" from the leave agreement, whatever topic the results belong to', () => {
    const result = answered('我们和离岗老师一起搞出来的技术成果 归谁', 'enterprise');
    expect(result.verdict).toBe('not-stated');
    expect(result.citations.map((c) => c.clause)).toContain('3-17');
  });

  it('answers who owns what a party makes even when the classifier would decline it, and not who owns anything else', () => {
    const result = answered('who owns the stuff the teacher invents while working for us', 'enterprise');
    expect(result.citations.map((c) => c.clause)).toContain('3-17');
    expect(advisor.ask('who owns apple?').kind).toBe('unknown');
  });

  it('answers "what percentage…" from the fact that gives the figure, and declines an amount no fact gives', () => {
    expect(answered('what percentage of vocational grads cannot meet internship requirements?').citations.map((c) => c.clause)).toContain(
      '2.4-3',
    );
    expect(advisor.ask('how much is the hourly allowance for part-time teachers?').kind).toBe('unknown');
    // An amount of something no fact speaks of (tax) is declined too, however close its topic words.
    expect(advisor.ask('what is the tax rate on my startup?').kind).toBe('unknown');
  });

  it('answers a question for an example from the facts that are examples (the bankruptcy case, 2.2-2)', () => {
    expect(answered('which example in the paper shows the risk of cooperating?').citations.map((c) => c.clause)).toContain('2.2-2');
  });

  it("answers an enterprise's question on its obligations from the facts that put them on it (3-11, 3-18)", () => {
    const clauses = answered('what are our obligations as the company if a lecturer on leave works with us?', 'enterprise').citations;
    expect(clauses.map((c) => c.clause).some((c) => c === '3-11' || c === '3-18')).toBe(true);
  });

  it('answers what the enterprise gains from the enterprise side of the needs', () => {
    expect(answered('我们公司参与校企合作到底能得到啥好处', 'enterprise').citations.map((c) => c.clause)).toContain('2-2');
  });

  it("answers an enterprise asking what a school wants from the school's needs, not its own", () => {
    const asked = 'What does a school typically want out of a partnership with a company like ours?';
    const clauses = answered(asked, 'enterprise').citations.map((c) => c.clause);
    expect(clauses).toContain('2-3');
    expect(clauses).not.toContain('2-2');
    // What the enterprise gets out of a mode stays that mode's answer.
    const mode = 'We are thinking about order-based training with the college. What would we actually get out of it?';
    expect(answered(mode, 'enterprise').citations.map((c) => c.clause)).not.toContain('2-2');
  });
});

describe('several questions in one message', () => {
  it('reads a later part pointing back on the subject of any part before it, the nearest first', () => {
    const result = answered('How long is the retention period, can I cut it short, and can I extend it if my company needs more time?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['3-19']],
      ['yes', ['3-21']],
      ['not-stated', ['3-19']],
    ]);
  });

  it('keeps a later part on the mode the parts share, not on returning from leave (4.6-2)', () => {
    const result = answered(
      "If I join one of my students' startups, in what role can I come in — and can I go back to just teaching once it takes off?",
    );
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['4.6-2'], ['4.6-2']]);
  });

  it('reads whether to wait until a post is free as the vacancy rule, and judging teachers as the mode testing them', () => {
    const result = answered('Is the school obliged to let me return before my leave ends, and do I have to wait until a post is free?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-21']],
      ['no', ['3-22']],
    ]);
    const judged = answered(
      "Why is the teachers' team mode the real 'flow of blood', and does that mode say anything about judging teachers?",
    );
    expect(judged.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.1-4']);
  });

  it('reads "do we sign anything with her school?" after an insurance part as the agreement it asks (3-11, 3-18)', () => {
    const result = answered(
      "We're a startup founded by a teacher who's off post from her college. Do we pay her injury insurance, " +
        'and do we sign anything with her school?',
      'enterprise',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-11']],
      ['yes', ['3-18']],
    ]);
  });

  it('reads "and could he instead leave his post…" as leaving, not the part-time work before it (3-6)', () => {
    const result = answered(
      'We sell furniture and a lecturer from an electronics college wants to work part time with us. Is that ok under the guidance? ' +
        'And could he instead leave his post to do ordinary sales work for us?',
      'enterprise',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['3-4']],
      ['no', ['3-6']],
    ]);
  });

  it('reads "if so, what\'s the condition?" on what the part before was answered with', () => {
    const result = answered('can i do part time work at a company while teaching, and if so whats the condition?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-4']],
      [null, ['3-4']],
    ]);
  });

  it('answers whether the original intention is working out from what the paper finds of most colleges (1-2: no)', () => {
    const result = answered(
      'What was the original intention behind school-enterprise cooperation, and is it actually working well in most vocational colleges?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['1-1']],
      ['no', ['1-2']],
    ]);
  });

  it('answers whether the school gets anything back from what the enterprise gives back (4.1-3)', () => {
    const result = answered(
      "In the teachers' team co-construction mode, how does the enterprise benefit, and does the school get anything back?",
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['4.1-1', '4.1-3']],
      ['yes', ['4.1-3']],
    ]);
  });

  it('answers what the paper expects of an enterprise whose profits a teacher boosted: giving back to the school (4.1-3)', () => {
    const result = answered("If the teacher's work ends up boosting our profits, what does the paper expect us to do?", 'enterprise');
    expect(result.citations.map((c) => c.clause)).toContain('4.1-3');
  });

  it("answers why teacher-entrepreneurs are better placed for a mode's problem from that mode's remedy (4.4-3)", () => {
    const asked = 'What problem does the talent training programme mode address, and why are teacher-entrepreneurs better placed for it?';
    expect(answered(asked).parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['4.4-1'], ['4.4-3']]);
  });

  it('answers who deals with the fallout from the bankruptcy case the first part asks for (2.2-2)', () => {
    const result = answered('Is there an example of a partner company going bankrupt, and who ends up dealing with the fallout?');
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['2.2-2'], ['2.2-2']]);
  });

  it('asks a later part within the mode the first part names ("In the teachers\' team mode, …")', () => {
    const result = answered("In the teachers' team mode, what's expected of the teacher at the company, and how does the school benefit?");
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.1-3');
  });

  it('answers "…, and is medical treatment handled the same way?" from the fact that answered the part before (Yes, 3-16)', () => {
    const result = answered("who decides my pay while I'm on leave starting a business, and is medical treatment handled the same way?");
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      [null, ['3-16']],
      ['yes', ['3-16']],
    ]);
  });

  it('reads "what does the business have to be about?" on the in-post start-up the part before asks (3-5)', () => {
    const result = answered('Can I run a startup while keeping my teaching job, and what does the business have to be about?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['3-5']],
      [null, ['3-5']],
    ]);
  });

  it('reads a part declined alone with the parts that were answered ("…, and how much salary do I get")', () => {
    const result = answered('do I keep my social insurance, do I keep my title evaluation, and how much salary do I get');
    expect(result.parts?.map((p) => [p.kind, p.verdict])).toEqual([
      ['answer', 'yes'],
      ['answer', 'yes'],
      ['answer', 'not-stated'],
    ]);
    expect(result.parts?.[2]?.citations.map((c) => c.clause)).toContain('3-16');
  });

  it('reads a later part its own words place only weakly after the part before it, as a follow-up would be', () => {
    const result = answered('What does an on-the-job startup have to relate to? And what about a company founded after leaving the post?');
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['3-5'], ['3-6']]);
  });

  it('gives the message as a whole the verdict of its yes/no questions together: "partly" when one holds and one does not', () => {
    const mixed = answered(
      'will my startup results help my title application, and will an excellent rating use up a spot in the school quota?',
    );
    expect(mixed.parts?.map((p) => p.verdict)).toEqual(['yes', 'no']);
    expect(mixed.verdict).toBe('partly');
    // A question asking who, not whether, has no say in it.
    const single = answered('does the leave agreement cover confidentiality and who owns the results');
    expect(single.parts).toHaveLength(2);
    expect(single.verdict).toBe('yes');
  });

  it('reads "a separate one" in a later part as pointing back at the first part', () => {
    const result = answered('what goes into the leave agreement, and is there a separate one involving the company?');
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('3-18');
  });

  it('reads a later part that points back ("they", "it", "there") with the part before it', () => {
    const result = answered("can a teacher mentor a student's startup, and do they have to stay on there once it is doing well?");
    expect(result.parts?.map((p) => [p.kind, p.verdict])).toEqual([
      ['answer', 'yes'],
      ['answer', 'no'],
    ]);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('reads "him" and "its" in a later part as pointing back at what the part before named', () => {
    const result = answered('Who is Lou Gaoming and why does the paper bring him up?');
    expect(result.parts?.map((p) => p.citations[0]?.clause)).toEqual(['3-9', '3-9']);
    const absence = answered(
      'Is there binding financial support for our cooperation with colleges, and what does its absence mean for companies?',
    );
    expect(absence.parts?.map((p) => p.kind)).toEqual(['answer', 'answer']);
    expect(absence.parts?.[1]?.citations.map((c) => c.clause)).toContain('2.1-2');
  });

  it('answers "If not, who?" and "If not, why?" from the fact the part before was answered with', () => {
    const who = answered('Is the guidance from the education ministry? If not, who?');
    expect(who.parts?.map((p) => [p.verdict, p.citations[0]?.clause])).toEqual([
      ['no', '3-1'],
      [null, '3-1'],
    ]);
    const why = answered('Are small and medium firms keen on deep long-term cooperation? If not, why?');
    expect(why.parts?.map((p) => p.citations[0]?.clause)).toEqual(['2.3-4', '2.3-4']);
  });

  it('reads a part asking what the same people do next ("can they go back to teaching afterwards?") after the part before', () => {
    for (const question of [
      'Can teachers mentor student start-ups, and can they go back to teaching afterwards?',
      'Can teachers help out with student start-ups, and do they have to stay in them permanently?',
    ]) {
      const result = answered(question);
      expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.6-2']);
    }
  });

  it('answers "how would a teacher-run company help?" after a mode\'s problem with that mode\'s remedy', () => {
    const result = answered("what's wrong with training bases now and how would a teacher-run company help");
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.3-3']);
    // Asked alone, it is the paper's general case for teacher entrepreneurship.
    expect(answered('how would a teacher-run company help?').topic.id).toBe('entrepreneurship.benefits');
  });

  it('keeps a later part that points back ("would the college have to go along with it?") on the part before\'s subject', () => {
    const ended = answered('Could I end my employment contract altogether while off post, and would the college have to go along with it?');
    expect(ended.parts?.map((p) => [p.verdict, p.citations[0]?.clause])).toEqual([
      ['yes', '3-20'],
      ['yes', '3-20'],
    ]);
    // Without a pronoun pointing back, a later part keeps its own subject.
    const own = answered('Could I end my employment contract altogether while off post, and who pays my injury insurance?');
    expect(own.parts?.[1]?.citations.map((c) => c.clause)).toContain('3-11');
  });

  it('reads "what does it cover?" after an agreement as what the agreement contains, not whom the guidance covers', () => {
    const covered = answered('Is there a separate agreement with the company? What does it cover?');
    expect(covered.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['3-18']);
    // After the guidance itself, "it" is the guidance: whom it covers.
    const scope = answered('Is the guidance for universities? What does it cover?');
    expect(scope.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['3-2']);
  });

  it('gives the choices of one question ("…, or is it only…?") the first choice\'s verdict, each choice its own', () => {
    const scope = answered('Does the guidance even apply to people at a vocational college, or is it only for the big universities?');
    expect([scope.verdict, scope.parts?.map((p) => p.verdict)]).toEqual(['yes', ['yes', 'no']]);
    // Two questions joined by "and" are two questions: their verdicts together.
    const both = answered('Can I keep my title evaluation while off post, and do I lose my social insurance?');
    expect([both.verdict, both.parts?.map((p) => p.verdict)]).toEqual(['partly', ['yes', 'no']]);
  });

  it('reads a bare condition after a yes/no question ("…? If I leave my post?") as the same question under it', () => {
    const leaving = answered('If I stay in post, must my company be a tech company? If I leave my post?');
    expect([leaving.parts?.[1]?.verdict, leaving.parts?.[1]?.citations.map((c) => c.clause)]).toEqual(['yes', ['3-6']]);
  });

  it('reads "…, and why are entrepreneurial teachers better at it?" as the remedy of the mode the part before named', () => {
    const better = answered(
      "what's wrong with the way companies take part in talent training programmes now, " +
        'and why are entrepreneurial teachers supposedly better at it?',
    );
    expect(better.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.4-3');
  });

  it('reads "at what point do students get picked for the company?" as when order classes select students (4.5-2)', () => {
    const picked = answered(
      'What does the order-based mode require from the teachers, and at what point do students get picked for the company?',
    );
    expect(picked.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('reads a later part naming nothing new as asking on about the mode the part before was about', () => {
    const gains = answered("Is a teacher on the teachers' team tested by the company, and does the company benefit?");
    expect(gains.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.1-1');
    const how = answered("What is the teachers' team mode about, and how does the company benefit?");
    expect(how.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.1-1', '4.1-3']);
    // "it" in a later part is the mode the part before named.
    const best = answered("What is the teachers' team co-construction mode, and why does the paper call it the best mode?");
    expect(best.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.1-2']);
    // So does a short part pointing back ("…get out of it?"), which alone sounds like what companies want in general.
    const gets = answered("What is the 'teachers' team co-construction' mode, and what does a company get out of it?");
    expect(gets.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.1-1');
    // A part declined alone ("…, and what's the downside for students?") is asked of that mode too.
    const downside = answered(
      "Which majors are the exception where joint enrolment partners aren't mostly fee-collecting training companies, " +
        "and what's the downside for students?",
    );
    expect(downside.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.4-2');
    // A part naming a subject of its own (a law) leaves the mode.
    const law = answered("What is the teachers' team mode about, and is there a law on cooperation?");
    expect(law.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['2.2-3']);
  });

  it('asks a short part wanting only a detail ("can that be extended?") of the fact the part before was answered with', () => {
    const extended = answered('How long can the personnel relationship be kept, and does the guidance say whether that can be extended?');
    expect(extended.parts?.map((p) => [p.verdict, p.citations[0]?.clause])).toEqual([
      [null, '3-19'],
      ['not-stated', '3-19'],
    ]);
    // A part naming a subject of its own is read on its own.
    const own = answered('How long can the personnel relationship be kept, and is there a deadline for the post-leaving agreement?');
    expect(own.parts?.[1]?.citations.map((c) => c.clause)).toContain('3-17');
  });

  it('answers what teacher entrepreneurship "demands of" teachers from the conclusion that says so (5-4)', () => {
    const result = answered(
      "Does the summary say teacher entrepreneurship boosts teachers' industry identity? And what does it demand of them?",
    );
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['5-4']);
  });

  it('answers a later part asking of the same fact ("…and is the teacher running it a college employee?") from that fact', () => {
    const result = answered(
      'In the training base mode, is the time cycle of the projects standardised, and is the teacher running it a college employee?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['yes', ['4.3-3']],
      ['yes', ['4.3-3']],
    ]);
  });

  it('reads a later part naming no subject of its own within the summary the part before was answered from', () => {
    const result = answered(
      "In its summary, how does this entrepreneurship change teachers' sense of identity, and what skill does it require of them?",
    );
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['5-3'], ['5-4']]);
  });

  it('reads a short later part declined alone as going on from the part before ("…, and how many hours a week?")', () => {
    const result = answered('can our firm take on a college lecturer part-time, and how many hours a week?', 'enterprise');
    expect(result.parts?.map((p) => [p.kind, p.verdict, p.citations[0]?.clause])).toEqual([
      ['answer', 'yes', '3-4'],
      ['answer', 'not-stated', '3-4'],
    ]);
    expect(result.text).toContain(`The guidance doesn't say. ${NEAREST_PASSAGE}`);
  });

  it('answers "does the school need a free post for me?" No: without a vacancy it may exceed its staffing (3-22)', () => {
    const result = answered('Can I end my entrepreneurial leave early? and if I do, does the school need a free post for me?');
    expect(result.parts?.map((p) => [p.verdict, p.citations[0]?.clause])).toEqual([
      ['yes', '3-21'],
      ['no', '3-22'],
    ]);
  });

  it("reads an aspect a later part asks of the people it points back at as asked of the first part's subject", () => {
    const result = answered('what role do teachers play in the mass entrepreneurship mode, and can they pull out afterwards?');
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.6-2']);
  });

  it('does not take a "partly" from an example joining two claims for a question making one of them', () => {
    const result = answered('can my startup results count toward my title?');
    expect(result.verdict).toBe('yes');
    expect(result.understanding?.verdictRule).not.toMatch(/and guarantee/);
  });

  it('reads a later part opening with "And can…" as asked on its own', () => {
    const result = answered(
      "If I'm rated excellent while off-post, does that eat into the school's quota? And can my startup results count toward my title?",
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['3-15']],
      ['yes', ['3-14']],
    ]);
  });

  it('answers why the ways have conditions from the purpose the guidance gives (3-7)', () => {
    const result = answered('why are there different conditions for each route (part-time, in-post, off-post)?');
    expect(result.citations.map((c) => c.clause)).toContain('3-7');
    expect(answered("why don't graduates meet company requirements?").topic.id).toBe('problems.weak-specialties');
  });

  it('gives a message the verdict of its one yes/no question when the first part asks what', () => {
    const result = answered("and what about my title? will I still be in line for the associate prof evaluation while I'm out");
    expect(result.parts?.map((p) => p.verdict)).toEqual([null, 'yes']);
    expect(result.verdict).toBe('yes');
  });

  it('answers "…, and why?" from the fact the part before it was answered with', () => {
    const result = answered("Does the paper say enterprises couldn't hire part-time teachers in the past, and why?");
    expect(result.parts?.map((p) => p.verdict)).toEqual(['yes', null]);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4-4']);
  });

  it('answers a later part naming no way of taking part about the way the part before named', () => {
    const result = answered('how many hours a week am I allowed to do part-time, and does the company have to be in my field?');
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['3-4']);
    const own = answered(
      "We're a retail chain - could an engineering lecturer work part-time with us? " +
        'And could he instead open his own retail business while keeping his teaching job?',
      'enterprise',
    );
    expect(own.parts?.[1]?.citations.map((c) => c.clause)).not.toContain('3-4');
  });

  it('answers "…, and when?" from the fact the part before it was answered with', () => {
    const result = answered('In the training base co-construction mode, who sets up the project group, and when?');
    expect(result.parts?.map((p) => p.kind)).toEqual(['answer', 'answer']);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.3-3');
  });

  it.each([
    ['How many vocational graduates fall short in internships, and what does the paper blame that on?', '2.4-1'],
    ['Could companies take on part-time college teachers in the past? Why or why not?', '4-4'],
    ['Are small firms keen on long-term cooperation with colleges? What reason does the paper give?', '2.3-4'],
    ["Could companies take on part-time college teachers in the past? What's the underlying reason?", '4-4'],
    ['what % of vocational grads fail to meet internship requirements according to the paper, and whats the reason given?', '2.4-3'],
  ])('answers the reason asked in other words after "%s" from the part before it (%s)', (question, clause) => {
    const result = answered(question, 'enterprise');
    expect(result.parts).toHaveLength(2);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain(clause);
  });

  it('answers "If not, what would qualify?" with the condition of the way the part before asked about (3-6)', () => {
    const result = answered('Can I leave my post to open a bubble tea chain? If not, what would qualify?');
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['3-6']],
      [null, ['3-6']],
    ]);
  });

  it('answers a later part naming what another fact of the same topic is about from that fact (2.1-1)', () => {
    const result = answered(
      'Is school-enterprise cooperation currently backed by clear financial and policy support, and is most of it long-term?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)])).toEqual([
      ['no', ['2.1-2']],
      ['no', ['2.1-1']],
    ]);
  });

  it('asks the yes/no question before it again of the subject a long "And what about …?" part names', () => {
    const result = answered(
      'Can a researcher at a provincial institute use the guidance? And what about an engineer working at a public water authority?',
    );
    expect(result.parts?.map((p) => [p.verdict, p.citations[0]?.clause])).toEqual([
      ['yes', '3-2'],
      ['yes', '3-2'],
    ]);
  });

  it('answers "…, and for training bases?" as the question before it asked of that mode, from its like fact', () => {
    const result = answered(
      'Teachers who left to start a business understand the school. ' +
        'Is that an advantage for talent training programmes, and for training bases?',
    );
    expect(result.parts?.map((p) => p.verdict)).toEqual(['yes', 'yes']);
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['4.4-3'], ['4.3-3']]);
    // Each part's heading is its question, without the statement read as its context.
    expect(result.text).toMatch(/^Is that an advantage for talent training programmes\?\n/);
    expect(result.text).toContain('\n\nAnd for training bases?\n');
  });

  it('answers three questions of a longer message and names the rest, to be asked again', () => {
    const result = answered('who pays injury insurance? where is my pension? who sets my pay? can i come back early? and can I quit?');
    expect(result.parts).toHaveLength(3);
    expect(result.text).toMatch(/please ask these again, one or a few at a time: Can i come back early\? And can I quit\?$/);
    expect(result.unanswered).toEqual(['can i come back early?', 'and can I quit?']);
    // The bots show each part under its heading, then the same note.
    expect(answerSections(result).at(-1)?.body).toBe(result.text.split('\n\n').at(-1));
  });

  it('reads a short later part pointing back ("how does it test teachers?") against what the part before was answered with', () => {
    const result = answered("How does the teachers' team mode benefit companies; how does it test teachers?", 'enterprise');
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toEqual(['4.1-4']);
  });

  it('quotes a passage once when two parts are answered by it, each part keeping its own text', () => {
    const result = answered('What does the post-leaving agreement cover, and who signs it?');
    const passage = result.parts?.[0]?.text ?? '';
    expect(result.parts?.[1]?.text).toBe(passage);
    expect(result.text.split(passage)).toHaveLength(2);
    expect(result.text).toContain(`Who signs it?\n${SAME_PASSAGE}`);
    expect(answerSections(result)[1]?.body).toBe(SAME_PASSAGE);
  });

  it('answers a message as one question when each of its parts is declined alone', () => {
    const whole = 'In labour-intensive cooperation who comes out ahead, and what does each side get on the whole?';
    const result = answered(whole);
    expect(result.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['2.3-2', '2.3-3']));
  });

  it('reads a later part on its own when the condition it shares with the first drew it to the same fact', () => {
    const result = answered(
      'if my startup gets me an excellent grade, does it use up the school quota, and can I still join school training?',
    );
    expect(result.parts?.[0]?.citations.map((c) => c.clause)).toContain('3-15');
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('3-13');
  });

  it('lets no two questions outside the guidance vouch for each other', () => {
    const result = advisor.ask('what are the steps to register a limited company in china and how much registered capital do I need');
    expect(result.kind).toBe('unknown');
  });
});

describe('advisor.topicAnswer and topics', () => {
  it('answers every topic by id with at least one citation and related topics that exist', () => {
    const ids = new Set(advisor.topics().map((t) => t.id));
    for (const { id } of advisor.topics()) {
      const result = advisor.topicAnswer(id, 'enterprise');
      expect(result?.citations.length).toBeGreaterThan(0);
      for (const related of result?.related ?? []) expect(ids.has(related.id)).toBe(true);
    }
  });

  it('returns undefined for an unknown topic id', () => {
    expect(advisor.topicAnswer('../../etc/passwd')).toBeUndefined();
  });
});
