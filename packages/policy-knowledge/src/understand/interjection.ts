/** Words said in passing before a question ("ok nice.", "fine fine.", "wait,"): they ask nothing themselves. */
const INTERJECTION_LEAD = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|nice|great|fine|cool|thanks|thank you|got it|haha|hmm+|alright|wait|oh|ah|i see|perfect|sure|wow|` +
    String.raw`understood|makes sense|good|fair(?: enough)?|yeah|yep|gotcha|noted|interesting|lol)[\s,]*)+[.!,:;]+\s+(?=\S)`,
  'i',
);

/** A laugh or a hum before a question with no stop after it: "lol what if it's a bakery". */
const BARE_LEAD = /^(?:lol|lmao|haha+|hah|hmm+)\s+(?=\S)/i;

/** The question without what is said in passing before it ("ok nice. and the college's…?" → "and the college's…?"). */
export function withoutInterjection(question: string): string {
  return question.replace(INTERJECTION_LEAD, '').replace(BARE_LEAD, '');
}
