import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { findReference, itemOfPreviousList, namedSectionNumber } from '../../src/understand/reference.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('findReference', () => {
  it.each([
    ['what does section 4.3 say?', { kind: 'section', id: '4.3' }],
    ['explain model 4.2', { kind: 'section', id: '4.2' }],
    ["what's in part 3?", { kind: 'section', id: '3' }],
    ['clause 3-11?', { kind: 'clause', id: '3-11' }],
    ['what is the fourth point of the treatment list?', { kind: 'list-item', id: 'treatment.4' }],
    ['what is the third cooperation mode', { kind: 'list-item', id: 'modes.3' }],
    ["what's in the intro", { kind: 'section', id: '1' }],
    ['what is the conclusion of the paper', { kind: 'section', id: '5' }],
    ['what are the three policy requirements in section 3', { kind: 'list', id: 'ways' }],
    ['summarise all 6 cooperation modes', { kind: 'list', id: 'modes' }],
    ['list the five problems the paper names', { kind: 'list', id: 'problems' }],
    // The whole list named by its head word, without counting its items.
    ['what are the points of treatment?', { kind: 'list', id: 'treatment' }],
    ['list the treatment points', { kind: 'list', id: 'treatment' }],
    ['what does the treatment of off-post teachers include?', { kind: 'list', id: 'treatment' }],
    // A list within one section asked for in the plural.
    ['what are the ways teachers can take part?', { kind: 'list', id: 'ways' }],
    ['What ways does the guidance give teachers to take part in innovation and entrepreneurship?', { kind: 'list', id: 'ways' }],
    // The part of a section ahead of its subsections.
    ['what does the opening of section 4 say?', { kind: 'section', id: '4', part: 'opening' }],
    ["what's in part 4 before it gets to the individual models", { kind: 'section', id: '4', part: 'opening' }],
    ['what does the last bit of section 2, right before section 3, say?', { kind: 'section', id: '2', part: 'closing' }],
  ])('finds the reference in "%s"', (question, expected) => {
    expect(findReference(question, knowledge.sections, knowledge.lists)).toMatchObject(expected);
  });

  it('reads "2.5 years" or "1.5 days a week" as an amount, not as subsection 2.5 or 1.5', () => {
    expect(findReference("'a couple of years' is probably 2.5 years. that fine?", knowledge.sections, knowledge.lists)).toBeUndefined();
    expect(findReference('is 1.5 days a week of part-time work ok?', knowledge.sections, knowledge.lists)).toBeUndefined();
    expect(findReference('what does 2.5 say?', knowledge.sections, knowledge.lists)).toEqual({ kind: 'section', id: '2.5' });
  });

  it('reads "the opening" or "the end" only of a section with subsections, and not of a plain section reference', () => {
    expect(findReference('what does section 4 say?', knowledge.sections, knowledge.lists)).toEqual({ kind: 'section', id: '4' });
    expect(findReference('what does the start of section 4.3 say?', knowledge.sections, knowledge.lists)).toEqual({
      kind: 'section',
      id: '4.3',
    });
  });

  it.each([
    'can I stay away for 3 years?',
    'do I keep my pension in the first year?',
    'is 70% of graduates a lot?',
    'a firm wants me 1-2 days a week, ok?',
    'what is the introduction of a company to the college',
    'which of the three ways applies to me if I keep teaching',
    'what are the two agreements I sign',
    'what does medical treatment include?',
    'does the treatment list say anything about medical treatment?',
    // Problems of one subsection, not the list of every problem.
    'what problems does the paper see with co-built training bases',
    // "What's the point" asks a purpose, not a numbered point of treatment.
    "what's the point of the third one?",
    // Ordinals of speech, not of a list.
    'Why did the ministry put these conditions on teachers in the first place?',
    'First of all, can I keep my pension?',
    'at first, can I keep my pension?',
    'Some background first: a partner factory wants to try my method. Which of the cooperation modes is this?',
    'but first, which cooperation modes are there?',
  ])('finds no reference in "%s"', (question) => {
    expect(findReference(question, knowledge.sections, knowledge.lists)).toBeUndefined();
  });
});

describe('itemOfPreviousList', () => {
  const first = "What's the first point of treatment for teachers who leave their post to start a business?";
  it.each([
    ['the second?', first, 'treatment.2'],
    ['third?', first, 'treatment.3'],
    ['and the last one?', first, 'treatment.5'],
    ['what about the fourth point?', 'list the five treatment points for off-post teachers', 'treatment.4'],
    ['the second one', 'summarise all 6 cooperation modes', 'modes.2'],
    ['tell me more about the third one', 'What are the six cooperation modes in the paper?', 'modes.3'],
    ['explain the first one a bit more pls', 'what are the six cooperation modes in the paper?', 'modes.1'],
    ['can you explain the fifth mode?', 'What are the six cooperation modes in the paper?', 'modes.5'],
    // A list named by its section, or by its words alone: the first list the question names.
    ['tell me more about the fourth one', 'What problems with school-enterprise cooperation does section 2 list?', 'problems.4'],
    ['tell me more about the second one', 'What are the treatment points for teachers who leave to start a business?', 'treatment.2'],
    ['and the second?', 'How many cooperation modes does the paper list?', 'modes.2'],
    // A place, then a question about the item it names.
    ["the third one — what's the point of it?", 'Honestly, what are these six cooperation modes everyone keeps quoting?', 'modes.3'],
    ['the second one, how does it work?', 'What are the six cooperation modes in the paper?', 'modes.2'],
    // An item asked back by its place.
    ['what was the third one again', 'what are the five points of treatment for off-post teachers?', 'treatment.3'],
    ['remind me of the second mode', 'What are the six cooperation modes in the paper?', 'modes.2'],
  ])('reads "%s" after "%s" as %s', (fragment, previous, id) => {
    expect(itemOfPreviousList(fragment, previous, knowledge.lists)?.id).toBe(id);
  });

  it.each([
    ['the second?', 'do I keep my pension if I leave my post?'],
    ['the seventh?', 'summarise all 6 cooperation modes'],
    ['and the second year?', first],
    ['who pays for the second one?', first],
    // The question after the place must be about the item.
    ['the second one, who pays my insurance?', first],
  ])('picks no item for "%s" after "%s"', (fragment, previous) => {
    expect(itemOfPreviousList(fragment, previous, knowledge.lists)).toBeUndefined();
  });
});

describe('namedSectionNumber', () => {
  it('reads the number of a section named with a cue word, whether or not the paper has it', () => {
    expect(namedSectionNumber('what does section 12 say?')).toBe('12');
    expect(namedSectionNumber('explain § 4.9')).toBe('4.9');
    expect(namedSectionNumber('what does 4.9 say?')).toBeUndefined();
  });
});
