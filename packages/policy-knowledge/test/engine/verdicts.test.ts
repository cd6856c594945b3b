import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor, loadEvalSet, type Advisor } from '../../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

/** Asks `question` as a conversation's first turn: the context a follow-up carries, and the verdict given. */
function contextAfter(question: string, audience: 'teacher' | 'enterprise') {
  const first = advisor.ask(question, { audience });
  if (first.kind !== 'answer') throw new Error(`expected an answer, got ${first.kind}`);
  return { context: { question: first.question, topicId: first.topic.id, facts: first.facts }, verdict: first.verdict };
}

describe('verdicts of yes/no questions, with the clauses that decide them', () => {
  it.each([
    ['do I keep my pension if I leave to start a company?', 'teacher', 'yes', '3-10'],
    // "they cant take me back" typed without an apostrophe is still the fear of being refused.
    ['my old post got filled while I was away. so they cant take me back now?', 'teacher', 'no', '3-22'],
    // A "side company" or being "a company boss" while teaching is a start-up while in post.
    ['I teach CNC machining and my side company does CNC parts. Could that get me disciplined?', 'teacher', 'no', '3-5'],
    ['is it against the rules to be a lecturer and a company boss at once?', 'teacher', 'no', '3-5'],
    // "before their 3 years are up" is inside the period: returning early is allowed.
    ['if the teacher stops working with us, can she go back to her college before her 3 years are up?', 'enterprise', 'yes', '3-21'],
    // Teaching resources built jointly need no further part of the enterprise (4.2-2).
    [
      'does our company have to stay involved for the college to use the teaching resources we built together?',
      'enterprise',
      'no',
      '4.2-2',
    ],
    // Teaching, part-time work and a start-up juggled or "all done together" are what the paper says can be coordinated.
    ['can I realistically juggle teaching, a part-time job and my own startup?', 'teacher', 'yes', '4-2'],
    ['does the paper think teaching, part-time work and a business can all be done together?', 'teacher', 'yes', '4-2'],
    // An enterprise's part in the teaching itself is what the paper finds missing in the talent training programme.
    ["what does the paper say about companies' part in drawing up a college's talent training programme?", 'enterprise', null, '4.4-1'],
    // A general why-question among the problems, their overview close behind the top one, gets the overview.
    ['why do so many college–company partnerships fall apart, according to the paper?', 'teacher', null, '2.2-1'],
    // The guidance names public institutions only: whether it covers a private college is left open.
    ['I teach at a private (non-public) college. Does the guidance apply to me?', 'teacher', 'not-stated', '3-2'],
    // Nothing in law stops either side from walking away: a law that would stop it is a no.
    [
      'Is there any law right now that stops the college from just walking away from our cooperation agreement?',
      'enterprise',
      'no',
      '2.2-1',
    ],
    // Hotel and property management are excepted from the fee-collecting partners; asking the exception itself is a yes.
    [
      'We do hotel management training together with a college. Does the paper lump us in with the fee-collecting training companies?',
      'enterprise',
      'no',
      '4.4-2',
    ],
    [
      'Is hotel management one of the majors the paper makes an exception for among fee-collecting joint programmes?',
      'teacher',
      'yes',
      '4.4-2',
    ],
    // The field rule of an in-post start-up holds whatever the example questions suggest.
    ['can I start my own company on the side (while still teaching) in something unrelated to my major?', 'teacher', 'no', '3-5'],
    // Handing one's patents over claims an owner the paper leaves to the leave agreement; one national rule is not what it says.
    ['Does the paper say off-post teachers must hand all their patents over to the school?', 'teacher', 'not-stated', '3-17'],
    ['Are salary and medical treatment for off-post teachers set by one fixed national rule?', 'teacher', 'no', '3-16'],
    // The "only" of the other choice a question offers is not its claim: research institutes are named in scope.
    ['can a researcher at a public research institute use this guidance too or is it only for teachers', 'teacher', 'yes', '3-2'],
    // Counting toward the college's quota is taking a place in it.
    [
      "Does an 'excellent' rating given to an off-post entrepreneur count toward the college's quota of excellent ratings?",
      'teacher',
      'no',
      '3-15',
    ],
    // Used "beyond just one course" claims the opposite of one course.
    ['can the jointly built teaching resources be used beyond just one course?', 'enterprise', 'yes', '4.2-2'],
    // Patents that "become his" claim an owner too.
    ["I left my post to work at my friend's firm. Do my patents just become his?", 'teacher', 'not-stated', '3-17'],
    // Keeping ownership of the results claims an owner, which the paper leaves to the leave agreement.
    [
      'Does the guidance say the teacher keeps ownership of all research achievements made while off post?',
      'teacher',
      'not-stated',
      '3-17',
    ],
    // A fact holding of some cooperation and not all: asked of all, no; asked of some, yes.
    ['Do enterprises always benefit more than the school from in-depth cooperation?', 'enterprise', 'no', '2.3-2'],
    ['Does the paper say some deep school-enterprise cooperation mainly benefits the enterprise?', 'enterprise', 'yes', '2.3-2'],
    // Whether the enterprise settles who owns the results: the paper leaves ownership to the leave agreement.
    ['Do we get to decide who owns the results an off-post teacher produces while working with us?', 'enterprise', 'not-stated', '3-17'],
    // Whether a negative the fact's rule gives is true: yes, it is.
    [
      "we've hired teachers part time before and it was messy. " +
        "is it true companies basically couldn't hire part-time teachers in the past?",
      'enterprise',
      'yes',
      '4-4',
    ],
    // "is that an option?" asks whether the teacher may, not whether the school may choose to end the contract.
    ['If I want to resign from the college entirely during my off-post period, is that an option?', 'teacher', 'yes', '3-20'],
    ['is it optional for the school to end my contract if I ask during the leave?', 'teacher', 'no', '3-20'],
    // A comparison whose sides are named is read off its words: the market costs more than co-training.
    ['does the paper say recruiting from the talent market is cheaper than co-training people with a school?', 'enterprise', 'no', '2.3-5'],
    // Whether the enterprise pays any insurance at all: it pays the injury insurance.
    ['Do we have to pay any insurance for the teacher on leave who works with us?', 'enterprise', 'yes', '3-11'],
    // Abusing one's position or breaking the part-time rules by an allowed act is a worry: No.
    ['Would it be an abuse of my position to hire the graduates I trained into my own company?', 'teacher', 'no', '4.5-2'],
    ['I teach welding and a welding firm wants me part-time. Am I breaking the part-time rules?', 'teacher', 'no', '3-4'],
    // A worry that an allowed thing disqualifies the asker or throws him off a track is a No.
    ["Does having a 'killer' product somehow disqualify me from starting a business in post?", 'teacher', 'no', '3-5'],
    ['does a rough patch at my startup get me thrown off the title track?', 'teacher', 'no', '3-13'],
    ['does working part-time in an unrelated field disqualify me?', 'teacher', 'yes', '3-4'],
    ['I left my post to join a firm. In that case who pays my work injury insurance, the firm I join?', 'teacher', 'yes', '3-11'],
    // "only between me and my school" of the agreement the enterprise signs too leaves a side out.
    ['Are the income distribution terms agreed only between me and my school?', 'teacher', 'no', '3-18'],
    ['does the college also sign something with us or is it just between him and them?', 'enterprise', 'yes', '3-18'],
    // An allowed act feared to be an offence or a red flag is a No.
    ['Is it some kind of offence to resign from the college partway through my startup leave?', 'teacher', 'no', '3-20'],
    // A shop opened "on the side" is a start-up while in post, not part-time work.
    ['Would the guidance cover a teacher opening a bubble-tea shop on the side?', 'teacher', 'no', '3-5'],
    // However sure "not covered" is alone, a business outside any field put to one way asks that way's field rule.
    ['can I open a bubble tea shop on the side?', 'teacher', 'no', '3-5'],
    // "take leave from my post" is leaving it; "a particular kind of company" asks the way's condition.
    ['I want to take leave from my post to start a company. Does it have to be a particular kind of company?', 'teacher', 'yes', '3-6'],
    ["I teach IoT and RFID. If I also take a part-time job at an RFID firm, won't my teaching suffer?", 'teacher', 'no', '4-3'],
    // Staying past three years is asking to exceed the limit; what happens past three years is another question.
    [
      "we'd like the teacher who's on leave with us to stay past three years and still keep his college post. is that possible?",
      'enterprise',
      'no',
      '3-19',
    ],
    // "Should I be?" asks only what the worry before it says.
    [
      "Worried I'll blow up my department's excellent quota if the school rates me excellent while I'm off-post. Should I be?",
      'teacher',
      'no',
      '3-15',
    ],
    [
      "help, I just told my dean I'm ending my off-post stint early and coming back. did I blow up my contract? " +
        'can they punish me for returning early?',
      'teacher',
      'no',
      '3-21',
    ],
    // A teacher's "original employer" is the school.
    ["while I'm off post, is my social insurance still handled through my original employer?", 'teacher', 'yes', '3-10'],
    // Another mode named as the one the paper calls the best.
    [
      "Is the training base mode the one the paper calls the best way to get real 'blood flow' between school and industry?",
      'teacher',
      'no',
      '4.1-2',
    ],
    ["Does the paper call the teachers' team mode the best way to get blood flowing?", 'teacher', 'yes', '4.1-2'],
    // Any of his insurance: a part of it, the injury insurance, is the enterprise's; all of it only partly.
    ['we hired a lecturer who left his post - would we have to pay any of his insurance?', 'enterprise', 'yes', '3-11'],
    ['we hired a lecturer who left his post - do we have to pay his insurance?', 'enterprise', 'partly', '3-10'],
    // The paper itself is a research paper, however it is asked.
    ['Is this paper an official government document?', 'teacher', 'no', '6-1'],
    // "only the teacher benefits" of a fact where teachers and employees benefit each other, whatever words it shares.
    [
      'Is the teacher part-time arrangement basically one-way, i.e. only the teacher benefits and not our staff?',
      'enterprise',
      'no',
      '4.1-1',
    ],
    // A safeguard asked for where the paper finds the laws lacking.
    [
      "We're worried the school might pull out of our partnership after two years. Does the paper say there's anything that protects us?",
      'enterprise',
      'no',
      '2.2-1',
    ],
    // Coming back after a stay past the three years breaks the condition the return rests on (the brief's convention).
    ['if it goes really well, can I just stay out 5 years and still have my job to come back to?', 'teacher', 'no', '3-19'],
    // "…let me go, or can they block it?" asks about letting go; the other choice offered does not turn it around.
    [
      "I want to cut ties with the college for good while I'm on leave. Will they let me go, or can they block it?",
      'teacher',
      'yes',
      '3-20',
    ],
    // A school "coming after" a teacher for what the guidance allows is a worry of breaking the rules.
    ['If I end my employment contract while on leave, will the school come after me?', 'teacher', 'no', '3-20'],
    // Eating a colleague's slot is counting against the quota; a stressing "at least" asks for no lower limit.
    // "after a year" is time already spent, not a length asked: staying "for good" is ending the contract.
    [
      'Our engineer is a lecturer on leave. If after a year he wants to stay with us for good, can he just leave his college?',
      'enterprise',
      'yes',
      '3-20',
    ],
    // Doing the job in the enterprise's positions is the competence the teachers' team mode asks of a part-time teacher.
    ['is a part-time teacher supposed to actually do the job in our positions?', 'enterprise', 'yes', '4.1-2'],
    ['In the teaching resources mode, can the finished material be used beyond a single course?', 'teacher', 'yes', '4.2-2'],
    ["if I'm rated excellent while off post, does that eat one of my colleagues' excellent slots?", 'teacher', 'no', '3-15'],
    ['is there at least a rule on what kind of company I can work part-time at?', 'teacher', 'yes', '3-4'],
    // A named leave length past the three years, hyphenated ("a 5-year leave"), breaks the limit; "1.5 years" names none.
    ['Can I get a 5-year leave to run my company?', 'teacher', 'no', '3-19'],
    ['is 3.5 years ok for my leave?', 'teacher', 'no', '3-19'],
    [
      "I'm about 1.5 years into my off-post leave. I'd like to cut ties with the college completely. Can I do that?",
      'teacher',
      'yes',
      '3-20',
    ],
    // A worry that something the paper describes is a conflict of interest, out of line or breaks staffing rules.
    ['Some of my students are building a startup. Is it a conflict of interest if I join as their mentor?', 'teacher', 'no', '4.6-2'],
    ["Is it out of line for us to go hunting for loopholes in a teacher's technology when we test it?", 'enterprise', 'no', '4.2-1'],
    ['Would my school be breaking staffing rules by going over its headcount to take me back after my leave?', 'teacher', 'no', '3-22'],
    // "only" claimed of what the fact says holds mainly: not only, so no.
    ['Does this innovation & entrepreneurship policy only apply to universities?', 'teacher', 'no', '3-2'],
    // One thing claimed where the fact speaks of many ("just one course" of resources extended to many related courses).
    ['In the teaching resources mode, does the resulting material end up in just one course?', 'teacher', 'no', '4.2-2'],
    ['In the teaching resources mode, can the resulting material only be used for one course?', 'teacher', 'no', '4.2-2'],
    ['In the teaching resources mode, can the resulting material be used in several courses?', 'teacher', 'yes', '4.2-2'],
    // A school year other than the one the mode names for a step ("the project group in the first year").
    ["In the training-base mode, does the teacher set up the project group in the students' first year?", 'teacher', 'no', '4.3-3'],
    ['In the training base mode, do students only get involved from the third year?', 'teacher', 'no', '4.3-3'],
    // A duty to pay denied in the claim is asked the other way round: "so we don't have to pay…?".
    ["so we don't have to pay his work injury insurance?", 'enterprise', 'no', '3-11'],
    ["so we don't have to pay his social insurance?", 'enterprise', 'yes', '3-10'],
    // The school must end the contract a teacher on leave asks to end: it cannot stop it.
    [
      'If the teacher on leave with us decides to resign from the college and stay with us, can the college stop it?',
      'enterprise',
      'no',
      '3-20',
    ],
    // A colleague's claim that off-post teachers "steal" excellent ratings: they count outside the quota.
    ["A colleague claims that off-post teachers 'steal' excellent ratings from the rest of us. Is he right?", 'teacher', 'no', '3-15'],
    // "are we poaching…?" fears that an allowed thing breaks a rule: no.
    ['Are we poaching if we hire the students we trained in our order class once they graduate?', 'enterprise', 'no', '4.5-2'],
    ["I teach RFID and I've been doing part-time RFID integration work for a logistics firm. Am I in trouble?", 'teacher', 'no', '3-4'],
    ["so the school doesn't have to pay my social insurance?", 'teacher', 'no', '3-10'],
    // Loopholes found in testing are what the teaching resources mode expects, not a failed cooperation.
    [
      "The partner company's test team found loopholes all over the tech I developed. Does that mean the cooperation has failed?",
      'teacher',
      'no',
      '4.2-1',
    ],
    // "any legal business" is any business; "is my job gone?" asks whether the post is lost.
    ['For an off-post start-up, is any legal business fine?', 'teacher', 'no', '3-6'],
    ["I've been off post ~2 years. If I come back now is my job gone??", 'teacher', 'no', '3-19'],
    // Off post, the work is innovation work: routine admin work is not it.
    ['If we take on a teacher who has left his post, can we have him do routine admin work for us?', 'enterprise', 'no', '3-6'],
    // "not a teacher" names no role: a research institute's technician is in the guidance's main group.
    [
      "I'm a lab technician at a provincial research institute, not a teacher. Does this guidance cover me at all?",
      'teacher',
      'yes',
      '3-2',
    ],
    // "Did I break some rule?" asks whether it is forbidden.
    ['I was rated excellent while off post and a colleague says I took her spot. Did I break some quota rule?', 'teacher', 'no', '3-15'],
    // A worry whether what the guidance provides is a mistake is answered no.
    [
      "I'm off post running my firm and the school still takes social insurance contributions for me. Is that a mistake?",
      'teacher',
      'no',
      '3-10',
    ],
    // A turn by a negating word ("wrecked") stands against an unsure learned verdict.
    [
      'Someone says off-post teachers get shut out of excellent ratings. ' +
        'Will my annual evaluation be wrecked if I leave to start a company?',
      'teacher',
      'no',
      '3-15',
    ],
    // A worry whether what the guidance allows was wrongdoing is answered no.
    ["My startup got me an 'excellent' rating and a colleague says I took her slot. Did I do something wrong?", 'teacher', 'no', '3-15'],
    // Worries in other words ("exploiting my students", "busted", "break the guidance") are answered no.
    ['Would I be exploiting my students if I put them on real projects in my company in their third year?', 'teacher', 'no', '4.3-3'],
    ['Am I going to get busted for moonlighting at an RFID company? I teach RFID at my college', 'teacher', 'no', '3-4'],
    [
      'Am I committing some kind of fraud by staying in the college social insurance while I run my company off post?',
      'teacher',
      'no',
      '3-10',
    ],
    [
      'We want to recruit the best students from the order class after graduation. Is that against the spirit of the thing?',
      'enterprise',
      'no',
      '4.5-2',
    ],
    [
      "A pen-testing firm that runs simulated cyber attacks wants me part-time. Does working for an 'attack' company break the guidance?",
      'teacher',
      'no',
      '3-4',
    ],
    // A base built and left unused is the problem the training-base section states (4.3-2), not its remedy (4.3-3).
    [
      'Our department built a training base with a partner firm and now it just sits there unused. Does the paper say anything about it?',
      'teacher',
      'yes',
      '4.3-2',
    ],
    // "get in each other's way" asks whether the roles conflict: the paper says they can be coordinated.
    ["Does the paper think teaching, part-time enterprise work and running a business get in each other's way?", 'teacher', 'no', '4-2'],
    // A "what" question asking for a detail the fact and its clauses never give is not stated, like a yes/no one.
    ["what's the maximum number of hours a week I can spend on a part-time job?", 'teacher', 'not-stated', '3-4'],
    // Ending the contract during the leave is the teacher's to ask: a fear that it breaks a rule is answered no.
    ["Is it illegal to quit the college outright while I'm on entrepreneurial leave?", 'teacher', 'no', '3-20'],
    // A fear of sanction about a way of taking part is that way's question, not one the guidance does not cover.
    ['Can the school punish me for starting a company?', 'teacher', 'no', '3-5'],
    // "fire" in a trade's name is no dismissal; "get me fired" still is.
    ['We make fire extinguishers. Can a fire engineering teacher from the college do part-time work with us?', 'enterprise', 'yes', '3-4'],
    // A fear that what the guidance keeps is "dead" is answered no.
    ["I've been away two years on my startup. Is my title promotion dead?", 'teacher', 'no', '3-14'],
    // The paper's lack of laws answers whether there is legal protection: no.
    [
      'We fear the college could walk away halfway through our contract. Is there any legal protection for us?',
      'enterprise',
      'no',
      '2.2-1',
    ],
    // A lecturer who never taught at the college lacks what the order-based mode requires.
    ['Could a new hire who has never taught at the school lead our order class under the order-based mode?', 'enterprise', 'no', '4.5-1'],
    // A field the question says is unrelated, in a relative clause after a comma, still decides.
    ['I teach accounting. May I do part-time work at a bakery, which has nothing to do with my field?', 'teacher', 'no', '3-4'],
    // Fears of being left uninsured or of taking a colleague's rating are answered no.
    ['If I break my arm at my own startup while on leave, will I be uninsured?', 'teacher', 'no', '3-11'],
    ["If I'm graded excellent while on leave, am I stealing a slot from my colleagues?", 'teacher', 'no', '3-15'],
    // Before "the agreed period ends" asks to return early; it loses nothing.
    ["My start-up isn't working out. Can I go back to the college before my agreed period ends?", 'teacher', 'yes', '3-21'],
    // "bring costs down" is the opposite of the fee-collecting partners' raising them; "effective measures" of "no effective…".
    ["Do fee-collecting joint-enrolment partners keep students' costs down?", 'teacher', 'no', '4.4-2'],
    ['Is there an effective system for handling conflicts when one side of a cooperation is left unsatisfied?', 'enterprise', 'no', '2-4'],
    // "at the end" is a point in time, not something lost.
    ['In an order class, can our firm take the students on at the end?', 'enterprise', 'yes', '4.5-2'],
    // Losing one's job "for good" is a fear about the leave, not a wish to end the contract.
    ['If I go off post for my startup, will I lose my position at the school for good?', 'teacher', 'no', '3-19'],
    // Two fears at once ("stole her slot", "did I do something wrong?") are one fear, answered no.
    ['A colleague says I stole her excellent slot while I was off post. Did I do something wrong?', 'teacher', 'no', '3-15'],
    // "against the rules" of mentoring a student company, "predatory" of the order-based mode's selection: no.
    ["One of my students started a tiny company and I've been mentoring them. Is that against the rules?", 'teacher', 'no', '4.6-2'],
    ['Is it predatory for my company to pick students in their second year for jobs after graduation?', 'enterprise', 'no', '4.5-2'],
    // "before that ends" is a time, not a loss; the school making the teacher stay away is not what the guidance gives it.
    ['I go off post for three years. Can I return before that ends?', 'teacher', 'yes', '3-21'],
    ['Can the school make me stay out for the full three years of my leave?', 'teacher', 'no', '3-21'],
    // A case told without a question mark is asked whether it may.
    ['I teach accounting and want to start a company while in post, but it would be a bubble tea shop', 'teacher', 'no', '3-5'],
    // A time told in the condition is the case, not a detail asked; "before the 3 years are up" is returning early.
    ['and if it flops after like 8 months, can i come back early?', 'teacher', 'yes', '3-21'],
    ['can i go back to my college before the 3 years are up?', 'teacher', 'yes', '3-21'],
    // Staying with one's own company is the teacher's choice, not the enterprise doing something.
    [
      "Suppose I leave my post and later decide I'd rather quit the college for good and stay with my company. Is that possible?",
      'teacher',
      'yes',
      '3-20',
    ],
    // "do we have to pay…?" is not the example "is paying … optional for us?".
    ["Do we have to pay work injury insurance for the off-post teacher who's working with us?", 'enterprise', 'yes', '3-11'],
    // A claim that a teacher's results are the firm's is answered where ownership is left: the leave agreement.
    ["Can we treat a teacher's innovation results as our property automatically?", 'enterprise', 'not-stated', '3-17'],
    // A teacher signing with the school is not the example of an enterprise asking "do we have to sign anything…?".
    ["I'm leaving my post to start a company. Do I have to sign anything with the school before I go?", 'teacher', 'yes', '3-17'],
    // What happens at the end of year three the guidance leaves open, however the end of the period is named.
    ["OK so what exactly happens at the end of year three if I still haven't decided?", 'teacher', 'not-stated', '3-19'],
    // Staying away "past the three years" asks what comes after the period, which the guidance leaves open.
    ['What happens if I stay out past the three years without telling anyone my plans?', 'teacher', 'not-stated', '3-19'],
    // Hurt "on the job" is an injury at work, not a company run while in post; "on my own" fears are answered no.
    ["If I'm injured on the job at my startup during my leave, am I basically on my own?", 'teacher', 'no', '3-11'],
    // The order-based mode starts from the second grade, not the first.
    ['Does the order-based training mode start with first-year students?', 'teacher', 'no', '4.5-2'],
    // Whether a rating shrinks a count asks about the quota rule, not for a figure.
    ['If I am rated excellent for my startup, does that shrink the number of excellent spots for everyone else?', 'teacher', 'no', '3-15'],
    // Stretching the three years out is an extension the guidance does not give.
    ["If I still haven't decided by the end of year three, can I stretch my off-post leave out longer?", 'teacher', 'not-stated', '3-19'],
    // …but a length named past the limit breaks it, asked as an extension or not.
    ['what if the company needs me longer than that, could I stretch it to 4 years?', 'teacher', 'no', '3-19'],
    ['How long can I keep my personnel relationship, and could I stretch it to five?', 'teacher', 'no', '3-19'],
    // "Can it be anything?" of the business founded after leaving asks whether any business will do.
    ['If I leave my post to start a business, can it be anything?', 'teacher', 'no', '3-6'],
    // The school may go beyond its staffing: a free position is not needed to come back.
    ['Would my department actually need a free position for me to come back to?', 'teacher', 'no', '3-22'],
    // Leave time is no blank on the record: start-up achievements count for the title.
    [
      "I'm going for senior lecturer next year but I'll be off post running my company. Is that time going to be a blank on my record?",
      'teacher',
      'no',
      '3-14',
    ],
    // A clothing boutique is no science and technology enterprise.
    ['If I leave my post to start a business, can it be a clothing boutique rather than a tech company?', 'teacher', 'no', '3-6'],
    // A duty to let the teacher return early is the teacher's own permission to return early.
    ['Does the college have to let me return early if I ask?', 'teacher', 'yes', '3-21'],
    // Whether the business must be in the college's area asks the part-time field condition.
    ['If we hire a college teacher part-time, does our business have to be in the same area as his college?', 'enterprise', 'yes', '3-4'],
    // The company signs an agreement of its own (the income one), not the post-leaving agreement.
    ['Does the company I go to sign some agreement as well?', 'teacher', 'yes', '3-18'],
    ['Does the enterprise sign the post-leaving agreement?', 'teacher', 'no', '3-18'],
    // …and a duty to take a returning teacher with no opening is the school's leave to go beyond its staffing.
    ['If I come back early, do they have to take me even with no opening?', 'teacher', 'yes', '3-22'],
    // Fearing that coming back early counts as abandoning the post fears a sanction for what the guidance allows.
    ['If I come back early from startup leave, will the school treat it like I abandoned my post?', 'teacher', 'no', '3-21'],
    // "…come from the school?" names the school as the one that gives it: the enterprise pays injury insurance.
    ['Does my work-injury insurance come from the school?', 'teacher', 'no', '3-11'],
    // A vacant post the college "needs to have" is a requirement the guidance does not make.
    ["Does the college need to have a vacant post before I'm allowed back?", 'teacher', 'no', '3-22'],
    // "…get me into serious trouble?" fears a sanction for what the guidance allows.
    ['Is starting my own company while still employed at the college going to get me into serious trouble?', 'teacher', 'no', '3-5'],
    // Whether the leave is open-ended asks about its three-year limit.
    ['Is the off-post leave open-ended?', 'teacher', 'no', '3-19'],
    // Asking whether hosting part-time work in the college's field breaks a rule is answered no.
    [
      'A lecturer wants to do project work with us part-time while still teaching, and our business is in the same field as ' +
        'the college. Are we poaching or breaking some rule here?',
      'enterprise',
      'no',
      '3-4',
    ],
    // "allowed, or will we get in trouble?" asks whether it is allowed: the trouble feared is only the other answer.
    [
      "Our startup wants to put a teacher's research results to use in our production. " +
        'Is that even allowed or are we going to get in trouble?',
      'enterprise',
      'yes',
      '4.2-1',
    ],
    // A worry turning a close example's verdict stands unless the learned model is very sure.
    [
      "Is it some kind of fraud that I stay in my college's social insurance while I'm off post running my startup? I'm genuinely worried.",
      'teacher',
      'no',
      '3-10',
    ],
    // "…, or does it get frozen?" offers the feared answer: the question is the first one.
    ["Does my title evaluation carry on while I'm off post running my startup, or does it get frozen?", 'teacher', 'yes', '3-13'],
    // "am I on my own?" after an injury fears being left without the injury insurance the enterprise pays.
    ['I got hurt in a workplace accident at my startup while on off-post leave. am I totally on my own here??', 'teacher', 'no', '3-11'],
    // Never going back and ending things with the college is ending the contract, which the teacher may ask for.
    [
      "I'm two years into my off-post startup. If I decide I never want to go back, can I just end things with the college?",
      'teacher',
      'yes',
      '3-20',
    ],
    // A role kept at the college in the order-based mode is the teaching role that mode asks of the teacher.
    ['In the order-based mode, do I still have to keep some role at the college while running the company?', 'teacher', 'yes', '4.5-1'],
    // A place the case study's university is not in is a wrong detail; its own province is not.
    ['Was the professor in the case study from a university in Shandong?', 'teacher', 'no', '3-9'],
    ['Was the professor in the case study from a university in Guangdong?', 'teacher', 'yes', '3-9'],
    // Having taught at the school is the teaching experience the order-based mode asks of the teacher.
    [
      'In the order-based mode, does the teacher running the company need to have actually taught at the school?',
      'teacher',
      'yes',
      '4.5-1',
    ],
    // "The same area as the college" is the similar field part-time work must be in.
    ['does the company I consult for part-time have to be in the same area as the college?', 'teacher', 'yes', '3-4'],
    // "…no place for me anymore?" fears losing what the school's going beyond its staffing keeps.
    [
      "I'm coming back from leave but my old position got filled by a new hire. Does that mean there's no place for me anymore?",
      'teacher',
      'no',
      '3-22',
    ],
    // "Stealing someone's slot" is counting against the quota, which an off-post excellent grade does not.
    [
      "A colleague says that if I'm rated excellent while off post I'll be stealing someone's excellent slot. Is that true?",
      'teacher',
      'no',
      '3-15',
    ],
    // The employment contract is changed to match the post-leaving agreement, not left as it is.
    ['When I go off post, does my employment contract just stay as it is?', 'teacher', 'no', '3-17'],
    // A part-time job kept beside the teaching post is part-time work (3-4), not a company started in post (3-5).
    ['Can I take a part-time job at a company while keeping my full teaching post?', 'teacher', 'yes', '3-4'],
    // Whom the question is about, named before it, opens the question: it is not a question of its own.
    [
      'For teachers who leave their post to start a company, does the school still carry on with their title evaluation?',
      'teacher',
      'yes',
      '3-13',
    ],
    // In the order-based mode an entrepreneur teacher still serves the school as an expert or in the teacher pool.
    ['In the order-based mode, can an entrepreneur teacher cut ties with the school completely?', 'enterprise', 'no', '4.5-1'],
    // The income agreement settles the split; the guidance gives no ratio.
    ['what profit-sharing ratio is standard in the income agreement with the company?', 'enterprise', 'not-stated', '3-18'],
    // The limit is three years; whether it can be extended the guidance does not say.
    ['can the off-post period be extended past 3 yrs?', 'teacher', 'not-stated', '3-19'],
    // "that's fine?" asks for a yes, not about a fine; a figure told before the question is the case, not a detail asked.
    ["so if I start an RFID company while still teaching, that's fine?", 'teacher', 'yes', '3-5'],
    [
      "I'm 18 months into my off-post leave and the company is doing well. Can I just resign from the college now?",
      'teacher',
      'yes',
      '3-20',
    ],
    // The fact's own rule that the guidance leaves this open is not overruled by the learned model.
    ["I've left my post for my startup. What if I'm still at the startup when the three years are up?", 'teacher', 'not-stated', '3-19'],
    // A feeling told after the question ("I'm terrified of losing everything.") turns nothing the question asks.
    ["Can I start a company while I keep teaching? I'm scared I'd be breaking the rules.", 'teacher', 'yes', '3-5'],
    ["Can I keep my social insurance if I leave my post to start a company? I'm terrified of losing everything.", 'teacher', 'yes', '3-10'],
    // A school that "can't take me back" refuses what the staffing rule lets it do.
    ["My head of department says the school can't take me back because the headcount is full. Is that right?", 'teacher', 'no', '3-22'],
    // Five years, however abbreviated, is beyond the three the personnel relationship is kept.
    ['can i leave my post for 5 yrs and keep my personnel relationship??', 'teacher', 'no', '3-19'],
    // "easy" against an example asking "hard": the fact's turning word tells them apart once, not twice.
    ['are long-term and short-term interests easy to line up?', 'enterprise', 'no', '2.3-1'],
    // "only a one-off project" plays the case down: it claims nothing of all or only.
    ["Does the similar-field rule still apply if it's only a one-off project cooperation?", 'teacher', 'yes', '3-4'],
    // Social insurance by name stays at the school: the enterprise pays only the injury part (all of it would be partly).
    ["do we need to enroll him in our company's social insurance?", 'enterprise', 'no', '3-10'],
    ['Do we, as the startup, have to pay all of the social insurance for the off-post teacher?', 'enterprise', 'partly', '3-11'],
    ['Are we responsible for the social insurance of an off-post teacher who works with us?', 'enterprise', 'no', '3-10'],
    // An example on injury insurance does not answer a question on social insurance.
    ['if we take on a teacher who left his post, do we pay his social insurance?', 'enterprise', 'no', '3-10'],
    // "is that the school's job too?" asks whether the school does it.
    ["and work-injury insurance, is that the school's job too?", 'teacher', 'no', '3-11'],
    // A stay past the limit is the premise of every claim the question makes.
    ['Am I allowed to leave my post for 5 years to run my startup and still keep my place at the school?', 'teacher', 'no', '3-19'],
    ['Can I hold on to my personnel relationship indefinitely and return to the college whenever I please?', 'teacher', 'partly', '3-19'],
    // "not just with me": an agreement besides the teacher's own, the income agreement with the enterprise.
    ['is it true the school signs an agreement with the company I go to, not just with me?', 'teacher', 'yes', '3-18'],
    // "the startup I founded myself" is the teacher's start-up, not the teacher paying out of pocket.
    ['Can the startup I founded myself be the one that pays my work injury insurance?', 'teacher', 'yes', '3-11'],
    // Asked whether there is a stat, the figure the fact gives is there.
    ['is there any stat in there about how well prepared vocational grads are?', 'teacher', 'yes', '2.4-3'],
    // The guidance applies mainly at universities, but others may apply too.
    ['Do I have to work at a university for the guidance to apply to me?', 'teacher', 'no', '3-2'],
    // Besides the injury insurance it pays ("also", "too", "regular"), the rest of his social insurance is the school's.
    ['do we pay his pension too?', 'enterprise', 'no', '3-10'],
    ['Are we also on the hook for his regular social insurance contributions?', 'enterprise', 'no', '3-10'],
    ['does the school pay my injury insurance while i am off post running my startup?', 'teacher', 'no', '3-11'],
    ['can i stay away for five years?', 'teacher', 'no', '3-19'],
    // The fact stated ("don't take up a slot"), then feared to be cheating: it breaks no rule.
    [
      "Is it cheating if I'm rated excellent for my startup work but don't take up one of the school's excellent slots?",
      'teacher',
      'no',
      '3-15',
    ],
    // Being "out on the street" on return is a loss the staffing rule answers no to.
    ['If my post gets axed while I am away on my startup, am I out on the street when I come back?', 'teacher', 'no', '3-22'],
    // Some agreement with the school alone is the post-leaving agreement, not the one on income with the enterprise.
    ["ok but at least there's some agreement with the school at the end right?", 'teacher', 'yes', '3-17'],
    // Course material developed with a teacher is the teaching resources the tested achievements form, not the testing.
    [
      'We want to co-develop course material with a teacher whose technology we use. Is that covered anywhere in the paper?',
      'enterprise',
      'yes',
      '4.2-2',
    ],
    // A part-time job while still teaching is not the close example of starting a company while still teaching.
    ["Can I take a part-time job at a company while I'm still teaching full time?", 'teacher', 'yes', '3-4'],
    // Keeping the teaching job is the circumstance of part-time work, not a start-up in post.
    ['Is it allowed for me to do part time work at a company while keeping my teaching job? I teach accounting.', 'teacher', 'yes', '3-4'],
    // Whether the guidance covers a way of taking part is that way's rule, not whom the guidance is for.
    ['does the policy cover part-time work?', 'teacher', 'yes', '3-4'],
    ['does the guidance cover project cooperation with companies?', 'enterprise', 'yes', '3-4'],
    ['does the guidance cover leaving the post to start a business?', 'teacher', 'yes', '3-6'],
    // The job kept while working part-time is the post one stays in, not the personnel relationship kept while away.
    ['can I do part-time work at a firm and still keep my job?', 'teacher', 'yes', '3-4'],
    // Teaching and a start-up can be coordinated: they do not clash.
    ['Does teaching clash with running a start-up, according to the paper?', 'teacher', 'no', '4-2'],
    // With no vacancy the school goes beyond its staffing: the teacher still returns, and no open post is needed first.
    ["can I return if there's no vacancy?", 'teacher', 'yes', '3-22'],
    ['does his college need an open post first?', 'enterprise', 'no', '3-22'],
    // An excellent grade of an off-post teacher does not count toward the school's quota.
    ["if I'm rated excellent, does that affect the college's quota?", 'teacher', 'no', '3-15'],
    // Part-time work asks a similar field, not a technology company: the condition of that way decides.
    ['Do we have to be a tech company to host a teacher part-time?', 'enterprise', 'no', '3-4'],
    // An example singling out the school ("the school is the one that gets…") does not answer a claim about companies.
    [
      'Does the paper think companies like ours gain a stable source of human capital by cooperating with schools?',
      'enterprise',
      'yes',
      '2.3-3',
    ],
    // A harm the question fears ("blow up", "jeopardise") is denied by a fact saying the thing continues.
    ['could leaving my post blow up my pension?', 'teacher', 'no', '3-10'],
    ['will taking leave jeopardise my title evaluation?', 'teacher', 'no', '3-13'],
    ["is the school going to steal my startup's profits?", 'teacher', 'no', '3-18'],
    // Being left without something the guidance secures is a harm feared too.
    ['If my old post has been filled while I was away, am I left without a job when I come back?', 'teacher', 'no', '3-22'],
    ['I get badly hurt at work while on leave running my startup. Am I left with no injury coverage at all?', 'teacher', 'no', '3-11'],
    ['My startup might go bust. If it does, am I stranded with no job to go back to?', 'teacher', 'no', '3-21'],
    // A law "stopping" or "against" something prohibits it; the paper says no law does.
    ['Is there any law stopping either side from just walking away?', 'enterprise', 'no', '2.2-1'],
    // A year the source never gives: the guidance does not say when it came out.
    ['did the guidance come out in 2016?', 'teacher', 'not-stated', '3-1'],
    // "Will they?" claims only what the sentence before it fears.
    ["I'm scared the college will drop my pension while I'm out founding my company. Will they?", 'teacher', 'no', '3-10'],
    // Being made to do what the guidance only allows on request is another claim than being allowed to.
    ['can the college force me to come back early?', 'teacher', 'no', '3-21'],
    // A firing named in a "what if" condition is not what the question claims.
    ['what if the company fires me, can I go back to the college?', 'teacher', 'yes', '3-21'],
    // Ending one's leave early is coming back early, not losing anything.
    ['Can I end my entrepreneurial leave early?', 'teacher', 'yes', '3-21'],
    // "couldn't" negates: the example asking whether firms could easily hire is the other claim.
    ["Does the paper say enterprises couldn't hire part-time teachers in the past?", 'enterprise', 'yes', '4-4'],
    // What follows the three years is left open, whether asked as what or as yes/no.
    ["what happens after the three years if i still haven't come back to the college", 'teacher', 'not-stated', '3-19'],
    ['after the three years, do i lose my personnel relationship automatically?', 'teacher', 'not-stated', '3-19'],
    // The company signs no leave agreement, but it does sign the income one: asked whether it signs anything, yes.
    ['does the company sign the post-leaving agreement?', 'enterprise', 'no', '3-17'],
    ['does the company a lecturer on leave joins sign anything?', 'enterprise', 'yes', '3-18'],
    // A premise past the three-year limit, and a rule naming three concepts, stand against the learned model.
    ["If I come back early and there's no open post, would I just stay as permanent extra headcount?", 'teacher', 'no', '3-22'],
    ["Are we responsible for that teacher's social insurance as well?", 'enterprise', 'no', '3-10'],
    // An enterprise's "we" decides which rule of the fact an example question and the question asked meet.
    ["And are we on the hook for that teacher's social insurance too?", 'enterprise', 'no', '3-10'],
    // Outstanding work recognised is what the off-post period's achievements and grades count for.
    ['If the off-post teacher working with us does great work, will the school recognise it?', 'enterprise', 'yes', '3-15'],
    // Staff outside the professional and technical personnel the guidance is mainly for: it says nothing of them.
    ['Does the guidance apply to administrative staff?', 'teacher', 'not-stated', '3-2'],
    ['does the guidance apply to my colleague in the admin office? she does not teach', 'teacher', 'not-stated', '3-2'],
    // An enterprise asked about a teacher's insurance as a whole pays only the injury part; anything at all, it does pay.
    ['We are taking on a lecturer who left her post. Do we need to pay her insurance?', 'enterprise', 'partly', '3-11'],
    ['a lecturer on off-post leave joins us - do we have to pay anything insurance-wise for him?', 'enterprise', 'yes', '3-11'],
    // Whether the paper gives a figure, of a fact giving one: yes, whatever the figure says.
    ['is there a figure about graduates I could quote?', 'teacher', 'yes', '2.4-3'],
    // A grant, a loan or equity the source never mentions is not granted by the fact the rest of the question names.
    ['Does the guidance give me a start-up grant if I leave to found a company?', 'teacher', 'not-stated', '3-6'],
    ['Do I get a loan if I leave to found a company?', 'teacher', 'not-stated', '3-6'],
    // A payment asked of facts that speak of no money at all.
    ['do we pay the students?', 'enterprise', 'not-stated', '4.6-2'],
    ['Is there a grant for companies that join vocational education partnerships?', 'enterprise', 'not-stated', '2.5-1'],
    // A Qingdao (city) planning project, not a national one.
    ['was the paper funded by a national-level grant?', 'teacher', 'no', '6-1'],
    ['is the paper a Qingdao education science planning project?', 'teacher', 'yes', '6-1'],
    // Asked whether she must do what she is only allowed to: no, whatever example questions read alike.
    [
      "we're a company started by students and our teacher mentors us. once we're on our feet, does she have to leave?",
      'enterprise',
      'no',
      '4.6-2',
    ],
    // Hiring on the market costs much more than co-training: the same claim, turned either way.
    ['is co-training cheaper than hiring on the open market?', 'enterprise', 'yes', '2.3-5'],
    ['is hiring from the market cheaper than co-training?', 'enterprise', 'no', '2.3-5'],
    // A weighting or a score the paper never gives.
    ['Does the paper say how the startup results get weighted, like a points score for the title review?', 'teacher', 'not-stated', '3-14'],
    // Words that only soften what is compared, and a pronoun subject a few words before "than".
    ['is co-training actually cheaper than just hiring from the market?', 'enterprise', 'yes', '2.3-5'],
    ['is it actually cheaper for us than just hiring on the open market?', 'enterprise', 'yes', '2.3-5'],
    // The contrary offered as the other choice is not what the question claims.
    ['when I sign the leave agreement, does my employment contract change too or stays as is?', 'teacher', 'yes', '3-17'],
    // The party named after the thing, and worries of legal trouble or blame over what the guidance provides for.
    ["Is it true that my work injury insurance during off-post leave is the school's responsibility?", 'teacher', 'no', '3-11'],
    ["Will I get in legal trouble if I quit the college in the middle of my leave? terrified they'll sue me", 'teacher', 'no', '3-20'],
    ['can we get a nursing lecturer to work part time on our mobile game dev projects?', 'enterprise', 'no', '3-4'],
    // "pricier" is the other side of "cheaper": an example asked with one answers the other turned around.
    ['Is hiring skilled people on the market pricier than co-training them?', 'enterprise', 'yes', '2.3-5'],
    ['is co-training pricier than hiring on the market?', 'enterprise', 'no', '2.3-5'],
    // A question claiming it holds with no condition ("any teacher, whatever we do") of a fact that sets one: no.
    ['Can we take on any teacher, whatever our company does?', 'enterprise', 'no', '3-4'],
    ['while still teaching, may my startup be in whatever field I want?', 'teacher', 'no', '3-5'],
    // "without stability", "little attraction": the fact says what the question asks, in other words.
    ['does the lack of clear laws make school-enterprise cooperation unstable?', 'enterprise', 'yes', '2.2-3'],
    ['do weak R&D abilities put companies off vocational colleges?', 'enterprise', 'yes', '2.4-2'],
    ['are vocational colleges attractive partners for enterprises?', 'enterprise', 'no', '2.4-2'],
    // A lack the question states as a cause ("because companies don't…") is the lack the fact states.
    ["Does the talent training programme suffer because companies like ours don't get involved?", 'enterprise', 'yes', '4.4-1'],
    // Whether things are among the six modes: each named is checked against the list, never a yes for one it lacks.
    ['is a franchise model one of the six cooperation modes?', 'teacher', 'no', '4-6'],
    ["Are order-based training and a franchise model both among the paper's cooperation modes?", 'enterprise', 'partly', '4-6'],
    ["is the mass innovation thing one of the paper's models?", 'teacher', 'yes', '4-6'],
    // A rank the fact gives otherwise ("first prize" of a second-prize winner) is a wrong detail, and the right one is not.
    ['did Lou Gaoming win a first prize of the national science and technology progress award?', 'teacher', 'no', '3-9'],
    ['did Lou Gaoming win a second prize?', 'teacher', 'yes', '3-9'],
    // A school's "second grade" is its second year.
    ['can teacher-entrepreneurs start cultivating order-class students from the first year?', 'teacher', 'no', '4.5-2'],
    // A rank in figures is the rank in words: a "3rd year" is the "third grade" the fact names, a "2nd year" is not.
    ['could a teacher-founded firm take on my 3rd year students for real projects?', 'teacher', 'yes', '4.3-3'],
    ['could I set up a project company for my 2nd year students?', 'teacher', 'no', '4.3-3'],
    // Asked whether the source speaks of something at all: it does, even where it leaves the matter to others.
    ['Does the treatment list say anything about my medical treatment?', 'teacher', 'yes', '3-16'],
    // A benefit the fact says all share is not one side's alone.
    ['does the author think teacher entrepreneurship only benefits the teachers?', 'teacher', 'no', '5-1'],
    // Easy to build, hard to make effective.
    ['is it easy to set up a training base?', 'teacher', 'yes', '4.3-2'],
    ['does a training base usually work well once it is built?', 'teacher', 'no', '4.3-2'],
    // The school goes beyond its staffing for a returning teacher only for a while.
    ['can the school stay over its staffing total forever?', 'teacher', 'no', '3-22'],
    ['if I end my contract with the college during my leave, will they fight me on it?', 'teacher', 'no', '3-20'],
    ['can I come back to my school before the three years are up?', 'teacher', 'yes', '3-21'],
    // "before the end" of the leave is coming back early, not something ending (which would turn the verdict round).
    ['can I come back before that if I need to?', 'teacher', 'yes', '3-21'],
    ['can i come back before the end of my leave?', 'teacher', 'yes', '3-21'],
    // "counted in the quota" is the quota the excellent grade stays out of, not achievements counting toward something.
    [
      "Are excellent ratings given to entrepreneurial teachers counted in the school's normal quota of excellent grades?",
      'teacher',
      'no',
      '3-15',
    ],
    // Months already spent on leave are inside the three years, not a figure the guidance leaves open.
    ['I left six months ago. Can I come back early?', 'teacher', 'yes', '3-21'],
    ['can my school refuse to let me return before my off-post period ends?', 'teacher', 'no', '3-21'],
    // Asked whether the fact is false: the verdict says it is not, once (not turned round twice).
    ['is it fake news that teachers can come back before the three years are up?', 'teacher', 'no', '3-21'],
    ['will the school keep paying my salary while I am on leave?', 'teacher', 'not-stated', '3-16'],
    ['if I leave my post, can I open a bubble tea shop?', 'teacher', 'no', '3-6'],
    ['will my title evaluation get frozen while I am off post?', 'teacher', 'no', '3-13'],
    ['does the time away hurt my title chances?', 'teacher', 'no', '3-13'],
    ['is it a crime to work part time at a company while teaching?', 'teacher', 'no', '3-4'],
    // The teacher's field and the business's, named without saying they differ.
    ['i teach preschool education, can i work part-time at a robotics factory?', 'teacher', 'no', '3-4'],
    ['i teach automotive repair, can i work part-time at a car dealership?', 'teacher', 'yes', '3-4'],
    ['I lecture in nursing, can I start a drone startup while I keep teaching?', 'teacher', 'no', '3-5'],
    // The fact says most graduates fail to meet the requirements: a question in its words agrees, the opposite does not.
    ['so most vocational graduates fail to meet the internship requirements, according to the paper?', 'teacher', 'yes', '2.4-3'],
    ['do most vocational graduates meet the internship requirements?', 'teacher', 'no', '2.4-3'],
    ['does the paper say the law clearly sets out what schools and companies owe each other?', 'enterprise', 'no', '2.2-3'],
    [
      'does the paper say the legal framework leaves the rights and obligations of colleges and enterprises unclear?',
      'teacher',
      'yes',
      '2.2-3',
    ],
    // A rule on the enterprise paying is not about the college paying, though the question names the startup.
    ['if I go off post to run my startup, does the college keep paying into my pension?', 'teacher', 'yes', '3-10'],
    // "rated" is no rate: the question asks about the quota, which the fact settles.
    ['if my startup does great and I get rated excellent, is that outside the school quota?', 'teacher', 'yes', '3-15'],
    // Close to the example "…in a totally different field from his college" (no), but the question meets the condition.
    ["can our firm take on a lecturer part-time if we're in the same field as his college", 'enterprise', 'yes', '3-4'],
    // Claimed of every one where the clause says most.
    ['are all the joint enrolment programmes with enterprises run by fee-collecting training companies?', 'teacher', 'partly', '4.4-2'],
    // The school concludes the agreement with the teacher: signing takes both.
    ['do i sign a written agreement with the college before i leave to start my business', 'teacher', 'yes', '3-17'],
    // Chinese: claims joined by 和 are judged one by one; 占不占 asks whether it counts against the quota.
    ['离岗创业的社保和工伤险是不是都由学校交', 'teacher', 'partly', '3-11'],
    ['年度考核评了优秀 占不占学校的名额', 'teacher', 'no', '3-15'],
    // A party's insurance paying is that party paying; ending the contract takes both parties.
    ["if i get hurt badly at the startup, does the college's insurance pay for the injury", 'teacher', 'no', '3-11'],
    ['can i terminate my contract with the college during my leave', 'teacher', 'yes', '3-20'],
    // Answerable for something is doing it; the enterprise's own people are the enterprise.
    ['is the college on the hook for the injury insurance of a lecturer who left his post to work with us?', 'enterprise', 'no', '3-11'],
    ["will our HR department have to run the lecturer's title evaluation?", 'enterprise', 'no', '3-13'],
    // A staffing cap is the staffing total the school may exceed, not a limit the guidance leaves unstated.
    ['when I return, may the college go over its staffing cap to take me back?', 'teacher', 'yes', '3-22'],
    // The question says the opposite of the fact ("add to students' teaching costs").
    ["do the fee-collecting partners in joint enrolment lower the students' costs?", 'teacher', 'no', '4.4-2'],
    // What a question sets against its claim ("rather than any business") is not what it asks about.
    ['is this guidance mainly about innovation startups rather than any business at all?', 'teacher', 'yes', '3-3'],
    // "counted in the schools quota", spelled without its apostrophe, asks whether it counts against the quota.
    ['is the excelent grade counted in the schools quota', 'teacher', 'no', '3-15'],
    // A condition's words ("kills my old post") do not turn the claim after it around.
    ["if my school kills my old post while I'm away, is there still a way back for me?", 'teacher', 'yes', '3-22'],
    // Close to an example asking about a lawsuit ("not stated"), but this question asks no such detail.
    ['can i terminat my contrakt while on leev', 'teacher', 'yes', '3-20'],
    // "kill my title evaluation" stops it; a saying with "kill" in it is no death.
    ['could the school kill my title evaluation while i am away', 'teacher', 'no', '3-13'],
    // The paper leaves ownership to the leave agreement: who owns a result is never stated.
    ['who owns the IP a teacher creates while working with us on leave', 'enterprise', 'not-stated', '3-17'],
    // …nor whether a given party owns it; that the agreement covers ownership is stated.
    ['does the college own the patent i file while off post', 'teacher', 'not-stated', '3-17'],
    ['does the leave agreement cover who owns the results?', 'teacher', 'yes', '3-17'],
    // Destroying something is losing it.
    ['will going off post destroy my chances of a promotion', 'teacher', 'no', '3-13'],
    // The guidance leaves salary to the departments concerned: asked what or who, it does not say.
    ["what will my salary be while i'm off post", 'teacher', 'not-stated', '3-16'],
    ['who pays his salary while he is on leave with us?', 'enterprise', 'not-stated', '3-16'],
    // A turn by a relation the fact names (having to choose between the roles) is not overruled by the learned model.
    ['Does a teacher have to pick between teaching, part-time company work and a start-up?', 'teacher', 'no', '4-2'],
    // A date the source never gives, asked "what year" rather than "when".
    ['what year was the guidance issued?', 'teacher', 'not-stated', '3-1'],
    // …and an amount asked "what is the rate" rather than "how much".
    ['what is the contribution rate for my injury insurance while on leave?', 'teacher', 'not-stated', '3-11'],
    // An amount asked of what a topic covers is one the guidance does not give, however sure "not covered" is alone.
    ['how much is the work injury premium my company has to pay for me', 'teacher', 'not-stated', '3-11'],
    // …but who decides it, and on what basis, is what it does say.
    ['who decides my salary during my leave?', 'teacher', null, '3-16'],
    ['how is my pay set while I am off post?', 'teacher', null, '3-16'],
    // The injury-insurance rule is for teachers off post; a close example on it says nothing of part-time work.
    ['I only teach part-time at a firm on fridays - does the firm have to pay injury insurance for me?', 'teacher', 'not-stated', '3-11'],
    // Achievements counting toward the title are said of leaving the post, whatever its examples suggest of part-time work.
    ["I'm doing part-time work at a company. does that count toward my title evaluation?", 'teacher', 'not-stated', '3-14'],
    // The question states the negative the fact states.
    ['does the paper say there is no binding financial or policy support for cooperation', 'teacher', 'yes', '2.1-2'],
    // A party's duty is not its choice; "by default" only leads in; "every form of" asks for no paperwork.
    ['is it voluntary for our firm to pay injury insurance for a lecturer on leave with us?', 'enterprise', 'no', '3-11'],
    ['our company does no research at all - can a lecturer go off post to join us?', 'enterprise', 'no', '3-6'],
    ['by default, who owns the software I write at my startup while on leave?', 'teacher', 'not-stated', '3-17'],
    ["does the paper's conclusion say every form of teacher innovation benefits both sides?", 'teacher', 'yes', '5-1'],
    // A span of months inside the three-year leave is no detail the guidance leaves open; a notice period is.
    ['our partner lecturer wants to return to his college after 18 months - can he?', 'enterprise', 'yes', '3-21'],
    ['do I have to tell the school 6 months before I return?', 'teacher', 'not-stated', '3-21'],
    // Denying what would turn the fact around ("doesn't take up a slot") states the fact.
    ["I got an excellent grade for my startup - that doesn't take up one of the school's slots, right?", 'teacher', 'yes', '3-15'],
    // The "and" of a leading condition joins no second claim.
    ['if our founder comes back and her college has no open post, could that stop her from returning?', 'enterprise', 'no', '3-22'],
    // Asked whether a claim is false, the claim's verdict turns around.
    ['is it a myth that I keep my pension while off post?', 'teacher', 'no', '3-10'],
    // A place the fact does not name is a wrong detail; the one it names agrees.
    ['was Lou Gaoming a professor at Shenzhen University?', 'teacher', 'no', '3-9'],
    ['was Lou Gaoming a professor at Shaoguan University?', 'teacher', 'yes', '3-9'],
    // Being on the hook for his social insurance is paying it, which the school does; the injury part is the enterprise's.
    ['are we on the hook for his social insurance while he is on leave with us?', 'enterprise', 'no', '3-10'],
    // Chinese: a claim that something stops, or a detail the clause does not give.
    ['离岗期间我就没法参加学校的职称评审了吧', 'teacher', 'no', '3-13'],
    ['人事关系能不能无限期保留', 'teacher', 'no', '3-19'],
    ['三年到期了还能不能续期', 'teacher', 'not-stated', '3-19'],
    ['兼职去的企业是不是随便什么行业都可以', 'teacher', 'no', '3-4'],
    ['离岗创业期间培训奖励照常，工伤险也是学校交，对吧', 'teacher', 'partly', '3-11'],
    // Whether the guidance is still in force, and how to apply, are things the paper never says.
    ['Is the guidance still in force today?', 'teacher', 'not-stated', '3-1'],
    ['how do I apply to leave my post?', 'teacher', 'not-stated', '3-17'],
    // Whether the source says who owns something: it leaves ownership to the leave agreement; that agreement settles it.
    ['does the paper say who owns the results I develop while off post?', 'teacher', 'not-stated', '3-17'],
    ['Does the guidance say who owns the course materials we build with a lecturer?', 'enterprise', 'not-stated', '3-17'],
    ['Does the agreement the school signs with me settle who owns my achievements?', 'teacher', 'yes', '3-17'],
    // "none of my insurance stays" claims it is all lost.
    ['so none of my insurance stays with the school when I leave my post?', 'teacher', 'no', '3-10'],
    // Giving up one's school roles in the order-based mode: the teacher serves as an expert or pool member (4.5-1).
    ['If I run a company under the order-based mode, do I have to give up all my school roles?', 'teacher', 'no', '4.5-1'],
    // The three-year limit is leaving's; for a start-up kept beside the post the guidance sets none it says.
    ['Is there a time limit on how long I can run a startup while staying in my post?', 'teacher', 'not-stated', '3-19'],
    // "fatal on the job" is a death at work, not a start-up kept on the job.
    [
      'If something fatal happened on the job while I am off post, would the college death benefit rules cover my family?',
      'teacher',
      'no',
      '3-12',
    ],
    // "let me go" asks to end the contract, which the school shall do on request.
    ['Can the school refuse to let me go while I am off post?', 'teacher', 'no', '3-20'],
    // "pays nothing toward my insurance" claims the school pays none of it: it pays the social insurance.
    ['So the school basically pays nothing toward my insurance while I am off post?', 'teacher', 'no', '3-10'],
    // A worry that an allowed thing is frowned upon is a no.
    ['Is it frowned upon for me to bring cases from my side job into my lessons?', 'teacher', 'no', '4-3'],
    // "as long as we like" is a stay without end, past the three years.
    ['Can we keep an off-post lecturer with us for as long as we like while the college holds her post?', 'enterprise', 'no', '3-19'],
    // A general trading business is not the science and technology work a teacher leaving the post must do (3-6).
    [
      'A lecturer would leave the college to run a general trading business for us. Does the guidance support that?',
      'enterprise',
      'no',
      '3-6',
    ],
    // A fear of sanction over part-time work in one's field, however "not covered" the words sound.
    [
      "I'm really terrified I'm breaking some rule. For a year I've been doing paid weekend work at a sensor company, " +
        'exactly in my teaching area. Am I going to get in trouble for this?',
      'teacher',
      'no',
      '3-4',
    ],
    // A statement asked as a question names the party it asks about; enrolling him in a scheme is paying it.
    ['so the college pays my injury insurance as well?', 'teacher', 'no', '3-11'],
    ['If a lecturer on leave joins us, do we need to put him on our pension scheme?', 'enterprise', 'no', '3-10'],
    // "is that a problem?" of what the guidance allows is a worry, and what continues is not frozen.
    ['I want to come back to the school a year early, is that a problem?', 'teacher', 'no', '3-21'],
    ['Will my title evaluation be frozen if I leave my post?', 'teacher', 'no', '3-13'],
    // A worry over one way of taking part asks whether that way is allowed: its rule answers, whatever example is near.
    [
      'I run an IoT startup while keeping my post, and IoT is exactly what I teach. Could I get in trouble for this?',
      'teacher',
      'no',
      '3-5',
    ],
    ['Would it be wrong for us to pick students from their second year for our order class?', 'enterprise', 'no', '4.5-2'],
    // The school's training programmes are the training the school keeps giving a teacher on leave, not the talent programme.
    ["Can I still go to my college's training programmes while I am away running my startup?", 'teacher', 'yes', '3-13'],
    // Sales work put to leaving the post: off post, the work is innovation work with research projects (3-6).
    ['Can a lecturer who has left her post join us as a sales rep?', 'enterprise', 'no', '3-6'],
    // "a year into my leave" is time already spent, not a length asked about: quitting is ending the contract.
    ["Say I'm two years into my leave and decide I never want to go back to teaching. Can I just quit?", 'teacher', 'yes', '3-20'],
    // Asked whether the paper sees fee-charging joint enrolment positively: a teaching effect, at the students' cost.
    ['We are a training company doing joint enrolment for fees. Does the paper see that positively?', 'enterprise', 'partly', '4.4-2'],
    // "Does the paper agree?" puts the claim before it to the source, either way round.
    [
      'My boss says hiring skilled people on the market is cheaper than co-training with a school. Does the paper agree?',
      'enterprise',
      'no',
      '2.3-5',
    ],
    [
      'My boss says co-training talent with a school costs less than hiring it on the market. Does the paper agree?',
      'enterprise',
      'yes',
      '2.3-5',
    ],
    // Leaving the post asks for a technology enterprise whatever the field: a hotel fits tourism but is no such enterprise.
    [
      "I teach tourism management. I'd love to leave my post for a couple of years and open a boutique hotel. " +
        'Does the guidance allow that?',
      'teacher',
      'no',
      '3-6',
    ],
    // A technology enterprise is the condition of leaving the post; staying in it asks only for a project in one's major.
    ['If I keep my job and start a company on the side, does it have to be a science & technology enterprise?', 'teacher', 'no', '3-5'],
    // Two worries in one question ("fired", "career suicide") are one worry, not a double negation of the example's one.
    ['if I leave my post to start a company will I get fired from the school and ruin my career?', 'teacher', 'no', '3-19'],
    // A tax break or subsidy is a benefit the paper neither grants nor rules out: it only finds support lacking (2.1-2).
    ['Do we get any tax breaks for cooperating with a vocational college?', 'enterprise', 'not-stated', '2.1-2'],
    ['Would we get a tax incentive for joining school-enterprise cooperation?', 'enterprise', 'not-stated', '2.1-2'],
    // The company named as the other party to what is signed: the income agreement with it (3-18), not the leave agreement.
    ["Do I have to sign anything with the company I'm joining after I leave my post?", 'teacher', 'yes', '3-18'],
    // A rush off post asked as the guidance's aim: its conditions are there to avoid one (3-7).
    ['Is the guidance meant to encourage a big wave of teachers leaving public institutions?', 'teacher', 'no', '3-7'],
    ['is the off-post policy meant to get as many people as possible to leave?', 'teacher', 'no', '3-7'],
    // An outdated syllabus is the paper's finding, not a question whether the source is outdated.
    [
      "My colleagues call our syllabus outdated. Does the paper agree that curricula don't meet what enterprises need?",
      'teacher',
      'yes',
      '2.4-1',
    ],
    // A fear of breaking a rule by what the school goes on doing, and chances "dead" while away: neither is so (3-13).
    [
      "Am I breaking some rule by still taking part in my school's title evaluation while I'm off running my start-up? " +
        'Feels like double dipping.',
      'teacher',
      'no',
      '3-13',
    ],
    ["will my chances at a professional title be dead while I'm gone on leave?", 'teacher', 'no', '3-13'],
    // A business of a field apart from the teacher's, a cleaning company included (3-4).
    [
      'We run a commercial cleaning services company. ' +
        'Can we take on a mechanical engineering teacher from the vocational college part-time?',
      'enterprise',
      'no',
      '3-4',
    ],
    // Whether a business's line must match, asked of a way of taking part: that way's field condition (3-4).
    ['If we hire a college teacher part-time, does our line of business have to match anything?', 'enterprise', 'yes', '3-4'],
    // Whether the guidance itself fixes the pay: it leaves pay to the departments concerned (3-16).
    ['Does the guidance itself fix how much salary I get during off-post leave?', 'teacher', 'no', '3-16'],
    // A fear of being fired for leaving the post asks whether the post is kept while away (3-19); for a business the
    // way does not allow, the way's condition answers (3-6).
    ["I'm honestly terrified I'll lose my job for taking off-post leave to start my company. Will I?", 'teacher', 'no', '3-19'],
    ['Will my school fire me if I take leave to start a company? I am panicking a bit.', 'teacher', 'no', '3-19'],
    ['will I be fired for leaving my post to open a bakery?', 'teacher', 'no', '3-6'],
    // A length asked of a subject the question names is that subject's: the guidance gives none for absorbing a returnee.
    ['how long does the school get to absorb the extra headcount?', 'teacher', 'not-stated', '3-22'],
    // Leaving the post for work its condition rules out: the condition answers, whatever length the question names (3-6).
    [
      'I teach accounting at a higher vocational college. Could I leave my post for two years to open an ordinary bookkeeping firm?',
      'teacher',
      'no',
      '3-6',
    ],
    ['Could a teacher on off-post leave come to us and just do sales for a couple of years?', 'enterprise', 'no', '3-6'],
    // Pay said to be fixed by the guidance itself, or by one national standard: the departments concerned decide (3-16).
    ['Does the guidance fix a specific salary amount for teachers who leave their post?', 'teacher', 'no', '3-16'],
    ['Does the paper give a fixed salary amount for teachers who are off post?', 'teacher', 'no', '3-16'],
    // A detail named only in the case told first ("my dean") is not asked; what would "tank" an assessment loses nothing.
    [
      "My dean joked that off-post people 'get killed' in the annual evaluation since they're never around. " +
        'Is being away going to tank my assessment?',
      'teacher',
      'no',
      '3-13',
    ],
    // A start-up that tanks is the case of coming back, not a loss the guidance turns around.
    ['If my startup tanks, can I go back to the college early?', 'teacher', 'yes', '3-21'],
    // What the paper finds lacking is a problem it sees.
    [
      'We usually just sign the joint training program and leave all the actual teaching to the college. ' +
        'Does the paper see that as a problem?',
      'enterprise',
      'yes',
      '4.4-1',
    ],
    ['Is medical treatment during off-post leave fixed by one national standard?', 'teacher', 'no', '3-16'],
    ['is my salary fixed while off post', 'teacher', 'not-stated', '3-16'],
    // Running a firm's marketing is no scientific or technological work for a teacher who left the post (3-6).
    ["can we hire a teacher who's left his post to run our marketing department?", 'enterprise', 'no', '3-6'],
    // One's own company run beside the post is an in-post start-up, not part-time work, and no breach (3-5).
    ['I teach full-time and run a small software company on the side. am I in trouble?', 'teacher', 'no', '3-5'],
    ['Am I breaking some rule by teaching my classes while also running my own startup on the side?', 'teacher', 'no', '3-5'],
    // A fear said as a "death sentence" or as time "counting against me" asks whether something is lost (3-14).
    ['Be honest, is going off-post for two years a death sentence for my promotion?', 'teacher', 'no', '3-14'],
    ['will the time I spent away count against me when I apply for associate professor?', 'teacher', 'no', '3-14'],
    ['Will my startup achievements count in my title evaluation?', 'teacher', 'yes', '3-14'],
    // A grade that does not count in the quota is no loss, however the fear is put (3-15).
    ['if I get an excellent grade, does it count against me in the quota?', 'teacher', 'no', '3-15'],
    ["is it exploiting a loophole to get an excellent rating from my startup without taking a colleague's slot?", 'teacher', 'no', '3-15'],
    // "What if it goes badly and I …?" of what the guidance allows asks whether one may (3-21).
    ['what if it goes badly and I want to come back after a year?', 'teacher', 'yes', '3-21'],
    // A fear that the job vanishes for good is no stay past the limit (3-19).
    [
      "I'm honestly terrified: if I leave my post for my startup, does my job at the college just disappear forever?",
      'teacher',
      'no',
      '3-19',
    ],
    // Time away hurting the title is a loss the guidance rules out (3-14).
    ['Will the time the teacher spends with us hurt his professional title back at the school?', 'enterprise', 'no', '3-14'],
    // Keeping the post while running a related start-up is what the guidance allows (3-5).
    [
      'I want to kill two birds with one stone - keep teaching AND run my IoT startup. Is that going to get me fired?',
      'teacher',
      'no',
      '3-5',
    ],
    // A turn that opens with "and" asks one claim: the enterprise pays the injury insurance, not the school (3-11).
    ["got it. and it's the school that pays the injury insurance premium, right?", 'teacher', 'no', '3-11'],
    // Anything that stops a side walking away, or binds students to an order class, is what the paper finds lacking (2.2-1).
    ['Is there anything that stops either side from just walking away from a cooperation?', 'enterprise', 'no', '2.2-1'],
    ["Say we sign a 3-year deal and then the students just don't want to come work for us. Any protection?", 'enterprise', 'no', '2.2-1'],
    ["Two years into my off-post leave, I'd like to quit the college for good. Can I?", 'teacher', 'yes', '3-20'],
    ['A few of my students want to start a company. Can I get involved?', 'teacher', 'yes', '4.6-2'],
    ['Will I lose my job the moment I walk out the door to start my company?', 'teacher', 'no', '3-19'],
    ["Will my existing employment contract just stay as it is while I'm on leave?", 'teacher', 'no', '3-17'],
    // The enterprise asking what it signs: the agreement it is a party to.
    ['what agreement do we need to sign when a teacher on leave joins our company?', 'enterprise', null, '3-18'],
    // The guidance leaves the split to the agreement; a percentage asked for is a figure it does not give.
    ['Does the guidance itself fix how income is split between me, the school and the company?', 'teacher', 'no', '3-18'],
    ['Does the guidance set a percentage of the income that goes to the school?', 'teacher', 'not-stated', '3-18'],
    // A kind of business asked of the guidance, no way of taking part named: its innovation focus answers.
    ['Would the guidance support me opening a noodle restaurant as my entrepreneurship?', 'teacher', 'no', '3-3'],
    ['does the guidance cover a business with no tech in it, like a bubble tea shop?', 'teacher', 'no', '3-3'],
    // Withdrawal the lack of laws allows, and the rights and obligations no law sets out: both clauses.
    ['Is there a law stopping a college from walking away from our cooperation deal halfway through?', 'enterprise', 'no', '2.2-1'],
    ['Is there a law stopping a college from walking away from our cooperation deal halfway through?', 'enterprise', 'no', '2.2-3'],
    ['Will I be fired if I go off post to found a tech company?', 'teacher', 'no', '3-19'],
    ['Is the policy meant to encourage lots of teachers to leave their posts?', 'teacher', 'no', '3-7'],
    // The school ending the leave early is never mentioned; only the teacher's own request is.
    [
      'Our co-founder is on off-post leave. Can the college call him back before the three years are up?',
      'enterprise',
      'not-stated',
      '3-21',
    ],
    ['if I leave my post to start a company, will I lose my job at the college forever?', 'teacher', 'no', '3-19'],
    ["If I take off-post leave to start my company, will the college just kill my contract once I'm gone?", 'teacher', 'no', '3-19'],
    [
      "I teach RFID systems and I've been doing paid weekend work for an RFID company for months. Am I violating the policy?",
      'teacher',
      'no',
      '3-4',
    ],
    [
      "Do I get both my social insurance and my work-injury insurance through the company I'm founding while on leave?",
      'teacher',
      'partly',
      '3-10',
    ],
    ['does a part-time teacher have to do a real job at our company, not just advise?', 'enterprise', 'yes', '4.1-2'],
    [
      'what if the students refuse to join us at the end of a 3 year order-class contract - is there anything legally binding them?',
      'enterprise',
      'no',
      '2.2-1',
    ],
    [
      'Can I work part-time at both an RFID firm in my field and a real-estate agency that has nothing to do with my college?',
      'teacher',
      'partly',
      '3-4',
    ],
    // The company selects graduates of its order class; nothing says they are bound to accept (4.5-2).
    [
      'In our order class, can we lock the students in so they have to work for us after they graduate?',
      'enterprise',
      'not-stated',
      '4.5-2',
    ],
    // Good for one's teaching is what the RFID example shows (4-3).
    ['does the paper actually think part-time work is good for my teaching?', 'teacher', 'yes', '4-3'],
    // One business in the teacher's field and one unrelated to it: the start-up holds, the part-time work does not.
    [
      'While staying in my teaching post, can I both do paid part-time work for an unrelated marketing agency and run my own ' +
        'start-up in my field (automotive electronics)?',
      'teacher',
      'partly',
      '3-4',
    ],
    // The conditions are there to support teachers starting businesses, not to discourage them (3-7), and the policy is
    // their safeguard, no weapon against them (3-8).
    ['Why does the guidance restrict fields? Is the point to discourage people from starting businesses?', 'teacher', 'no', '3-7'],
    ["Section 3 calls the policy 'a sword'. Is the guidance a weapon aimed at teachers who leave their posts?", 'teacher', 'no', '3-8'],
    // Choosing students from the second year is what the order-based mode does, no poaching (4.5-2).
    [
      'We want to attack the talent shortage by grabbing students in year two before our competitors do. ' +
        'Is it some kind of illegal poaching to start with them that early?',
      'enterprise',
      'no',
      '4.5-2',
    ],
    // Whether the guidance itself spells out the pay: it leaves pay to the departments (3-16); the length it does set (3-19).
    ["Does the guidance spell out exactly how much salary I get while I'm off-post?", 'teacher', 'no', '3-16'],
    ['does the guidance specify how long I can be away?', 'teacher', 'yes', '3-19'],
    // An example asking how many days a week does not make the permission itself unsettled (3-4).
    ['am I allowed to do part-time work at a company?', 'teacher', 'yes', '3-4'],
    [
      "Can a company hire a teacher part-time if the company's business has nothing to do with the teacher's institution?",
      'enterprise',
      'no',
      '3-4',
    ],
    // A statement of a plan and a question about it are one question (3-4).
    [
      'I want to keep my IoT teaching job and do part-time consulting at an IoT firm. Would that get me in trouble?',
      'teacher',
      'no',
      '3-4',
    ],
  ] as const)('"%s" (%s) → %s, citing %s', (question, audience, verdict, clause) => {
    const result = advisor.ask(question, { audience });
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.verdict).toBe(verdict);
    expect(result.citations.map((c) => c.clause)).toContain(clause);
  });

  it('answers "what if I …?" of what the guidance allows with a yes', () => {
    const result = advisor.ask('what if I come back early?', { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe('yes');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('3-21');
  });

  it('answers "what if …?" of a case a rule of the fact rules out with a no', () => {
    const context = { question: 'how long can I be away before I lose my position?', topicId: 'leave.three-years' };
    const result = advisor.ask('what if the company needs me longer, like 5 yrs?', { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('3-19');
  });

  it.each([
    // What the teacher's way changes after a mode's catch is the paper's remedy in that mode.
    [
      'Why is the talent training programme usually weak in joint school-enterprise programmes?',
      "what's different when a teacher's own company is involved?",
      null,
      '4.4-3',
    ],
    // A way named that the fact just given is not about is another case: the in-post field rule, not the part-time one.
    [
      "can I do project cooperation with a company that has nothing to do with my college's field?",
      "can I start an in-post business that's unrelated to my major?",
      'no',
      '3-5',
    ],
    // Part-time work named on purpose after the in-post field rule is another case: the part-time field rule.
    [
      'Can I do an in-post startup in a field that has nothing to do with my major?',
      'what about part-time work in an unrelated industry?',
      'no',
      '3-4',
    ],
    // "isn't innovation-related" denies the guidance's focus on innovation.
    [
      "I'm technical staff at a public library. Does the guidance cover me?",
      "would it cover a business that isn't innovation-related at all?",
      'no',
      '3-3',
    ],
    // The company named in when the asker acts is not a turn to the enterprise's side.
    [
      'A few of my students want to start a company but keep hitting technical walls. Can I help them as a partner?',
      'and once the company is stable do I have to get out?',
      'no',
      '4.6-2',
    ],
  ])('after "%s", answers "%s" with %s from %s', (first, question, verdict, clause) => {
    const { context } = contextAfter(first, 'teacher');
    const result = advisor.ask(question, { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.verdict).toBe(verdict);
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual([clause]);
  });

  it('reads "what if I left my post for it instead?" after a yes/no question as the same question of another case (3-6)', () => {
    const { context } = contextAfter('Can I start a company while keeping my teaching job?', 'teacher');
    const asked = 'so what if I left my post for it instead?';
    const result = advisor.ask(asked, { audience: 'teacher', context: { ...context, type: 'yes-no' } });
    expect(result.kind === 'answer' && result.verdict).toBe('yes');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['3-6']);
    const afterWhat = advisor.ask(asked, { audience: 'teacher', context: { ...context, type: 'what' } });
    expect(afterWhat.kind === 'answer' && afterWhat.verdict).toBeNull();
  });

  it('reads "are we obliged to hire all of them?" as a duty the paper does not set, not a claim wider than it (4.5-2)', () => {
    const { context } = contextAfter(
      'Our company wants to train students for our own positions, like an order class. From which year can we start picking students?',
      'enterprise',
    );
    const result = advisor.ask('and are we then obliged to hire all of them after graduation?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.verdict).toBe('not-stated');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.5-2');
  });

  it('answers "what\'s in it for us beyond …?" after a part-time arrangement with what the teachers\' team mode gives (4.1)', () => {
    const { context } = contextAfter(
      "we'd like to take on a lecturer from the local polytechnic part-time as an engineer. Is that allowed?",
      'enterprise',
    );
    const result = advisor.ask("what's in it for us beyond an extra pair of hands?", { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.topic.id).toBe('modes.teachers-team');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.1-1');
  });

  it('answers "there was a stat about … in there, what was it?" with the figure of what was just discussed (2.4-3)', () => {
    const { context } = contextAfter('what does the paper say are the main problems in school-enterprise cooperation?', 'teacher');
    const result = advisor.ask('there was a stat about graduates in there, what was it?', { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.verdict).toBeNull();
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('2.4-3');
  });

  it('reads "how does the paper see…" as the paper framing the question, not as a question about the paper', () => {
    const framed = advisor.ask("We're testing a product built on a lecturer's research. How does the paper see our role in that?", {
      audience: 'enterprise',
    });
    expect(framed.kind === 'answer' && framed.topic.id).toBe('modes.teaching-resources');
    const aboutPaper = advisor.ask('Who wrote the paper?', { audience: 'enterprise' });
    expect(aboutPaper.kind === 'answer' && aboutPaper.topic.id).toBe('about.source');
  });

  it('reads an office named as who the asker writes for as no detail asked, and "which office?" as one', () => {
    const forOffice = advisor.ask("for a report for our school's cooperation office: what are the main problems in cooperation?", {
      audience: 'teacher',
    });
    expect(forOffice.kind === 'answer' && forOffice.verdict).toBeNull();
    const whichOffice = advisor.ask('which office do I send my application for leave to?', { audience: 'teacher' });
    expect(whichOffice.kind !== 'answer' || whichOffice.verdict === 'not-stated').toBe(true);
  });

  it('answers "which of the paper\'s modes…" of a need from the mode the mode finder leads to', () => {
    const result = advisor.ask("Our grads are not job-ready. Which of the paper's modes deals with that most directly?", {
      audience: 'teacher',
    });
    expect(result.kind === 'answer' && result.topic.id).toBe('modes.order-based');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['4.5-2', '4.5-3']);
  });

  it('answers a follow-up meeting a rule that turns the fact just given ("5 years") from that fact, whatever it borrows', () => {
    const { context } = contextAfter(
      'if I leave my post to start a company, how long can the school keep my personnel relationship?',
      'teacher',
    );
    const result = advisor.ask('and if the company needs more time, could I stay out like 5 years and still keep it?', {
      audience: 'teacher',
      context,
    });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['3-19']);
  });

  it('answers "does that go for his social insurance too?" after who pays the injury insurance: the same side does not', () => {
    const { context } = contextAfter(
      'Our company wants a teacher who left his post at a college to join us on an R&D project. Who pays his work injury insurance?',
      'enterprise',
    );
    const result = advisor.ask('does that go for his social insurance too?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['3-10']);
  });

  it('answers "and if instead I start my own company while keeping the teaching job?" after part-time work from the start-up rule', () => {
    const { context } = contextAfter(
      'I teach IoT and RFID at a vocational college. A local company that builds RFID systems wants me part-time. Is that allowed?',
      'teacher',
    );
    const result = advisor.ask('and if instead I start my own RFID company while keeping the teaching job?', {
      audience: 'teacher',
      context,
    });
    expect(result.kind === 'answer' && result.verdict).toBe('yes');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['3-5']);
  });

  it('reads the school killing a contract once the teacher is off post as a fear for the post kept, not a wish to end it', () => {
    const feared = advisor.ask("I'm scared the school will kill my contract behind my back once I'm off-post. Can they just terminate me?");
    expect(feared.kind === 'answer' && feared.understanding?.concepts).toEqual(expect.arrayContaining(['personnel-relationship']));
    expect(feared.kind === 'answer' && feared.understanding?.concepts).not.toContain('terminate');
    const wished = advisor.ask('can I kill my contract with the school while off post?', { audience: 'teacher' });
    expect(wished.kind === 'answer' && wished.understanding?.concepts).toContain('terminate');
  });

  it('reads "stay out" of a teacher as time away, and "stay out of" as companies keeping away', () => {
    expect(advisor.ask('could I stay out like 5 years and still keep it?', { audience: 'teacher' })).toMatchObject({
      understanding: { concepts: expect.not.arrayContaining(['reluctance']) },
    });
    expect(advisor.ask('why do so many companies stay out of vocational education?', { audience: 'enterprise' })).toMatchObject({
      understanding: { concepts: expect.arrayContaining(['reluctance']) },
    });
  });

  it('answers a follow-up naming another field taught from the field rule of the fact just given', () => {
    const { context, verdict } = contextAfter(
      'We are a logistics software company. A lecturer from the logistics management programme would like to work with us ' +
        'part-time. Is that allowed?',
      'enterprise',
    );
    expect(verdict).toBe('yes');
    const result = advisor.ask('What if he taught accounting instead, would it still work?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('3-4');
  });

  it('answers "what if the teacher turns out to be useless?" after what the teachers\' team mode brings, from how it tests him', () => {
    const { context } = contextAfter("why would we take on a college teacher part-time? what's in it for us?", 'enterprise');
    const result = advisor.ask('and what if he turns out to be useless on the job?', { audience: 'enterprise', context });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.1-4');
  });

  it('answers "what about a … firm?" after a field rule as another case for that rule', () => {
    const { context } = contextAfter('I teach mechatronics. Can I start a company while still teaching full-time?', 'teacher');
    const related = advisor.ask('ok fair. what about an automation consulting firm for small factories?', { audience: 'teacher', context });
    expect(related.kind === 'answer' && related.verdict).toBe('yes');
    expect(advisor.ask('what about a bubble tea shop?', { audience: 'teacher', context })).toMatchObject({ verdict: 'no' });
  });

  it('answers "what\'s the point of me being in there?" after a student company from the mass innovation mode (4.6-2)', () => {
    const { context } = contextAfter('A few of my students want to start their own company. Can I get involved?', 'teacher');
    const result = advisor.ask("and what's the point of me being in there, according to the paper?", { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.6-2');
    const firstPlace = advisor.ask("And what's the point of me being in it in the first place?", { audience: 'teacher', context });
    expect(firstPlace.kind === 'answer' && firstPlace.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('answers "so we don\'t need to?" after the duty to pay as that duty denied: a no', () => {
    const { context, verdict } = contextAfter('do we have to pay the injury insurance of a teacher on leave with us?', 'enterprise');
    expect(verdict).toBe('yes');
    expect(advisor.ask("So we don't need to?", { audience: 'enterprise', context })).toMatchObject({ verdict: 'no' });
  });

  it('reads "if it all goes badly" after the three years as emphasis: returning early is a yes', () => {
    const { context } = contextAfter("How long can my personnel relationship stay with the school while I'm away?", 'teacher');
    const back = advisor.ask('and if it all goes badly after a year can i just come back?', { audience: 'teacher', context });
    expect(back.kind === 'answer' && back.verdict).toBe('yes');
    expect(back.kind === 'answer' && back.citations.map((c) => c.clause)).toContain('3-21');
  });

  it('answers "who pays his insurance?" after part-time work with the rule given for leaving the post, said to be only that', () => {
    const { context } = contextAfter(
      'We want a lecturer from the local polytechnic to work with us part-time. Is that allowed?',
      'enterprise',
    );
    const insurance = advisor.ask('and who pays his insurance?', { audience: 'enterprise', context });
    expect(insurance.kind === 'answer' && insurance.verdict).toBe('not-stated');
    expect(insurance.text).toMatch(/^The guidance doesn't say for part-time work\. It gives this rule for leaving the post:/);
  });

  it('answers "who owns the materials at the end?" in a conversation with what the source leaves to the leave agreement', () => {
    const { context } = contextAfter("What's the teaching resources co-construction mode?", 'enterprise');
    const owner = advisor.ask('who owns the materials at the end?', { audience: 'enterprise', context });
    expect(owner.kind === 'answer' && owner.verdict).toBe('not-stated');
    expect(owner.kind === 'answer' && owner.citations.map((c) => c.clause)).toContain('3-17');
  });

  it('answers why the paper brings up the professor of its case from that case, not from why the guidance sets conditions', () => {
    const { context } = contextAfter('Who is the professor the paper mentions as a case in the policy section?', 'teacher');
    const point = advisor.ask("what's the point of bringing him up", { audience: 'teacher', context });
    expect(point.kind === 'answer' && point.citations.map((c) => c.clause)).toEqual(['3-9']);
  });

  it('says first the fact a "no" rests on: the three-year limit, before returning early', () => {
    const result = advisor.ask('can I come back after 4 years?', { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe('no');
    expect(result.text).toMatch(/^No\. You can keep your personnel relationship with your school for up to three years/);
  });

  it("answers students refusing to join the company with the paper's order-class example, not with how the mode works", () => {
    const result = advisor.ask('what if the students refuse to join us after graduating?', { audience: 'enterprise' });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['2.2-1']);
  });

  it('answers joining an existing company, after what an off-post teacher may found, from the off-post rule', () => {
    const { context } = contextAfter('What kind of company may I start if I leave my post?', 'teacher');
    const join = advisor.ask("so I don't have to found my own, I could join an existing company instead?", {
      audience: 'teacher',
      context,
    });
    expect(join.kind === 'answer' && join.verdict).toBe('yes');
    expect(join.kind === 'answer' && join.citations.map((c) => c.clause)).toContain('3-6');
  });

  it('answers "what about if the company was …, nothing to do with …" from the field rule just given', () => {
    const { context } = contextAfter('I teach IoT. Can I start my own RFID company while keeping my teaching job?', 'teacher');
    const apart = advisor.ask('what about if the company was a clothing brand, nothing to do with IoT at all', {
      audience: 'teacher',
      context,
    });
    expect(apart.kind === 'answer' && apart.verdict).toBe('no');
    expect(apart.kind === 'answer' && apart.citations.map((c) => c.clause)).toEqual(['3-5']);
  });

  it('answers "…nothing to do with what our college teaches, does that still work?" after the part-time field rule', () => {
    const { context } = contextAfter('can i do part time work at a company while still teaching full time?', 'teacher');
    const apart = advisor.ask(
      "it's my cousin's hotpot restaurant tho, nothing to do with what our college teaches. does that still work?",
      {
        audience: 'teacher',
        context,
      },
    );
    expect(apart.kind === 'answer' && apart.verdict).toBe('no');
    expect(apart.kind === 'answer' && apart.citations.map((c) => c.clause)).toEqual(['3-4']);
  });

  it('answers "… — what if it does …?" after a field rule as another case for it', () => {
    const { context } = contextAfter('I teach mechatronics. Can I start a company while still teaching full-time?', 'teacher');
    const same = advisor.ask('ok scrap that lol — what if it does industrial sensor calibration instead?', {
      audience: 'teacher',
      context,
    });
    expect(same.kind === 'answer' && same.verdict).toBe('yes');
  });

  it('reads "and my friend who works at …?" as the question just answered, asked of another person', () => {
    const { context } = contextAfter(
      "I'm a lab technician at a public hospital, not a university. Does this guidance even apply to me?",
      'teacher',
    );
    const friend = advisor.ask('and my friend who works at a private company?', { audience: 'teacher', context });
    expect(friend).toMatchObject({ kind: 'answer', topic: { id: 'guidance.scope' }, verdict: 'no' });
  });

  it('reads "do I have to stay involved forever?" after a students\' start-up as the teacher\'s choice to stay or return', () => {
    const { context } = contextAfter('A couple of my students want to start their own company. Can I join as a partner?', 'teacher');
    const stay = advisor.ask('do I have to stay involved forever?', { audience: 'teacher', context });
    expect(stay).toMatchObject({ kind: 'answer', topic: { id: 'modes.mass-innovation' }, verdict: 'no' });
  });

  it('reads "as a partner or an advisor?" as the role in what was just said', () => {
    const { context } = contextAfter(
      'Some students have set up a small company and keep hitting technical problems. Can their teacher help them?',
      'enterprise',
    );
    const role = advisor.ask('as an actual partner or just like an advisor?', { audience: 'enterprise', context });
    expect(role.kind === 'answer' && role.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('reads "in what role could I get involved?" as the part one may take in what was just said', () => {
    const { context } = contextAfter(
      'Some of my students want to set up their own company. Does the paper say anything about teachers helping them?',
      'teacher',
    );
    const role = advisor.ask('in what role could I get involved?', { audience: 'teacher', context });
    expect(role.kind === 'answer' && role.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('keeps a short follow-up that points back on the previous topic, and declines one about another subject', () => {
    const context = { question: 'what has to be written in the off-post agreement', topicId: 'leave.post-leaving-agreement' };
    const signs = advisor.ask('who signs it?', { audience: 'teacher', context });
    expect(signs.kind === 'answer' && signs.citations.map((c) => c.clause)).toContain('3-17');
    expect(advisor.ask('is it raining there?', { audience: 'teacher', context }).kind).toBe('unknown');
  });

  it('reads a short fragment that points back on the previous topic, even when its own words suggest another', () => {
    const context = { question: 'tell me what the paper says about training bases', topicId: 'modes.training-base' };
    const result = advisor.ask('why are they so difficult to run?', { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toContain('4.3-2');
  });

  it("answers how teacher entrepreneurship helps with a mode's catch from that mode's own remedy", () => {
    const context = { question: "what's the catch with co-building the training base?", topicId: 'modes.training-base' };
    const result = advisor.ask('and how does teacher entrepreneurship help there?', { audience: 'teacher', context });
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(['4.3-3']);
  });

  it('reads a part declined on its own with the other questions of the message', () => {
    const result = advisor.ask('does my salary stay the same during the leave, and who pays when I get hurt at work?', {
      audience: 'teacher',
    });
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.parts?.map((p) => p.kind)).toEqual(['answer', 'answer']);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('3-11');
  });

  it('says plainly when the guidance does not settle a question, then gives what it does say', () => {
    const result = advisor.ask('will the school keep paying my salary while I am on leave?', { audience: 'teacher' });
    expect(result.kind === 'answer' && result.text).toMatch(/^The guidance doesn't say\. What it does say: /);
    const chinese = advisor.ask('离岗期间学校每个月给我交多少社保', { audience: 'teacher' });
    expect(chinese.kind === 'answer' && chinese.text).toMatch(/^指导意见未说明。相关的规定是：/);
  });

  it('answers a part that names a cooperation mode from that mode, not from the mode of the other part', () => {
    const result = advisor.ask("what's the order-based mode, and how is the mass innovation mode different?", { audience: 'teacher' });
    expect(result.kind === 'answer' && result.parts?.[1]?.citations.map((c) => c.clause)).toContain('4.6-2');
  });

  it('opens the answer with the verdict line', () => {
    const result = advisor.ask('can I come back early from my leave?');
    expect(result.kind === 'answer' && result.text.startsWith('Yes.')).toBe(true);
  });

  it('reads a statement before a two-question message as context, not as the claim asked', () => {
    const result = advisor.ask(
      "My school says I can't start a company while I'm in post. Does the guidance allow on-the-job start-ups, and on what condition?",
      { audience: 'teacher' },
    );
    expect(result.kind === 'answer' && result.parts?.[0]).toMatchObject({
      verdict: 'yes',
      citations: [expect.objectContaining({ clause: '3-5' })],
    });
  });

  it('answers each question of a two-question message', () => {
    const result = advisor.ask('how long can I be away, and do I keep my title evaluation?', { audience: 'teacher' });
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['3-19'], ['3-13']]);
    expect(result.parts?.[1]?.verdict).toBe('yes');
  });

  it('reads "the company" of a later part as the enterprise the part before named', () => {
    const result = advisor.ask(
      'Can I do a part-time job at an enterprise while teaching full-time, and does the company have to be in my field?',
      { audience: 'teacher' },
    );
    expect(result.kind === 'answer' && result.parts?.map((p) => p.citations.map((c) => c.clause))).toEqual([['3-4'], ['3-4']]);
  });

  it('answers a later part pointing with "that" at a thing the part before named from that thing\'s topic', () => {
    const result = advisor.ask(
      "Do I have to sign an agreement with the school before I leave my post, and does that agreement set how long I'm away?",
      { audience: 'teacher' },
    );
    expect(result.kind === 'answer' && result.parts?.map((p) => [p.verdict, p.citations.map((c) => c.clause)[0]])).toEqual([
      ['yes', '3-17'],
      ['yes', '3-17'],
    ]);
  });

  it('reads what a side "gets overall" as what it gains', () => {
    const result = advisor.ask(
      'Which kinds of companies does the paper say benefit most obviously from deep cooperation, and what does the school get overall?',
      { audience: 'enterprise' },
    );
    expect(result.kind === 'answer' && result.parts?.[1]?.citations.map((c) => c.clause)).toContain('2.3-3');
  });

  it('reads "who covers it" as who pays, not as what the guidance covers', () => {
    const result = advisor.ask(
      'Does the injury insurance rule also apply if I go work at an existing company rather than my own startup? ' +
        "And who covers it if it's my own startup?",
      { audience: 'teacher' },
    );
    expect(result.kind === 'answer' && result.parts?.map((p) => p.citations.map((c) => c.clause)[0])).toEqual(['3-11', '3-11']);
  });

  it('reads a fragment after a question claiming a lack as claiming the same lack', () => {
    const result = advisor.ask("does the paper say there's no binding money behind cooperation? and legal guarantees?");
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.parts?.map((p) => p.verdict)).toEqual(['yes', 'yes']);
    expect(result.parts?.[1]?.citations.map((c) => c.clause)).toContain('2.2-3');
  });

  it('corrects typos against the knowledge vocabulary', () => {
    const result = advisor.ask('can i stay away for five yeras');
    expect(result.kind === 'answer' && result.understanding?.corrections).toEqual([{ from: 'yeras', to: 'years' }]);
  });

  it('keeps answers short: at most one answer in ten runs over 80 words (section summaries and lists)', async () => {
    const rows = (await loadEvalSet()).filter((row) => row.intent !== 'oos');
    const lengths = rows.flatMap((row) => {
      const result = advisor.ask(row.text);
      return result.kind === 'answer' ? (result.parts ?? [result]).map((part) => part.text.split(/\s+/).length) : [];
    });
    expect(lengths.length).toBeGreaterThan(300);
    expect(lengths.filter((n) => n > 80).length / lengths.length).toBeLessThanOrEqual(0.1);
  });

  it('gives no verdict to a question that is not yes/no', () => {
    const result = advisor.ask('who pays work-related injury insurance for a teacher on leave?');
    expect(result.kind === 'answer' && result.verdict).toBeNull();
  });

  it('reads "when do … tend to arise?" as asking in what circumstances, and "when" of a deadline as asking for a date', () => {
    const circumstances = advisor.ask('When do conflicts between the school and the enterprise tend to arise?', { audience: 'enterprise' });
    expect(circumstances.kind === 'answer' && circumstances.verdict).toBeNull();
    expect(circumstances.kind === 'answer' && circumstances.citations.map((c) => c.clause)).toContain('2-4');
    const date = advisor.ask('When is the deadline to hand in my off-post application?', { audience: 'teacher' });
    expect(date).toMatchObject({ kind: 'answer', verdict: 'not-stated' });
  });
});
