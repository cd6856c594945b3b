import type { GlossaryTerm } from '@cobridge/policy-knowledge';
import { GLOSSARY_WORDING } from '@cobridge/reply';
import { GLOSSARY_PREFIX } from '../action-ids.js';
import { actions, button, context, header, plainContext, section, type Block, type SlackMessage } from './block-kit.js';
import { MAX_BLOCKS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fallbackText, topicButtons } from './slack-parts.js';
import { clauseBlocks, clauseRefs, fitBlocks } from './render-clauses.js';

function aliasLine(term: GlossaryTerm): string {
  return term.aliases.length === 0 ? '' : `\n_${GLOSSARY_WORDING.alsoSaidAs}:_ ${term.aliases.map(escapeMrkdwn).join(', ')}`;
}

/** Every glossary term, compact: the guidance's term, its everyday and pinyin words, the definition and clause ids. */
export function renderGlossary(terms: GlossaryTerm[]): SlackMessage {
  const head: Block[] = [header(GLOSSARY_WORDING.title)];
  const body = terms.map((term) => {
    const refs = clauseRefs(term.citations);
    return section(`*${escapeMrkdwn(term.term)}*${aliasLine(term)}\n${escapeMrkdwn(term.definition)}${refs === '' ? '' : ` _(${refs})_`}`);
  });
  const tail = [context(['Type `/cobridge glossary &lt;word&gt;` for one term with its clauses quoted.'])];
  return { text: `Glossary of ${String(terms.length)} terms`, blocks: fitBlocks(head, body, tail, MAX_BLOCKS) };
}

/** One glossary term with its definition, its everyday and pinyin words and every clause quoted. */
export function renderGlossaryTerm(term: GlossaryTerm): SlackMessage {
  const blocks: Block[] = [
    header(term.term),
    section(`${escapeMrkdwn(term.definition)}${aliasLine(term)}`),
    ...clauseBlocks(term.citations),
  ];
  if (term.topic !== undefined) blocks.push(actions('related', topicButtons([term.topic])));
  return { text: fallbackText(`${term.term}: ${term.definition}`), blocks };
}

/** No term matched: says so and offers every term as a button. */
export function renderGlossaryMiss(asked: string, terms: GlossaryTerm[]): SlackMessage {
  return {
    text: 'That word is not in the glossary.',
    blocks: [
      plainContext(`${GLOSSARY_WORDING.notFound(asked)} These terms are:`),
      actions(
        'terms',
        terms.map((t, i) => button(t.term, `${GLOSSARY_PREFIX}${String(i)}`, t.id)),
      ),
    ],
  };
}
