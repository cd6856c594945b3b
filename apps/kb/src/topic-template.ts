import { AUDIENCES, CATEGORIES, MIN_TRAINING_QUESTIONS } from '@cobridge/policy-knowledge';

/**
 * The commented topic file `kb new-topic` writes. Its empty fields fail validation on purpose, so a half-filled
 * template can never be built or served.
 */
export function topicTemplate(id: string): string {
  return `# Topic ${id}: one question people ask, the ways they ask it, and the faithful answer from the guidance.
# Fill in every field, then run \`pnpm kb validate\`. Lines starting with # are comments: keep or delete them.
# Every field is described in docs/knowledge-format.md, and so is the Chinese text a zh/ folder then needs too.

# id: the topic's id. It must equal this file's name without .yaml (dotted lowercase words).
id: ${id}

# title: what the topic answers, as people see it in menus and "did you mean" lists (at most 80 characters).
title: ""

# category: the browse group shown in help screens, one of:\n#   ${CATEGORIES.join(', ')}
category: ""

# audiences: who asks this. One or both of: ${AUDIENCES.join(', ')} (teachers on Slack, enterprise contacts on Discord).
audiences: [${AUDIENCES.join(', ')}]

# questions: at least ${MIN_TRAINING_QUESTIONS} training questions, written the way people really type them: short and long,
# lowercase, slang, a typo or two, the teacher's and the enterprise's point of view. No question may also appear in
# another topic or in out-of-scope.yaml (case, spacing and end punctuation are ignored when comparing).
# Replace [] with one question per line, for example:
#   - do I keep my pension if I leave to start a company
#   - pension on leave?
questions: []

# answer: the answer everyone gets, faithful to the cited clauses and saying nothing they do not say
# (at most 2500 characters). Replace "" with >- and write the text on the next lines, indented two spaces: the
# lines are joined into one paragraph. Use |- instead to keep line breaks (a blank line between paragraphs,
# "- " at the start of a bullet). For example:
#   answer: >-
#     Teachers who leave their post to start a business continue to participate in social insurance
#     at their original school.
answer: ""

# teacher, enterprise: optional wordings of the answer for each audience (same rules as answer). Uncomment to use.
# teacher: >-
#   While you are away from your post, ...
# enterprise: >-
#   If you employ a teacher who has left the post, ...

# citations: ids of the clauses in clauses.yaml that back the answer, at least one, e.g. ["3-10"].
# \`pnpm kb coverage\` lists every clause and which topics cite it.
citations: []

# related: ids of other topics worth offering next, e.g. [leave.injury-insurance]. May stay [].
related: []

# followUps: short follow-up questions suggested under the answer (at most 150 characters each). May stay [].
followUps: []
`;
}
