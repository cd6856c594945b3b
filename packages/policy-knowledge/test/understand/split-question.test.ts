import { describe, expect, it } from 'vitest';
import { MAX_PARTS, splitQuestion, splitQuestions } from '../../src/understand/split-question.js';

describe('splitQuestion', () => {
  it('splits two questions joined by a comma and "and"', () => {
    expect(splitQuestion('how long can I be away, and do I keep my title evaluation?')).toEqual([
      'how long can I be away',
      'do I keep my title evaluation?',
    ]);
  });

  it('reads the source named before the first question as framing it, not as a condition of the next', () => {
    expect(splitQuestions('according to the paper what do enterprises want, and what does the school want?').answered).toEqual([
      'according to the paper what do enterprises want',
      'what does the school want?',
    ]);
    expect(splitQuestions('according to the paper, why is cooperation unstable?').answered).toHaveLength(1);
    expect(splitQuestions('Generally what do enterprises want out of cooperation, and what does the school want?').answered).toEqual([
      'Generally what do enterprises want out of cooperation',
      'what does the school want?',
    ]);
  });

  it('splits off a second question asked after whose view it is ("and according to the paper does…")', () => {
    expect(
      splitQuestions(
        'Why do companies stay away from vocational education, and according to the paper does taking part affect their income?',
      ).answered,
    ).toEqual(['Why do companies stay away from vocational education', 'does taking part affect their income?']);
  });

  it('splits off a question asked with "and tell us which…"', () => {
    expect(splitQuestions('Could you list the modes the paper proposes, and tell us which one it calls the best?').answered).toEqual([
      'Could you list the modes the paper proposes',
      'which one it calls the best?',
    ]);
  });

  it('splits numbered questions at their numbers, and leaves a lone number in a sentence alone', () => {
    expect(
      splitQuestions(
        "If I'm off post building a startup, 1) do my achievements count toward my title, and " +
          '2) would an excellent rating use up the quota?',
      ).answered,
    ).toEqual([
      "If I'm off post building a startup, do my achievements count toward my title",
      "If I'm off post building a startup, would an excellent rating use up the quota?",
    ]);
    expect(splitQuestions('(a) can I keep my pension (b) who pays injury insurance?').answered).toEqual([
      'can I keep my pension',
      'who pays injury insurance?',
    ]);
    expect(splitQuestions('I teach grade 1) maths, can I work part-time?').answered).toHaveLength(1);
  });

  it('gives later parts the mode the first part opens with, unless they point back or name their own', () => {
    expect(splitQuestion("In the teachers' team mode, what's expected of the teacher, and how does the school benefit?")).toEqual([
      "In the teachers' team mode, what's expected of the teacher",
      "In the teachers' team mode, how does the school benefit?",
    ]);
    expect(splitQuestion("In the training-base mode, what is the teacher's status, and why does that matter?")[1]).toBe(
      'why does that matter?',
    );
    expect(splitQuestion('In section 4.3, what goes wrong, and what does section 4.4 say?')[1]).toBe('what does section 4.4 say?');
  });

  it('reads a subject put forward as part of the question that names it again or points at it', () => {
    expect(splitQuestion("and training? do i still get to join the school's training programs")).toEqual([
      "do i still get to join the school's training programs",
    ]);
    expect(splitQuestion('and what about a librarian at my college who wants to open a coffee shop, does it cover him?')).toEqual([
      'and what about a librarian at my college who wants to open a coffee shop, does it cover him?',
    ]);
    expect(splitQuestion('and my title? how long can I be away?')).toEqual(['and my title?', 'how long can I be away?']);
    expect(splitQuestion("what's the condition? And what's the condition if I leave the post?")).toHaveLength(2);
  });

  it('gives a later "and …?" question of its own the condition the first one opens with', () => {
    expect(splitQuestion('If we take on a teacher part-time, must our field match? and do we pay his injury insurance?')).toEqual([
      'If we take on a teacher part-time, must our field match?',
      'If we take on a teacher part-time, do we pay his injury insurance?',
    ]);
    // A fragment, or a question pointing at what came before, goes on from the first question as it is.
    expect(splitQuestion('If we take on a teacher on leave, do we pay his social insurance? and his injury insurance?')[1]).toBe(
      'and his injury insurance?',
    );
    expect(splitQuestion('If he leaves his post, do we sign anything? And what does that agreement cover?')[1]).toBe(
      'And what does that agreement cover?',
    );
    // A first question asked inside its condition gives the later one no condition to take.
    expect(
      splitQuestion('If I leave my post do I have to found my own company, or could I join one? And does an in-post startup?')[1],
    ).toBe('And does an in-post startup?');
    // A later question setting a time of its own keeps it.
    const ownTime = 'If I come back early, can the school turn me away? And do I keep my personnel relationship during the off-post time?';
    expect(splitQuestion(ownTime)[1]).toBe('And do I keep my personnel relationship during the off-post time?');
  });

  it('reads "what about my title? am I stuck…?" as one question: the subject put forward, then asked of the asker', () => {
    expect(splitQuestion("what about my title? am I stuck at associate while I'm away?")).toEqual([
      "what about my title, am I stuck at associate while I'm away?",
    ]);
    expect(splitQuestion('what about my title? can I also keep my pension?')).toHaveLength(2);
  });

  it('reads a run of question marks as one end, leaving no part that asks nothing', () => {
    expect(splitQuestion('can I teach and run a business at the same time?? and what ties those roles together')).toEqual([
      'can I teach and run a business at the same time?',
      'and what ties those roles together',
    ]);
  });

  it('keeps a subject named alone with the question asked of it right after', () => {
    expect(splitQuestion('What about his regular social insurance, is that on us too?')).toEqual([
      'What about his regular social insurance, is that on us too?',
    ]);
    // A question ending on "that" asks it of the subject named before it.
    expect(splitQuestion('what about work injury insurance, does the school cover that too?')).toHaveLength(1);
    expect(splitQuestion('ok and what about my title? does the school still handle that?')).toHaveLength(1);
    // "that" as the subject of the question points at the subject too.
    expect(splitQuestion("what about my title evaluation, does that just freeze until I'm back?")).toHaveLength(1);
    // Whether the source says so is asked of the question before it; whether it says anything about more is its own.
    expect(splitQuestion('who owns that achievement, us or him? does the paper say?')).toHaveLength(1);
    expect(splitQuestion('how long can I stay away? and does the paper say anything about extensions?')).toHaveLength(2);
    // A subject named alone after "and", then the question asked of it; a question word alone asks on its own.
    expect(splitQuestion('and injury insurance? is that the school too')).toEqual(['and injury insurance, is that the school too']);
    expect(splitQuestion('and why? is that the rule?')).toHaveLength(2);
    // "does it say…" asks of the paper, not of the subject named before it.
    expect(splitQuestion('what about us as a small company, does it say anything specific')).toHaveLength(2);
  });

  it('splits at "how well", "from when" and a negated auxiliary after "honestly"', () => {
    expect(splitQuestion('what did the cooperation set out to do, and how well are colleges doing at practical teaching?')).toHaveLength(2);
    expect(splitQuestion('do the teachers need school experience, and from when do they work with students?')).toHaveLength(2);
    expect(splitQuestion("Why do small firms hold back, and honestly, isn't it cheaper to hire on the market?")).toEqual([
      'Why do small firms hold back',
      "isn't it cheaper to hire on the market?",
    ]);
  });

  it('keeps a relative clause saying how something stands with the question before it', () => {
    expect(splitQuestion('Can I consult for a chemical plant, which has nothing to do with my field?')).toHaveLength(1);
    // A relative clause closing a statement asks nothing either.
    const scared = "I'm scared. I consult for an RFID company, which is exactly my teaching field. Am I in trouble?";
    expect(splitQuestion(scared)).toEqual([scared]);
  });

  it('reads ", which is…" running to a full stop or the end as describing what was named, not as a question', () => {
    const wife = "what about my wife? she's technical staff at a public hospital, which is also a public institution";
    expect(splitQuestion(wife)).toEqual([wife]);
    expect(splitQuestion('I teach at a college, which is a public institution. can I work part-time?')).toHaveLength(1);
    expect(splitQuestion('can I leave my post, and which company is best?')).toEqual(['can I leave my post', 'which company is best?']);
    expect(splitQuestion('who issued the guidance and who is it mainly for')).toHaveLength(2);
  });

  it('asks each of two things one may do, offered "or alternatively"', () => {
    expect(splitQuestion('Could I open a startup while keeping my job, or alternatively leave my post to run it full time?')).toEqual([
      'Could I open a startup while keeping my job?',
      'Could I leave my post to run it full time?',
    ]);
  });

  it('asks "the rule for X versus Y" of each', () => {
    expect(splitQuestion("What's the rule for part-time jobs versus starting a company while in post?")).toEqual([
      "What's the rule for part-time jobs?",
      "What's the rule for starting a company while in post?",
    ]);
  });

  it('keeps "same?" or "right?" after a question with it', () => {
    expect(splitQuestion('and work injury insurance? same?')).toEqual(['and work injury insurance? same?']);
    expect(splitQuestion('and the work injury insurance? same deal, school pays?')).toEqual([
      'and the work injury insurance? same deal, school pays?',
    ]);
    expect(splitQuestion('is that allowed? right, and who pays?')).toHaveLength(2);
    expect(splitQuestion('what about my pension? and my salary?')).toHaveLength(2);
  });

  it('keeps a question said again in other words ("like …") with it', () => {
    expect(splitQuestion("ok what if it's longer than that? like could i stay out 5 years and still keep it")).toEqual([
      "ok what if it's longer than that - like could i stay out 5 years and still keep it",
    ]);
  });

  it('reads "… and would love to …" as a wish told, context of the question after it', () => {
    expect(
      splitQuestion(
        'We run a chain of restaurants and would love to have a lecturer do part-time work for us. Does the guidance allow that?',
      ),
    ).toHaveLength(1);
  });

  it('keeps "to do …", a wish to do two things and an auxiliary before a bare verb with the clause they go on', () => {
    const plan = 'I want to keep my IoT teaching job and do part-time consulting at an IoT firm. Would that get me in trouble?';
    expect(splitQuestion(plan)).toEqual([plan]);
    const remark = "Will I get in trouble for citing company cases in class? Someone said it's mixing business and could get me reported.";
    expect(splitQuestion(remark)).toHaveLength(1);
    expect(splitQuestion('Is it ok to teach, and do I still get paid?')).toHaveLength(2);
    const quick = 'Quick q - if I go off-post to do a startup, who handles my social insurance?';
    expect(splitQuestion(quick)).toEqual([quick]);
  });

  it('keeps two acts done "at the same time" in one question', () => {
    expect(splitQuestion('Can I teach and do part-time work at a company at the same time, and is there an example?')).toEqual([
      'Can I teach and do part-time work at a company at the same time',
      'is there an example?',
    ]);
  });

  it('keeps acts listed with commas and done "all at the same time" in one question, unless a second question follows', () => {
    const listed = 'I teach IoT. Can I teach, do part-time work at a company and run a startup all at the same time?';
    expect(splitQuestion(listed)).toEqual([listed]);
    expect(
      splitQuestion('Why are there conditions at all, and is there a cap on how many teachers can be off post at the same time?'),
    ).toHaveLength(2);
  });

  it('does not split at the commas of a bracketed list', () => {
    expect(splitQuestion('Does the paper say how I apply (forms, who signs, deadlines), and what must the agreement cover?')).toEqual([
      'Does the paper say how I apply (forms, who signs, deadlines)',
      'what must the agreement cover?',
    ]);
  });

  it('keeps a subject named alone with a condition and the question asked of "that" after it', () => {
    expect(splitQuestion('ok, and the annual appraisal? if they rate me excellent, does that use up one of the excellent slots?')).toEqual([
      'ok, and the annual appraisal, if they rate me excellent, does that use up one of the excellent slots?',
    ]);
    expect(splitQuestion("how about the appraisal then - if I'm rated excellent, does that eat into the quota?")).toHaveLength(1);
    // A condition after a dash opens the question after it.
    expect(splitQuestion('what about the annual appraisal - if I get rated excellent, do I take a slot from my colleagues?')).toEqual([
      'what about the annual appraisal - if I get rated excellent, do I take a slot from my colleagues?',
    ]);
    // The comma after the condition may be left out.
    expect(splitQuestion('what about the yearly review then? if I am graded excellent does that take a slot?')).toHaveLength(1);
    // Two subjects named alone, or a subject and a question of its own, stay two questions.
    expect(splitQuestion('and my pension? and my title?')).toHaveLength(2);
    expect(splitQuestion('what about my pension? can I come back early?')).toHaveLength(2);
  });

  it('splits a first question opening with a past auxiliary from the one after it', () => {
    expect(splitQuestion('Was this guidance issued by the Ministry of Education, and did it come out in 2016?')).toEqual([
      'Was this guidance issued by the Ministry of Education',
      'did it come out in 2016?',
    ]);
    expect(splitQuestion('Has the shift to practice teaching worked, and what did it set out to do?')).toHaveLength(2);
  });

  it('splits a condition asking its own question and two more after it into three, each with the condition', () => {
    expect(splitQuestion('while on leave do I keep my training, do I get my salary, and can I come back early?')).toEqual([
      'while on leave do I keep my training',
      'while on leave, do I get my salary',
      'while on leave, can I come back early?',
    ]);
    // A condition closed by a colon is carried on with a comma alone.
    expect(splitQuestion('If I leave my post: is my title evaluation continued, does my work count, and is my pay set?')).toEqual([
      'If I leave my post: is my title evaluation continued',
      'If I leave my post, does my work count',
      'If I leave my post, is my pay set?',
    ]);
    // "needs are met" states the condition; it asks nothing, so the question after it keeps it.
    expect(splitQuestion("When neither side's needs are met, what happens, and are there good mechanisms to handle it?")).toHaveLength(2);
  });

  it('keeps a remark after the last question with that question, but not a question typed without its mark', () => {
    expect(splitQuestion("does confidentiality come up anywhere in her paperwork? we'd care about that")).toEqual([
      "does confidentiality come up anywhere in her paperwork? we'd care about that",
    ]);
    expect(
      splitQuestion('is my pay during leave fixed anywhere? also if my company takes off can i quit the school entirely'),
    ).toHaveLength(2);
  });

  it('keeps a relative clause between commas in its statement, the context of the question after it', () => {
    const parts = splitQuestion("Our partner, who's a lecturer on leave, plans to return after a year. Can he?");
    expect(parts).toHaveLength(1);
    expect(splitQuestion('does my pension stay with the school, who pays injury insurance, and what about medical care')).toHaveLength(3);
    expect(parts[0]).toMatch(/^Our partner, who's a lecturer on leave, plans to return after a year\b.*\bCan he\?$/);
  });

  it('reads "what we want is…" as a statement, the context of the question after it', () => {
    expect(splitQuestion("What we want from the college is staff training. Is that on the paper's list?")).toEqual([
      "What we want from the college is staff training. Is that on the paper's list?",
    ]);
    expect(splitQuestion('what do we get from it? and who pays?')).toHaveLength(2);
  });

  it('splits a second question asked in the past or perfect tense after a comma', () => {
    expect(splitQuestion('What project funded the paper, and was it a national-level project?')).toEqual([
      'What project funded the paper',
      'was it a national-level project?',
    ]);
    expect(splitQuestion('What was cooperation meant to achieve, and has practice-oriented teaching improved much?')).toHaveLength(2);
    // Any participle in -ed after a subject of a few words: "has vocational teaching shifted…".
    expect(splitQuestion('What was the original intention of cooperation, and has vocational teaching shifted toward practice?')).toEqual([
      'What was the original intention of cooperation',
      'has vocational teaching shifted toward practice?',
    ]);
    expect(splitQuestion('do part-time teachers also have to sign the leave agreement with the school')).toHaveLength(1);
    expect(splitQuestion('could I run a shop on the side and have it count as an on-the-job startup?')).toHaveLength(1);
  });

  it('reads a party named alone as whom the next question is about', () => {
    expect(splitQuestion('and for the company? do they sign something too')).toEqual(['and for the company, do they sign something too']);
    expect(splitQuestion('can i leave? and for how long?')).toEqual(['can i leave?', 'and for how long?']);
  });

  it('keeps "both … and how …" as one question about two items', () => {
    expect(splitQuestion('does the leave agreement cover both confidentiality and how income is split with the company?')).toHaveLength(1);
    expect(splitQuestion('do both rules apply to me, and how long can I be away?')).toHaveLength(2);
  });

  it('reads past a label before the questions ("three things:", "HR here:"), but not one that names a part of the paper', () => {
    expect(
      splitQuestion('three things: who pays injury insurance, where does my social insurance stay, and can I come back early?'),
    ).toEqual(['who pays injury insurance', 'where does my social insurance stay', 'can I come back early?']);
    expect(splitQuestion('section 3: what does it say')).toEqual(['section 3: what does it say']);
  });

  it('opens every question with a label that frames their subject ("for leaving my post:"), not one saying what for', () => {
    expect(splitQuestion('For leaving my post: can I go work at any company, or could I do innovation work in an existing one?')).toEqual([
      'For leaving my post, can I go work at any company',
      'For leaving my post, could I do innovation work in an existing one?',
    ]);
    expect(splitQuestion('For my citation: who funded the paper, and what is its project number?')).toEqual([
      'who funded the paper',
      'what is its project number?',
    ]);
  });

  it('finds a question after a statement and a dash or colon, after a lead-in, and one opening with "whose"', () => {
    expect(
      splitQuestion(
        "we're a partner company - if our class is cancelled can either side walk away, and what happened in the bankruptcy case?",
      ),
    ).toEqual(["we're a partner company - if our class is cancelled can either side walk away", 'what happened in the bankruptcy case?']);
    expect(splitQuestion('to leave my post does it have to be a sci-tech company, and is my bianzhi kept meanwhile')).toHaveLength(2);
    expect(splitQuestion('if he dies in a work accident, who was paying the injury insurance and whose funeral rules apply')).toEqual([
      'if he dies in a work accident, who was paying the injury insurance',
      'if he dies in a work accident, whose funeral rules apply',
    ]);
    // A statement before a question is still its context.
    expect(splitQuestion('my startup is failing, can I go back early?')).toHaveLength(1);
  });

  it('splits at question marks', () => {
    expect(splitQuestion('does my startup work count toward my title? and will an excellent rating take a slot?')).toHaveLength(2);
  });

  it('reads a sentence opening with "when" that asks nothing as the context of the question after it', () => {
    expect(splitQuestion('When I go off post I plan to stop paying into the school scheme. Can I do that?')).toHaveLength(1);
    expect(splitQuestion('when I come back, do I get my post?')).toHaveLength(1);
    expect(splitQuestion('When can I come back? And who decides that?')).toHaveLength(2);
  });

  it('keeps a condition and its question together', () => {
    expect(splitQuestion("if i get rated excellent, does that take one of my colleagues' slots?")).toHaveLength(1);
    expect(splitQuestion('what happens if he is injured at our firm, does the school cover it?')).toHaveLength(1);
  });

  it('gives each question after a condition the condition', () => {
    expect(splitQuestion('if a lecturer goes off post to join us, who pays his pension and who pays his injury insurance')).toEqual([
      'if a lecturer goes off post to join us, who pays his pension',
      'if a lecturer goes off post to join us, who pays his injury insurance',
    ]);
    expect(splitQuestion('what if I quit the school during my leave, and do I sign anything with the company?')).toHaveLength(2);
    // "how quickly" asks, as "how long" does.
    expect(
      splitQuestion('If I end my contract while on leave, does the school have to agree, and how quickly does it take effect?'),
    ).toEqual([
      'If I end my contract while on leave, does the school have to agree',
      'If I end my contract while on leave, how quickly does it take effect?',
    ]);
  });

  it('gives each question after a lead closed by a colon the lead', () => {
    const asked = 'For a teacher who has left their post to join us: do we pay his social insurance, and do we pay his injury insurance?';
    expect(splitQuestion(asked)).toEqual([
      'For a teacher who has left their post to join us: do we pay his social insurance',
      'For a teacher who has left their post to join us, do we pay his injury insurance?',
    ]);
  });

  it('splits a condition that asks its own question from the next one, which keeps the condition', () => {
    expect(splitQuestion('if i fall ill while off post which rules apply, and who pays my medical costs')).toEqual([
      'if i fall ill while off post which rules apply',
      'if i fall ill while off post, who pays my medical costs',
    ]);
    expect(splitQuestion('if he gets hurt at our firm does the school pay, and what about his pension?')).toHaveLength(2);
  });

  it('keeps a question word before "the", "my"… in the question it belongs to ("cover … and how the income is split")', () => {
    expect(splitQuestion("does the leave agreement cover confidentiality and also how the startup's income is split")).toHaveLength(1);
    expect(splitQuestion('what must the leave agreement contain, and what the company signs')).toHaveLength(1);
    expect(splitQuestion('does the leave agreement cover confidentiality and how income is split with the company')).toHaveLength(1);
    expect(splitQuestion('can i come back early, and how do i apply')).toHaveLength(2);
    expect(splitQuestion('what must the leave agreement contain, and how long can I stay away?')).toHaveLength(2);
    expect(splitQuestion('can I come back early and who pays my injury insurance')).toHaveLength(2);
  });

  it('reads "when can…" as a question, not a condition', () => {
    expect(splitQuestion('when can founders hire their own students and can they keep teaching part time')).toEqual([
      'when can founders hire their own students',
      'can they keep teaching part time',
    ]);
    expect(splitQuestion('when I leave, can I come back early')).toHaveLength(1);
    expect(splitQuestion("Who issued this guidance, when was it issued, and how will my startup's profits be taxed?")).toEqual([
      'Who issued this guidance',
      'when was it issued',
      "how will my startup's profits be taxed?",
    ]);
  });

  it('splits a second question that opens with a short lead-in ("and if…", "and in the … model")', () => {
    expect(
      splitQuestion('what kind of company can i start if i leave my post, and if i stay in post can it be unrelated to my major'),
    ).toEqual(['what kind of company can i start if i leave my post', 'if i stay in post can it be unrelated to my major']);
    expect(
      splitQuestion(
        'in the order-based model do founders need teaching experience, and in the training base model from which grade can it start',
      ),
    ).toHaveLength(2);
    expect(splitQuestion('do I keep my insurance if I leave, and in that case who pays it')).toHaveLength(2);
    // "…, and about confidentiality?": the same question asked of another subject.
    expect(splitQuestion('Does the treatment list say anything about my medical treatment, and about confidentiality?')).toEqual([
      'Does the treatment list say anything about my medical treatment',
      'and about confidentiality?',
    ]);
    expect(splitQuestion('can I come back early, and if so is there a post for me')).toHaveLength(2);
    expect(splitQuestion("does my leave-time work count toward my title; and if i'm rated excellent, does that hit the quota?")).toEqual([
      'does my leave-time work count toward my title',
      "if i'm rated excellent, does that hit the quota?",
    ]);
  });

  it('splits questions that each open with their own condition, a short lead-in, or "otherwise"', () => {
    expect(splitQuestion('if I go off post must the company be a tech one, and if I stay can my startup be in any field?')).toEqual([
      'if I go off post must the company be a tech one',
      'if I stay can my startup be in any field?',
    ]);
    expect(splitQuestion('as a partner firm do we sign anything with the college, and do we pay his injury insurance')).toHaveLength(2);
    expect(splitQuestion('honest question, if a teacher is hurt at our plant who pays, and does the school keep his pension')).toEqual([
      'honest question, if a teacher is hurt at our plant who pays',
      'does the school keep his pension',
    ]);
    expect(splitQuestion('may I end my contract during the leave, and otherwise how long is my post kept')).toEqual([
      'may I end my contract during the leave',
      'how long is my post kept',
    ]);
    expect(
      splitQuestion(
        'During my leave can I resign from the college for good if I decide to, and alternatively could I come back early instead?',
      ),
    ).toEqual(['During my leave can I resign from the college for good if I decide to', 'could I come back early instead?']);
    expect(splitQuestion('wich majors are the exception, and why are entrepreneurial teachers better at planning?')).toEqual([
      'wich majors are the exception',
      'why are entrepreneurial teachers better at planning?',
    ]);
  });

  it('reads a statement before a question as its context', () => {
    expect(splitQuestion('my startup is failing, can i go back to teaching early?')).toEqual([
      'my startup is failing, can i go back to teaching early?',
    ]);
  });

  it(`answers at most ${MAX_PARTS} questions and keeps the rest apart, to be asked again`, () => {
    const message = 'who pays injury insurance? where is my pension? who sets my pay? can i come back early?';
    expect(splitQuestion(message)).toHaveLength(MAX_PARTS);
    expect(splitQuestions(message)).toEqual({
      answered: ['who pays injury insurance?', 'where is my pension?', 'who sets my pay?'],
      beyond: ['can i come back early?'],
    });
  });

  it('keeps a relative "who has left…" in the lead-in, and "and who pays?" as a question of its own', () => {
    const question = 'For a teacher who has left their post to work for us, do we have to cover their social insurance?';
    expect(splitQuestion(question)).toEqual([question]);
    expect(splitQuestion('for the teacher, who is responsible for his insurance?')).toHaveLength(1);
    expect(splitQuestion('In the training base mode, which grade starts the project company, and who pays?')).toEqual([
      'In the training base mode, which grade starts the project company',
      'who pays?',
    ]);
  });

  it('keeps "and how long?" as a question of its own after a comma', () => {
    expect(splitQuestion('do I keep my pension, and who pays injury insurance, and how long?')).toEqual([
      'do I keep my pension',
      'who pays injury insurance',
      'how long?',
    ]);
  });
  it('drops a connective cut off on its own ("…? Also, why…")', () => {
    expect(splitQuestion('Is hiring on the market pricier than co-training? Also, why do small firms not cooperate long-term?')).toEqual([
      'Is hiring on the market pricier than co-training?',
      'why do small firms not cooperate long-term?',
    ]);
  });

  it('keeps a question of one or two words that asks its own ("…, and why?", "Can he, and…")', () => {
    expect(splitQuestion("Does the paper say firms couldn't hire part-time teachers in the past, and why?")).toEqual([
      "Does the paper say firms couldn't hire part-time teachers in the past",
      'why?',
    ]);
    expect(splitQuestion('We have a teacher who wants to come back early. Can he, and does his college need an open post first?')).toEqual([
      'We have a teacher who wants to come back early. Can he',
      'does his college need an open post first?',
    ]);
  });

  it('splits off a bare "and why" closing a message typed without a comma or a question mark', () => {
    expect(splitQuestion('how many vocational graduates fall short in internships and why')).toEqual([
      'how many vocational graduates fall short in internships',
      'why',
    ]);
    expect(splitQuestion('why do firms and schools fall out')).toHaveLength(1);
  });

  it('splits a question offered as the other choice only when it asks something of its own', () => {
    expect(splitQuestion('Can someone who leaves start any company at all, or does it have to be a tech company?')).toEqual([
      'Can someone who leaves start any company at all',
      'does it have to be a tech company?',
    ]);
    expect(splitQuestion('Do we pay his salary while he is on leave, or does the college?')).toHaveLength(1);
    expect(splitQuestion('Is that figure in the paper, or is it a fake stat?')).toHaveLength(1);
    // A long other choice asks something of its own.
    const roles = "Do a teacher's different roles clash, according to the paper, or can teaching, part-time work and entrepreneurship be";
    expect(splitQuestion(`${roles} coordinated?`)).toEqual([
      "Do a teacher's different roles clash, according to the paper",
      'can teaching, part-time work and entrepreneurship be coordinated?',
    ]);
  });

  it('splits the same question asked again of another subject, keeping its "and"', () => {
    expect(splitQuestion('Is that an advantage for talent training programmes, and for training bases?')).toEqual([
      'Is that an advantage for talent training programmes',
      'and for training bases?',
    ]);
    expect(splitQuestion('is he insured for injuries and for his pension?')).toHaveLength(1);
  });

  it('splits "…, and tell me which…" at the request, which asks the question after it', () => {
    expect(splitQuestion('Can you list the points of treatment for off-post teachers, and tell me which one deals with pay?')).toEqual([
      'Can you list the points of treatment for off-post teachers',
      'which one deals with pay?',
    ]);
  });

  it('asks "does the paper say X, and that Y?" as two questions, each of what the paper says', () => {
    expect(
      splitQuestion('Does the paper say profit leads the enterprise to give back to the school, and that this mode tests the teacher?'),
    ).toEqual([
      'Does the paper say profit leads the enterprise to give back to the school?',
      'Does the paper say that this mode tests the teacher?',
    ]);
    expect(splitQuestion('Does the paper say that schools and firms gain, and that students benefit?')).toEqual([
      'Does the paper say that schools and firms gain?',
      'Does the paper say that students benefit?',
    ]);
    expect(splitQuestion('Does the paper say schools and firms both gain?')).toHaveLength(1);
  });

  it('asks "what\'s X for A and for B?" of each subject', () => {
    expect(splitQuestion("What's the requirement for a part-time job and for starting a business while staying in post?")).toEqual([
      "What's the requirement for a part-time job?",
      "What's the requirement for starting a business while staying in post?",
    ]);
    expect(splitQuestion('what is the requirement for a part-time job?')).toHaveLength(1);
  });

  it('asks "what happens to A, B and C?" of each thing listed, keeping a condition before it', () => {
    expect(splitQuestion("When I'm on start-up leave, what happens to my social insurance, my title evaluation and my salary?")).toEqual([
      "When I'm on start-up leave, what happens to my social insurance?",
      "When I'm on start-up leave, what happens to my title evaluation?",
      "When I'm on start-up leave, what happens to my salary?",
    ]);
    expect(splitQuestion('what happens to my pension and my salary?')).toEqual([
      'what happens to my pension?',
      'what happens to my salary?',
    ]);
    expect(splitQuestion('what happens to students and companies?')).toHaveLength(1);
  });

  it('splits the questions after a dash that closes a condition, the condition opening the first', () => {
    const condition = 'If our co-founder, a teacher on leave, wants to quit the college entirely';
    expect(splitQuestion(`${condition} — can she, can the college stop her, and is there a notice period?`)).toEqual([
      `${condition} — can she`,
      'can the college stop her',
      'is there a notice period?',
    ]);
  });

  it('splits at a dash before a condition of its own, which opens the next question alone', () => {
    expect(
      splitQuestion(
        'If I ask to quit while off post, what does the school do — and if I change my mind and come back early instead, can I?',
      ),
    ).toEqual(['If I ask to quit while off post, what does the school do?', 'if I change my mind and come back early instead, can I?']);
  });

  it('keeps a remark closing the message with the question before it, but not an unmarked question', () => {
    expect(splitQuestions('what would he actually bring us? management is skeptical tbh').answered).toEqual([
      'what would he actually bring us? management is skeptical tbh',
    ]);
    // A wish with its subject left out asks nothing either.
    const worried = "Is it illegal for me to ask to end my school contract during off-post leave? Don't want to get in legal trouble";
    expect(splitQuestions(worried).answered).toEqual([worried]);
    expect(
      splitQuestions('is my pay during leave fixed anywhere? also if my company takes off can i quit the school entirely').answered,
    ).toHaveLength(2);
  });

  it('reads an aside after the opening question word as part of the question, not a question of its own', () => {
    const why = "Why, according to the paper, don't enterprises take part in reform, and would incentive policies change that?";
    expect(splitQuestion(why)).toEqual([
      "Why, according to the paper, don't enterprises take part in reform",
      'would incentive policies change that?',
    ]);
    // An aside after the question's verb is still a joint where another question starts.
    expect(splitQuestion('Do the roles clash, according to the paper, or can teaching and entrepreneurship be coordinated?')).toEqual([
      'Do the roles clash, according to the paper',
      'can teaching and entrepreneurship be coordinated?',
    ]);
  });

  it('splits before a second question opened by a summing-up word, which it keeps', () => {
    expect(splitQuestion('What does the school mainly want, and on the whole what does the enterprise side get?')).toEqual([
      'What does the school mainly want',
      'on the whole what does the enterprise side get?',
    ]);
  });
});
