import { describe, expect, it } from 'vitest';
import { continuedType } from '../../src/engine/follow-up-reading.js';
import { questionType } from '../../src/understand/question-type.js';

/** The type of a follow-up read after the previous question. */
function typeAfter(previous: string, followUp: string) {
  return continuedType(questionType(followUp), followUp, previous);
}

describe('the type of a follow-up', () => {
  it.each([
    // A bare thing or a told detail after a yes/no question asks that question again of it.
    ['does the school keep paying my pension while I am on leave?', 'work injury?'],
    ['do we still have to take her back when we are at our staffing cap?', 'permanently over?'],
    ['can I start a company on the side while teaching?', "it'd be a flower shop, nothing to do with what I teach"],
    ['can I start a company on the side while teaching?', 'it has to relate to what I teach?'],
    ['does the school keep my training while I am off post?', 'and my rewards?'],
    // "How about…?" is "what about…?": no question of how.
    ['Does the paper say vocational colleges have strong R&D?', 'How about technical service ability?'],
    // A few words claiming one thing alone are to be confirmed or denied, whatever was asked before.
    ['Who is this guidance actually for?', 'Only university teachers?'],
    // Another case offered "then" or "instead" asks the yes/no question again of it.
    ['can I start a company on the side while teaching?', 'ok fine, an accounting-software startup then?'],
    // A bare condition asks the question before under it.
    ['does my start-up need to be a tech company?', 'If I leave my post?'],
    // "…same deal?" asks whether what was said holds of it too, after a question of what or who.
    ['Quick one: if I go off-post, who takes care of my social insurance?', 'and work injury insurance? same deal?'],
  ])('reads "%s" then "%s" as yes/no', (previous, followUp) => {
    expect(typeAfter(previous, followUp)).toBe('yes-no');
  });

  it.each([
    // The same words after a question of what keep their own type; a question word asks its own question.
    ['what does the leave agreement contain?', 'work injury?'],
    ['what do schools want from cooperation?', 'it would be a training base'],
    ['can I leave my post?', 'what would happen to my title?'],
  ])('reads "%s" then "%s" as a question of what', (previous, followUp) => {
    expect(typeAfter(previous, followUp)).toBe('what');
  });
});
