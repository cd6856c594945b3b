import { describe, expect, it } from 'vitest';
import { fieldRelation, fieldRelationAcross } from '../../src/understand/field-match.js';

describe('the fields a teacher teaches and a business works in', () => {
  it('finds them far apart when the question names both and they share no field', () => {
    expect(fieldRelation('I teach nursing. can I work part-time at a car dealership?')).toBe('other');
    expect(fieldRelation('i teach mechanical engineering, can i open a hair salon on the side')).toBe('other');
    // Software engineering is computing, not the engineering of cars; agricultural engineering is still engineering.
    expect(fieldRelation('I teach software engineering. Could I run a used-car dealership as an in-post startup?')).toBe('other');
    expect(fieldRelation('I teach agricultural engineering. Could my startup make crop-spraying drones?')).toBe('same');
    expect(fieldRelation('our company does logistics and the teacher teaches classical poetry, can she work with us')).toBe('other');
    expect(fieldRelation('I teach accounting, can I start a company while in post that sells drone parts')).toBe('other');
    // The field a lecturer's college is named for, and a plant's trade.
    expect(fieldRelation('We run a freight logistics firm; a lecturer from a nursing college wants to help us part-time')).toBe('other');
    expect(fieldRelation('I teach tourism. Could I advise a chemical plant on the side?')).toBe('other');
    expect(fieldRelation("We're a property developer; a lecturer from an IT college wants to work with us part-time")).toBe('other');
    // A crypto exchange is a business; an assembly line is the work the teacher would help on.
    expect(fieldRelation('I teach nursing but a crypto exchange wants me part-time for community work')).toBe('other');
    expect(fieldRelation('Can we hire a history teacher part-time to help out on our assembly line?')).toBe('other');
  });

  it('finds them close when they share a field', () => {
    expect(fieldRelation("i teach mechatronics and a friend's robotics firm wants me 2 days a week")).toBe('same');
    expect(fieldRelation('I teach software engineering, can I consult for an AI startup')).toBe('same');
    expect(fieldRelation('i teach hotel management, can i work part time at a restaurant')).toBe('same');
    expect(fieldRelation('can we take on a mechatronics lecturer part-time to help with our assembly line')).toBe('same');
  });

  it('reads the work done for a firm as well as the firm', () => {
    expect(fieldRelation("I teach RFID and I've been doing part-time RFID integration work for a logistics firm")).toBe('same');
  });

  it('reads "my major is …" and keeps words across "but" out of the business', () => {
    expect(fieldRelation('my major is accounting but the company would be a bubble tea shop lol')).toBe('other');
    expect(fieldRelation('my field is nursing, could I help out at a private clinic')).toBe('same');
    expect(fieldRelation("We're a logistics firm. Could we take on a teacher part-time even though his college is a nursing school?")).toBe(
      'other',
    );
    // What the company idea "is", and the field a college "focuses on".
    expect(fieldRelation('hmm my major is hotel management but the company idea is a mobile game. is that still ok?')).toBe('other');
    expect(fieldRelation('My major is mechatronics but honestly the idea is a travel booking app for tour groups')).toBe('other');
    expect(
      fieldRelation('I teach at a vocational college that focuses on mechanical engineering; the firm does CNC machining. does that fit?'),
    ).toBe('same');
  });

  it('reads "their department is …" as what the teacher teaches', () => {
    expect(fieldRelation("what if their department is accounting and we're RFID?")).toBe('other');
    expect(fieldRelation('his department is automation and we make robots')).toBe('same');
    // The asker's own word that the fields are one.
    expect(fieldRelation("he teaches IoT / RFID and that's literally what we do, so we're fine then right?")).toBe('same');
  });

  it('reads plural businesses, what "we are" and what a start-up sells', () => {
    expect(fieldRelation('We run a chain of beauty salons. Can we take on a welding lecturer from the technical college part-time?')).toBe(
      'other',
    );
    expect(fieldRelation("he is a lecturer and his college is a nursing and health school; we're purely logistics software")).toBe('other');
    expect(fieldRelation('I teach automotive maintenance. Would a start-up selling generic phone cases be ok?')).toBe('other');
    expect(fieldRelation('running a small RFID consulting company on the side while I teach IoT full time')).toBe('same');
    // What the company "would" do.
    expect(fieldRelation('my major is mechatronics, company would resell second hand phones. ok?')).toBe('other');
  });

  it("reads a college said to be of a field, what the business's work is and the part-time work asked for", () => {
    expect(fieldRelation("Small catch: his college is a nursing and health school, and we're purely logistics software.")).toBe('other');
    expect(
      fieldRelation('he teaches accounting, and his college only runs business and finance majors. our work is chip and antenna design'),
    ).toBe('other');
    expect(fieldRelation("Can we bring in a teacher from the college's tourism department to do part-time software R&D for us?")).toBe(
      'other',
    );
    expect(fieldRelation('I teach IoT; could I do part-time sensor development for a firm?')).toBe('same');
  });

  it('reads a hyphened field by its parts', () => {
    expect(fieldRelation('Can we hire a teacher from a business-administration college to do R&D at our chip design company?')).toBe(
      'other',
    );
    expect(fieldRelation('a lecturer from a business-administration college wants to help our accounting firm')).toBe('same');
  });

  it('reads "we design…" as what a business does, and a conservatory as a college', () => {
    expect(fieldRelation('We design chips. Can we bring in a lecturer from the music conservatory as a part-timer?')).toBe('other');
    expect(fieldRelation('we design furniture, can a teacher from the art college work part-time for us?')).toBe('same');
  });

  it("takes the asker's own word that the fields are apart", () => {
    expect(fieldRelation("I teach IoT; it'd be a drone wedding photography studio, nothing to do with IoT")).toBe('other');
  });

  it('sets a business a follow-up names against the field an earlier question named', () => {
    const earlier = 'I teach accounting - could my company be a bubble tea shop?';
    expect(fieldRelationAcross(earlier, "ok what if instead it's bookkeeping software for small shops?")).toBe('same');
    expect(fieldRelationAcross(earlier, 'what if the company is a hair salon?')).toBe('other');
    // What a company "making" something does; the shops it serves are not its field.
    const accounting = 'Can I start a company while keeping my teaching job? I teach accounting.';
    expect(fieldRelationAcross(accounting, 'would a company making bookkeeping software for small shops count?')).toBe('same');
    // What the asker would do instead.
    const hotel = 'my major is hotel management but the company idea is a mobile game';
    expect(fieldRelationAcross(hotel, 'ok what if I do booking and front-desk software for small hotels instead')).toBe('same');
    // An online store is e-commerce.
    const commerce = "Can I start my own company while still teaching full time? I'm in the e-commerce program";
    expect(fieldRelationAcross(commerce, 'my idea is an online store platform for local farm products, would that count?')).toBe('same');
    expect(fieldRelationAcross('can I start a company while in post?', 'what if it is a hair salon?')).toBeUndefined();
    const furniture = 'I teach accounting. the company would sell handmade furniture. ok?';
    expect(fieldRelationAcross(furniture, 'what if instead it built bookkeeping software for small shops')).toBe('same');
    expect(fieldRelationAcross(earlier, 'and do I keep my pension?')).toBeUndefined();
    // Another teacher named for the same business: the college's field, in several words, against the business before.
    const hotels = 'we run a chain of hotels. can a teacher from the nursing college in town work part-time for us?';
    expect(fieldRelationAcross(hotels, 'what about a teacher from the tourism and hotel management college then?')).toBe('same');
    // "what about designing …": the other work a follow-up names.
    const mechatronics = 'my major is mechatronics, company would resell second hand phones. ok?';
    expect(fieldRelationAcross(mechatronics, 'what about designing automation controllers for small factories instead')).toBe('same');
    // What a company did, in the past tense; a business named only to be set aside is not the one asked about.
    const robotics = 'I teach mechatronics. A robotics firm asked me to work part-time for them. allowed?';
    expect(fieldRelationAcross(robotics, 'what if the company sold cosmetics instead?')).toBe('other');
    expect(fieldRelationAcross(robotics, 'what if it was a real estate developer instead of the robotics firm?')).toBe('other');
    expect(fieldRelationAcross(robotics, 'what if it was a drone maker rather than a cosmetics brand?')).toBe('same');
  });

  it("takes the asker's word that a business of no known field is apart", () => {
    expect(fieldRelationAcross('I teach IoT.', 'what about if the company was a logo brand, nothing to do with IoT at all')).toBe('other');
  });

  it('reads a field taught named in a follow-up against the business named before', () => {
    const earlier = 'We are a logistics software company. A lecturer from the logistics programme wants to work with us part-time.';
    expect(fieldRelationAcross(earlier, 'What if he taught accounting instead, would it still work?')).toBe('other');
    expect(fieldRelationAcross(earlier, 'and if she teaches warehousing?')).toBe('same');
  });

  it('reads a shared acronym, a tech company and the business work a teacher is hired for', () => {
    const plc = "I've been doing weekend consulting for a PLC automation company and I teach PLC programming. Am I in trouble??";
    expect(fieldRelation(plc)).toBe('same');
    const rfid = 'I teach RFID and IoT courses. A logistics tech company near campus wants me part-time. Is that allowed?';
    expect(fieldRelation(rfid)).toBe('same');
    expect(fieldRelation('Can we hire a welding instructor part-time to run our marketing campaigns?')).toBe('other');
    expect(fieldRelation('can we get a nursing lecturer to work part time on our mobile game dev projects?')).toBe('other');
    // What the college runs programmes in, and what the business builds.
    const iot = "We'd like to hire a teacher part-time on our IoT platform - their college runs IoT programmes. can we?";
    expect(fieldRelation(iot)).toBe('same');
    expect(fieldRelation('We make furniture. Can we hire a teacher part-time? their college runs nursing programmes.')).toBe('other');
    expect(fieldRelation('I teach PLC programming. Can I consult for a CNC workshop firm?')).toBe('same');
  });

  it('says nothing when the question does not name both fields', () => {
    expect(fieldRelation('can I work part-time at a drone company?')).toBeUndefined();
    expect(fieldRelation('I teach nursing, can I start a company while in post?')).toBeUndefined();
    // "it" is no field; "IT" in capitals is.
    expect(fieldRelation('I teach nursing, can I start it as a company')).toBeUndefined();
    expect(fieldRelation('I teach nursing, can I start an IT company')).toBe('other');
  });
});
