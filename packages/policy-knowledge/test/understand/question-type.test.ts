import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/understand/question-type.js';

describe('questionType', () => {
  it.each([
    ['do I keep my pension if I leave to start a company?', 'yes-no'],
    ['A teacher who teaches RFID wants to work part-time with us. Any problem with that?', 'yes-no'],
    ["Say we sign a 3-year deal and then the students just don't want to come work for us. Any protection?", 'yes-no'],
    ['Any recourse if the college walks away?', 'yes-no'],
    // One candidate after "who pays" asks whether it is the payer; a list of them, or another act, asks who.
    ['in that case who pays my work injury insurance, the firm I join?', 'yes-no'],
    ['Who covers her work injury insurance then - us?', 'yes-no'],
    ["How can we use a professor's research commercially - is she allowed to bring it into a firm if she leaves?", 'yes-no'],
    ['how can I start a company while teaching?', 'how'],
    ['If we hire a teacher on leave from their college, who pays their injury insurance — us?', 'yes-no'],
    ['who pays the injury insurance - the school or us?', 'who'],
    ['Who decides how revenue gets split between us, the teacher and the college?', 'who'],
    ['who pays his insurance, the school or the company?', 'who'],
    ['who sets up the project group, an outside company?', 'who'],
    ["if i'm rated excellent while off post, it doesn't use up one of the school's slots?", 'yes-no'],
    ["so if I get 'excellent' it sits outside the school's excellent quota?", 'yes-no'],
    ["so if i get rated excellent I'm not taking a slot from my colleagues?", 'yes-no'],
    ['if it fails then what happens to my post?', 'what'],
    ["so what I achieve in the startup just doesn't count for promotion, right?", 'yes-no'],
    ['wil my pension contributions continue if i go off post', 'yes-no'],
    // Whether something settles an amount or a length, not which it is.
    ['Does the guidance itself fix how much salary I get during off-post leave?', 'yes-no'],
    ['Does the guidance spell out exactly how much salary I get while off post?', 'yes-no'],
    ['does the guidance set how long I can be away?', 'yes-no'],
    ['how much salary do I get during the leave?', 'how-much'],
    // The thinking or logic behind something is why it is so.
    ["what's the thinking behind restricting it like that?", 'why'],
    // A subject and "be" contracted, asked back: "so I'm stuck?".
    ["HR says my old position is filled and there's no vacancy. so I'm stuck?", 'yes-no'],
    ['can either the school or the firm just walk away from the cooperation', 'yes-no'],
    // The kind asked, then a case put to it: whether the case is covered is what is asked.
    ['what kind of entrepreneurship does it cover, like any business at all?', 'yes-no'],
    ['what sort of entrepreneurship does it have in mind tho - could she open a restaurant under it?', 'yes-no'],
    ['what kind of company can I start?', 'what'],
    // A subject and a modal alone, asked back.
    ["so I basically can't?", 'yes-no'],
    // A question word with its own subject and verb names a thing ("what I teach"); with an auxiliary it still asks.
    ['so it has to be related to what I teach?', 'yes-no'],
    ['so what should I do?', 'what'],
    // A polite request, however typed, asks for the thing, not whether it can be done.
    ['can u explain the order-based training mode from the paper', 'what'],
    ['could you pls describe the training base mode?', 'what'],
    // A request put to anyone listening is still a request, not a yes/no question.
    ['can someone explain the order-based training mode from the paper?', 'what'],
    ['could anyone quickly tell me what the teachers team mode is', 'what'],
    ['Could you kindly specify the contents of the post-leaving agreement?', 'what'],
    // After the name of a mode, a question word asks; after a person, it opens a relative clause.
    ['in the teacher-entrepreneur version who sets up the project group?', 'what'],
    ['in the order-based mode, can the teacher who runs the company pick students?', 'yes-no'],
    // A share asked for, however qualified, asks for an amount.
    ["and what's the usual income split with the school?", 'how-much'],
    ['what profit-sharing ratio is standard in that agreement?', 'how-much'],
    // A percentage, or a count per period, is an amount asked for.
    ['what % of the income does the school get under that one?', 'how-much'],
    ['How many interns per semester are we allowed to take under the order-based mode?', 'how-much'],
    // A statement, then the question after a dash or colon.
    ['The paper has an RFID example in section 4 - what is it about', 'what'],
    ['My startup is in RFID: what does the paper make of that example?', 'what'],
    // A scene set before a comma, then "why".
    ['In the order-based training mode, why are the students better prepared for company needs?', 'why'],
    ["we don't either?", 'yes-no'],
    // A conclusion drawn with "so … then" asks to be confirmed; "what happens then" still asks what.
    ['so basically the school covers all my insurance then', 'yes-no'],
    ['so what happens then', 'what'],
    // An abbreviation's full stop ends no sentence.
    ['does the guidance cover a business that has nothing to do with innovation, e.g. a franchise store?', 'yes-no'],
    // A question word alone asks its own question.
    ['and when?', 'when'],
    // A question ending in "??" followed by statements is still the question asked.
    ["Am I breaking some rule by running a startup while teaching?? I'm scared HR will fire me. It's a CAD plugin company.", 'yes-no'],
    // The one question of a message that goes on to say something; a second question is not such a statement.
    ['do companies exploit students? the paper says something about fee-grabbing partners', 'yes-no'],
    ['and medical? will my salary carry on while I am off post', 'yes-no'],
    ['what happens to income from my startup - is there an agreement', 'yes-no'],
    ['what happens to my pension?', 'what'],
    // A statement of what something is, asked as a question; a bare name or a possessive says nothing is so.
    ["and that's permanent?", 'yes-no'],
    ['so regular companies are more cautious?', 'yes-no'],
    ['housing allowance?', 'what'],
    // Whether there is a limit, not how long it is.
    ['Is there a limit on how long I can be off-post?', 'yes-no'],
    // Whether there is a way: yes or no.
    ['any hack to get back to my college before the 3 years are up', 'yes-no'],
    ['any conditions?', 'what'],
    ['how long can I be off post?', 'how-long'],
    ["the leave agreement's contents?", 'what'],
    // A thing named first ("what we want is…"), then the yes/no question about it.
    ["what we want from the college is staff training, is that on the paper's list?", 'yes-no'],
    ['what we want from the college', 'what'],
    ['my off post startup has to be technology related rite', 'yes-no'],
    // An opener of time, or of whom or what it is about, before the auxiliary; a verdict word about the rules closing it.
    ['right now can either the school or the company just walk away from a cooperation deal', 'yes-no'],
    ["as an off post teacher do both the school's rules still apply to me", 'yes-no'],
    ['in the order-based model can graduates end up working for the company', 'yes-no'],
    ['a lecturer wants to work with us 2 days a week. ok under the guidance?', 'yes-no'],
    ['if i come back early, what happens?', 'what'],
    ['if i go off post to run my startup do i still stay in the school social insurance', 'yes-no'],
    ["I'm leaving my post to join a tech company. do THEY have to cover my injury insurance", 'yes-no'],
    ['is it true that over 70% of graduates miss the requirements?', 'yes-no'],
    ['a robotics firm wants me two afternoons a week - allowed?', 'yes-no'],
    ['what happens if she dies in an accident at her startup, do the school rules on pensions apply?', 'yes-no'],
    ['per the paper, is training staff together cheaper than hiring them?', 'yes-no'],
    ['we worry about leaks if he joins us - is confidentiality part of an agreement', 'yes-no'],
    ['our HR wants to know if the teacher keeps his pension', 'yes-no'],
    ['if the deal goes wrong can either side walk away', 'yes-no'],
    ['even if I run my own firm am I still expected to teach', 'yes-no'],
    ["so my title review goes on, and if there's no post when I get back the school makes room?", 'yes-no'],
    ['what about the students on real projects at his firm - does the school insure them?', 'yes-no'],
    ["and what about my title? will I still be in line for the evaluation while I'm out", 'yes-no'],
    ["I'm off post now, and how long do I have?", 'how-long'],
    ['in the training base model from which grade can it start', 'what'],
    ['if we hire an off-post teacher what insurance are we on the hook for', 'what'],
    ["our HR asks whether we sign the teacher's leave agreement", 'yes-no'],
    ["hurt my hand at my company — school's or company's insurance?", 'choice'],
    ['does the school or the company pay his injury insurance?', 'choice'],
    ['right now, can a school or a company pull out of a partnership without much cost?', 'yes-no'],
    ['who pays injury insurance for us?', 'who'],
    ['If not, who?', 'who'],
    ['if not related to my major, can I still start one?', 'yes-no'],
    ["we're scared our trade secrets leak if he joins us on leave. is confidentiality covered anywhere", 'yes-no'],
    ['I am on leave now. how long can I stay away?', 'how-long'],
    ['how long can I be away?', 'how-long'],
    ['how much is the pension contribution?', 'how-much'],
    ['ok and how many hrs per week am i alowed to put in?', 'how-much'],
    // A size, a share or how early are amounts and dates, which the guidance may not give.
    ['how big is the bonus for an excellent rating while off post', 'how-much'],
    ["what percent of my startup's income goes to the college?", 'how-much'],
    ['what share?', 'how-much'],
    ['and by what margin?', 'how-much'],
    ['what proportion of the profits does the college get?', 'how-much'],
    ['how far in advance do i need to apply before going off post', 'when'],
    // A lead-in naming the frame, then the question word.
    ['In the training base mode, when does the teacher set up the project group?', 'when'],
    ['for the order-based mode, what does the college give the teacher?', 'what'],
    ['In the training base mode, does the teacher set up a project group?', 'yes-no'],
    // A topic named, a condition, then the yes/no question.
    ["what about the annual evaluation — if I get 'excellent' does that take one of the excellent slots from my colleagues?", 'yes-no'],
    ["what about the annual evaluation — if I get 'excellent', what happens?", 'what'],
    // A condition, then the question word: what follows the comma is asked.
    ['If we partner with a college, when does the paper say these partnerships tend to break down?', 'when'],
    ['if I leave my post, how long can I stay away?', 'how-long'],
    ['If I leave my post, do I keep my pension?', 'yes-no'],
    ['why does the guidance set conditions?', 'why'],
    ['what must the leave agreement contain?', 'what'],
    ['hi! so, what does section 4.3 say', 'what'],
  ] as const)('reads "%s" as %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });
});
