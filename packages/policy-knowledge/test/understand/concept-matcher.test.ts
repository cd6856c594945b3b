import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/index.js';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';

let matcher: ConceptMatcher;
beforeAll(async () => {
  matcher = new ConceptMatcher((await loadKnowledge()).concepts);
});

const concepts = (text: string, audience?: 'teacher' | 'enterprise') => matcher.find(text, audience).map((m) => m.concept);

describe('ConceptMatcher', () => {
  it('drops a situation named only to be denied, contracted or not', () => {
    for (const text of ["he works for us part-time (he hasn't left his post)", 'he has not left his post', "I'm not leaving my post"]) {
      expect(concepts(text)).not.toContain('leave');
    }
    expect(concepts('he has left his post')).toContain('leave');
  });

  it('reads a field of teaching as no support or accountability ("he teaches accounting… finance majors")', () => {
    const named = concepts('he teaches accounting, and his college only runs business and finance majors');
    expect(named).not.toContain('responsibility');
    expect(named).not.toContain('financial-support');
    expect(concepts('will the college be held accountable if it walks away?')).toContain('responsibility');
  });

  it("reads putting a teacher's achievements to commercial use, not a commercial line of business", () => {
    expect(concepts("we want to exploit a teacher's patented technology commercially", 'enterprise')).toContain('commercialise');
    expect(concepts("can we commercialise a lecturer's research results?", 'enterprise')).toContain('commercialise');
    expect(concepts('our company does commercial real estate', 'enterprise')).not.toContain('commercialise');
  });

  it('reads a conflict of interest as a worry over a rule, and a conflict between the sides as a conflict', () => {
    const named = concepts("is it a conflict of interest to be a partner in my students' startup?");
    expect(named).toContain('prohibited');
    expect(named).not.toContain('conflict');
    expect(concepts('what happens when the school and the company have a conflict?')).toContain('conflict');
  });

  it('reads a coming change done to something as its effect, not as a question about future rules', () => {
    expect(concepts('is taking part going to change our investment and income?', 'enterprise')).not.toContain('outside-subject');
    expect(concepts('is the guidance going to change?')).toContain('outside-subject');
  });

  it('keeps a denial on the same concept named again right after it, but not on one overlapping it', () => {
    expect(concepts('can I still get rated excellent without stealing a slot from my colleagues?')).not.toContain('counts-against');
    expect(concepts('does an excellent rating take a slot from my colleagues?')).toContain('counts-against');
    expect(concepts('is that thing (not counting against the quota) for everyone who is off post?')).toContain('counts-against');
  });

  it('reads starting a business named in words of its own, unless it is denied', () => {
    expect(concepts('he wants to start a robot-parts trading company while keeping his post')).toEqual(
      expect.arrayContaining(['start-business', 'in-post']),
    );
    expect(concepts("I don't want to open a small noodle shop")).not.toContain('start-business');
  });

  it('reads "statistics" before a lecturer or after "teaches" as a field, not as figures asked for', () => {
    expect(concepts('Can a statistics lecturer from the college work part-time for us?', 'enterprise')).not.toContain('amount');
    expect(concepts('she teaches statistics')).not.toContain('amount');
    expect(concepts('does the paper give statistics on it?')).toContain('amount');
  });

  it('reads the role an entrepreneur keeps at the school, and running a business at the same time, as a teaching role', () => {
    expect(concepts('under the order-based mode what role am I still supposed to keep at the school?')).toContain('teaching-role');
    expect(concepts('can they be running their own business at the same time?')).toContain('teaching-role');
  });

  it('leaves out a way of taking part the question only compares with ("like it does when you leave")', () => {
    const named = concepts('Does the company have to be a tech company for part-time work, like it does when you leave your post?');
    expect(named).toContain('part-time');
    expect(named).not.toContain('leave');
    expect(concepts("I'd like to leave my post for a while")).toContain('leave');
  });

  it('reads what tested results turn into, and weak spots found in them, as forming teaching resources', () => {
    for (const text of [
      'what do those results eventually turn into?',
      'what happens to the results afterwards?',
      'what if they find weak spots?',
    ])
      expect(concepts(text)).toContain('resource-forming');
  });

  it('reads a failing career, health coverage and keeping his post in words of their own', () => {
    expect(concepts('will my title progress just die while I am gone?')).toContain('lose');
    expect(concepts('does my school health coverage just continue?')).toContain('medical');
  });

  it('reads "an accounting and tax services company" as a business, not as a question about tax', () => {
    expect(concepts('the firm is an accounting and tax services company, so pretty much my field')).not.toContain('outside-subject');
    expect(concepts('do I pay tax on my startup income?')).toContain('outside-subject');
    expect(concepts('what taxes do companies like ours pay?')).toContain('outside-subject');
  });

  it('reads where an application goes, on what forms, and a figure broken down as details the paper does not give', () => {
    expect(concepts('and who exactly do I submit the application to, and what forms?')).toContain('detail');
    expect(concepts('does it break that number down by major?')).toContain('detail');
    for (const text of [
      'how quickly does the school have to take me back?',
      'is there some default split?',
      'do we get royalties?',
      'is there seed money for student startups?',
      'is there a standard rate per hour?',
      'what documents would he need?',
    ])
      expect(concepts(text)).toContain('detail');
  });

  it('reads leaving a business as staying on in it or not, and being stuck in it as being made to stay', () => {
    for (const text of [
      'once the company is running ok, do I have to leave it?',
      'must the teacher leave the company once it is stable?',
    ]) {
      expect(concepts(text)).toContain('stay-on');
      expect(concepts(text)).not.toContain('leave');
    }
    expect(concepts('can I leave to start a company?')).toContain('leave');
    expect(concepts("and once it's up and running, am I stuck in it?")).toContain('obliged');
  });

  it('reads who had to deal with a case as its aftermath, and how one deals with something as a remedy', () => {
    expect(concepts('who ended up having to deal with it?')).toContain('aftermath');
    expect(concepts('who had to deal with the students?')).toContain('aftermath');
    expect(concepts('how do they deal with it?')).toContain('remedy');
  });

  it('reads a shop a technology product serves as its customer, not as an ordinary business', () => {
    expect(concepts("ok what if it's a startup building an AI ordering app for tea shops instead?")).not.toContain('unrelated');
    expect(concepts('can I leave my post to open a tea shop?')).toContain('unrelated');
    expect(concepts('a shop for phones, is that fine?')).toContain('unrelated');
  });

  it('reads "cover" of a document as what it holds, and of the guidance as whom it applies to', () => {
    expect(concepts('does the agreement cover confidentiality?')).not.toContain('scope');
    expect(concepts("What's it supposed to cover?")).not.toContain('scope');
    expect(concepts('does it cover me?')).toContain('scope');
    expect(concepts('who is the guidance meant to cover?')).toContain('scope');
  });

  it('reads needs that "don\'t get met" as the conflict the paper warns of', () => {
    expect(concepts("what if those needs don't get met")).toContain('conflict');
  });

  it('reads "deal with that" as handling it, not as a deal', () => {
    expect(concepts('are there good mechanisms to deal with that?')).toContain('remedy');
    expect(concepts('are there good mechanisms to deal with that?')).not.toContain('cooperation-agreement');
    expect(concepts('can we sign a deal with the college?')).toContain('cooperation-agreement');
  });

  it('reads "cover" done by a party as paying, and "covered" of a party as whom the guidance applies to', () => {
    expect(concepts('and work injury insurance, same deal - the school covers it?')).not.toContain('scope');
    expect(concepts('does the company still cover his insurance?')).not.toContain('scope');
    expect(concepts('is our company covered?')).toContain('scope');
    expect(concepts('are firms like ours covered by it?')).toContain('scope');
  });

  it('reads a frozen title review as one stopped, and signing something with us as an agreement of its own', () => {
    expect(concepts('does leaving my post freeze my title evaluation?')).toContain('lose');
    expect(concepts('does the college also sign something with us or is it just between him and them?')).toContain('another-agreement');
  });

  it('reads a named length past three years apart from one merely past the limit', () => {
    expect(concepts('could I stretch it to 4 years?')).toContain('named-years');
    expect(concepts('can I stay longer than three years?')).toContain('beyond-three-years');
    expect(concepts('can I take a five-year leave?')).toContain('named-years');
    expect(concepts('is 3.5 years ok?')).toContain('named-years');
  });

  it('reads "whether they\'re really good in their field" as testing the teacher and "pulled into an agreement" as signing', () => {
    expect(concepts("a way of seeing whether they're really good in their field")).toContain('teacher-test');
    expect(concepts("does it say anything about whether I'm any good at my subject?")).toContain('teacher-test');
    expect(concepts('does the company get pulled into any agreement as well?')).toContain('sign');
  });

  it('reads a dean who only tells the case ("my dean says…") as no detail asked of the dean', () => {
    expect(concepts("My dean says I need to sign 'some agreement' before going off-post. What is it?")).not.toContain('detail');
    expect(concepts('Who do I apply to for off-post entrepreneurship - HR, the dean, or someone else?')).toContain('detail');
  });

  it('reads no length of five years in "1.5 years": the digits after a decimal point open no phrase', () => {
    expect(concepts("I'm about 1.5 years into my leave")).not.toContain('named-years');
    expect(concepts('I might need 5 years')).toContain('named-years');
  });

  it('drops a situation the question sets against what it asks ("instead of doing part-time")', () => {
    const read = concepts("what about if I'd rather set up my own company instead of doing part-time?");
    expect(read).toContain('start-business');
    expect(read).not.toContain('part-time');
    expect(concepts('can I work part-time instead of leaving my post?')).not.toContain('leave');
    expect(concepts('can I work part-time and leave my post later?')).toContain('leave');
    // "could he instead leave his post?" asks the act "instead" stands before.
    expect(concepts('And could he instead leave his post to do ordinary sales work for us?')).toContain('leave');
  });

  it('reads a business opened or run "on the side" as a start-up in post, work "on the side" as part-time', () => {
    expect(concepts("and what if I'd rather run a cafe on the side?")).toContain('in-post');
    expect(concepts("and what if I'd rather run a cafe on the side?")).not.toContain('part-time');
    expect(concepts('can I work on the side at a cafe?')).toContain('part-time');
  });

  it('reads "in that case" as a link to what was said, not as an example asked for', () => {
    expect(concepts('who signs what in that case?')).not.toContain('example');
    expect(concepts('do we owe anything for them in that case?')).not.toContain('example');
    expect(concepts('what does the paper say in the case of Lou Gaoming?')).toContain('example');
    expect(concepts('is there a case study of a teacher who did this?')).toContain('example');
  });

  it('reads a question asked the negative way round ("won\'t my teaching suffer?") as asking, not denying', () => {
    expect(concepts("If I take a part-time job at an RFID firm, won't my teaching suffer?")).toContain('lose');
    expect(concepts("my teaching won't suffer if I work part-time, right?")).not.toContain('lose');
  });

  it('tells which concepts a text names only to deny them', () => {
    expect([...matcher.denied("my excellent grade doesn't count against the quota")]).toContain('counts-against');
    expect([...matcher.denied('does my excellent grade count against the quota?')]).not.toContain('counts-against');
    // "instead" before a phrase that is itself a denial denies nothing.
    const apart = 'what if he came from a nursing school instead — nothing to do with software?';
    expect([...matcher.denied(apart)]).not.toContain('unrelated');
    expect(concepts(apart)).toContain('unrelated');
  });

  it('reads ", or is it shady?" as the other choice offered, not the claim asked', () => {
    expect(concepts('Is that the kind of thing the paper supports, or is it shady?')).not.toContain('prohibited');
    expect(concepts('Is that allowed, or is it just predatory?')).not.toContain('prohibited');
    expect(concepts('Is it shady to do that?')).toContain('prohibited');
    expect(concepts('does it have to be a tech company or could it be anything?')).not.toContain('unrelated');
    expect(concepts('could it be anything?')).toContain('unrelated');
  });

  it('denies what a negation names after "anyone" or a pronoun ("without anyone getting in trouble")', () => {
    expect(concepts('can we hire him part-time without anyone getting in trouble?')).not.toContain('prohibited');
    expect(concepts('will anyone get in trouble if we hire him part-time?')).toContain('prohibited');
  });

  it('reads "the exact same field" as the same field, not as asking for an exact amount', () => {
    const read = concepts('my side company works in the exact same field as the course I teach');
    expect(read).toContain('same-field');
    expect(read).not.toContain('amount');
  });

  it('reads "a number", "any numbers" and "put a number on" as asking for an amount', () => {
    for (const text of ['does the paper actually give a number anywhere?', 'any numbers?', 'does it put a number on the savings?']) {
      expect(concepts(text)).toContain('amount');
    }
  });

  it('reads a period\'s "end" after "before" or "when" as a point in time, not a loss', () => {
    expect(concepts('can I come back before that period ends?')).not.toContain('lose');
    expect(concepts('what happens when my leave ended?')).not.toContain('lose');
    expect(concepts('will my career end if I leave my post?')).toContain('lose');
  });

  it('reads "rule" right after an aspect ("the injury insurance rule") as that aspect\'s rule, not a condition', () => {
    expect(concepts('does the injury insurance rule apply to him too?')).not.toContain('condition');
    expect(concepts('is there a rule on which company I can work for?')).toContain('condition');
  });

  it('reads what the asker does not wish ("I don\'t want to lose my job") as not asked', () => {
    expect(concepts("I don't want to lose my job at the college though. Is there a way to do this?")).not.toContain('prohibited');
    expect(concepts('will I lose my job for running a startup?')).toContain('prohibited');
    expect(concepts("I don't want to quit teaching, but can I start a company while I keep my job?")).not.toContain('terminate');
    expect(concepts('can I quit teaching and start a company?')).toContain('terminate');
    expect(concepts("honestly I don't think I'm going back. can I just quit the college?")).not.toContain('return');
    expect(concepts("I think I'm going back next term, can I?")).toContain('return');
  });

  it('reads "is there some form for that?" as a detail asked, not "a form of cooperation"', () => {
    expect(concepts('Is there some form for that?')).toContain('detail');
    expect(concepts('is order-based training a form of cooperation?')).not.toContain('detail');
  });

  it('reads "college teacher" as the teacher, not the school as a party', () => {
    expect(concepts('if we hire a college teacher who left his post, do we pay his injury insurance?')).not.toContain('school');
    expect(concepts('does the college pay his injury insurance?')).toContain('school');
  });

  it('reads a year of the calendar ("this year", "every year") as no length of time', () => {
    expect(concepts('my startup did really well this year, does that take a slot?')).not.toContain('duration');
    expect(concepts('do we pay him every year?')).not.toContain('duration');
    expect(concepts('can I stay away for a year?')).toContain('duration');
  });

  it('reads no unrelated business where the fields named are shared ("software for small shops")', () => {
    expect(concepts('I teach accounting, could my startup be bookkeeping software for small shops?')).not.toContain('unrelated');
    expect(concepts('I teach accounting, could my startup be a bubble tea shop?')).toContain('unrelated');
  });

  it('reads "at all" as stress, not as all of something, and "not a teacher" as no role', () => {
    const asked = "I'm a lab technician at a research institute, not a teacher. Does this guidance cover me at all?";
    expect(concepts(asked)).not.toContain('all-of');
    expect(concepts(asked)).not.toContain('non-technical');
    expect(concepts('does the school pay all my insurance?')).toContain('all-of');
  });

  it('reads "at least" before an amount as a detail, and as a hedge otherwise', () => {
    expect(concepts('ok but does it at least have to match what I teach?')).not.toContain('detail');
    expect(concepts('do I still get assessed each year by the school at least?')).not.toContain('detail');
    expect(concepts('do I have to work there at least two days a week?')).toContain('detail');
    expect(concepts('must I stay at least 3 years?')).toContain('detail');
  });

  it('reads "my own" and "would it need" as neither ownership nor needs, and "who owns" as ownership', () => {
    const read = concepts('and if I did found my own instead, what kind of company would it need to be?');
    expect(read).not.toContain('ownership');
    expect(read).not.toContain('needs');
    expect(concepts('who owns the patents I develop on leave?')).toContain('ownership');
    expect(concepts('does the school own my patent?')).toContain('ownership');
  });

  it('reads "we" and "us" as the enterprise only when an enterprise contact asks', () => {
    expect(concepts('who pays injury insurance for us?', 'enterprise')).toContain('enterprise');
    expect(concepts('who pays injury insurance for us?', 'teacher')).not.toContain('enterprise');
  });

  it('reads a start-up that dies or goes bust as a reason to return, not as a death or the order-class bankruptcy', () => {
    for (const text of ['would I lose everything if my startup dies?', 'could my startup go bankrupt?', 'what if my company goes bust?']) {
      expect(concepts(text)).toContain('return');
      expect(concepts(text)).not.toContain('death');
      expect(concepts(text)).not.toContain('risk');
    }
    expect(concepts('what if a teacher dies at work?')).toContain('death');
  });

  it('reads breaking the law or going to jail as a prohibition, and a career "down the drain" as a loss', () => {
    expect(concepts('am I breaking the law if I consult for a company on weekends?')).toContain('prohibited');
    expect(concepts('could I go to jail for starting a company as a teacher?')).toContain('prohibited');
    expect(concepts('is it a fireable offence to run a startup while teaching?')).toContain('prohibited');
    expect(concepts('will they fire me if I take a part-time job at a firm?')).toContain('prohibited');
    expect(concepts('is my career down the drain if I leave my post?')).toContain('lose');
  });

  it('reads running a company "on the side" as starting one in post, and a job "on the side" as part-time work', () => {
    expect(concepts('is running a company on the side illegal for teachers?')).toContain('in-post');
    expect(concepts('is running a company on the side illegal for teachers?')).not.toContain('part-time');
    expect(concepts('can I take a job on the side?')).toContain('part-time');
  });

  it('reads "the start-up case" as a way of taking part, not as an example case', () => {
    expect(concepts('same for the start-up case?')).toContain('in-post');
    expect(concepts('same for the start-up case?')).not.toContain('example');
    expect(concepts('and the leave case?')).toContain('leave');
    expect(concepts('does the paper give a case?')).toContain('example');
  });

  it('also names a phrase that starts inside another and reaches past it', () => {
    expect(concepts('what if my post is gone?')).toEqual(expect.arrayContaining(['personnel-relationship', 'vacancy']));
    expect(concepts('and if i quit my post for it?')).toContain('leave');
  });
});
