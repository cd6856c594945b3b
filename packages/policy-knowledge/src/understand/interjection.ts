/** Words said in passing before a question ("ok nice.", "fine fine.", "wait,"): they ask nothing themselves. */
const INTERJECTION_LEAD = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|nice|great|fine|cool|thanks|thank you|got it|haha|hmm+|alright|wait|oh|ah|i see|perfect|sure|wow|` +
    String.raw`understood|makes sense|good|fair(?: enough)?|yeah|yep|gotcha|noted|interesting|lol)[\s,]*)+[.!,:;]+\s+(?=\S)`,
  'i',
);

/** A laugh or a hum before a question with no stop after it: "lol what if it's a bakery". */
const BARE_LEAD = /^(?:lol|lmao|haha+|hah|hmm+)\s+(?=\S)/i;

/** An apology for the question before it: "sorry for the grim question but…", "apologies if this is a dumb one:". */
const APOLOGY_LEAD = new RegExp(
  String.raw`^(?:sorry|apologies)\s+(?:for\s+(?:the|this|a|my)|if\s+this\s+is\s+(?:a|an)?)\s*(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:question|one|ask)\s*[,.:;!—–-]?\s*(?:but\s+)?(?=\S)`,
  'i',
);

/** The question without what is said in passing before it ("ok nice. and the college's…?" → "and the college's…?"). */
export function withoutInterjection(question: string): string {
  return question.replace(INTERJECTION_LEAD, '').replace(BARE_LEAD, '').replace(APOLOGY_LEAD, '');
}
