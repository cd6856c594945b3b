import type { GlossaryTerm, Lang, LeaveTimeline, ModeFinderResult, ObligationsChecklist } from '@cobridge/policy-knowledge';
import { citationBlocks } from './reply-from-result.js';
import type { FieldItem, ReplyBlock } from './reply.js';
import { toolWording } from './tool-wording.js';
import { resultLabels } from './wording.js';

/** The title, blocks and one-line summary of a tool's result; `replyFromTool` makes them a reply. */
export interface ToolContent {
  title: string;
  blocks: ReplyBlock[];
  summary: string;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/** When the retention ends, what can happen before (each with its clauses) and where the guidance is silent, in `lang`. */
export function timelineContent(timeline: LeaveTimeline, lang: Lang): ToolContent {
  const words = toolWording(lang).timeline;
  const until = timeline.retainedUntil;
  const items: FieldItem[] = [
    { name: words.retainedUntil(until), text: timeline.text, citations: timeline.citations },
    ...timeline.before.map((event) => ({ name: words.before(until, event.title), text: event.text, citations: event.citations })),
  ];
  if (timeline.silent.length > 0) items.push({ name: words.silent, text: bullets(timeline.silent), citations: [] });
  return { title: words.title(timeline.start), blocks: [{ type: 'fields', items }], summary: words.summary(until) };
}

/** The modes serving the chosen needs (why, for each need), the needs no mode serves, and a button to read each mode. */
export function modesContent(result: ModeFinderResult, lang: Lang): ToolContent {
  const { modes: words, listSeparator, colon } = toolWording(lang);
  const picked = [
    ...new Set([...result.modes.flatMap((m) => m.reasons.map((r) => r.need.label)), ...result.unlinked.map((u) => u.need.label)]),
  ];
  const lead = result.modes.length > 0 ? words.serve(picked.join(listSeparator)) : words.noMode;
  const items: FieldItem[] = [
    ...result.modes.map(({ mode, reasons }) => ({
      name: mode.title,
      text: bullets(reasons.map((reason) => `${reason.need.label}${colon}${reason.why}`)),
      citations: reasons.flatMap((reason) => reason.citations),
    })),
    ...result.unlinked.map((entry) => ({ name: words.noModeFor(entry.need.label), text: entry.text, citations: entry.citations })),
  ];
  const blocks: ReplyBlock[] = [{ type: 'paragraph', text: lead }];
  if (items.length > 0) blocks.push({ type: 'fields', items });
  const itemClauses = new Set(items.flatMap((item) => item.citations.map((citation) => citation.clause)));
  blocks.push(...citationBlocks(result.citations.filter((citation) => !itemClauses.has(citation.clause))));
  const modes = result.modes.map((m) => m.mode);
  if (modes.length > 0) blocks.push({ type: 'actions', purpose: 'related', label: words.readMode, topics: modes });
  const summary = modes.length > 0 ? `${words.title}${colon}${modes.map((m) => m.title).join(listSeparator)}` : words.noMode;
  return { title: words.title, blocks, summary };
}

/** A situation's checklist in the order given (the asker's own party first), each duty with its clauses, in `lang`. */
export function checklistContent(checklist: ObligationsChecklist, lang: Lang): ToolContent {
  const { obligations: words, parties } = toolWording(lang);
  const items: FieldItem[] = checklist.items.map((item) => ({ name: parties[item.party], text: item.action, citations: item.citations }));
  if (checklist.note !== undefined) items.push({ name: words.leftOut, text: checklist.note.text, citations: checklist.note.citations });
  const blocks: ReplyBlock[] = [{ type: 'paragraph', text: checklist.items.length > 0 ? words.lead : words.noItems }];
  if (items.length > 0) blocks.push({ type: 'fields', items });
  if (checklist.related.length > 0) {
    blocks.push({ type: 'actions', purpose: 'related', label: resultLabels(lang).related, topics: checklist.related });
  }
  const title = checklist.situation.title;
  return { title, blocks, summary: words.summary(title) };
}

function aliasLine(term: GlossaryTerm, lang: Lang): string {
  const { glossary: words, colon } = toolWording(lang);
  return term.aliases.length > 0 ? `${words.alsoSaidAs}${colon}${term.aliases.join(', ')}` : '';
}

/** One term: its plain definition, the everyday and pinyin words for it, its quoted clauses and its topic. */
export function termContent(term: GlossaryTerm, lang: Lang): ToolContent {
  const aliases = aliasLine(term, lang);
  const blocks: ReplyBlock[] = [
    { type: 'paragraph', text: aliases === '' ? term.definition : `${term.definition}\n${aliases}` },
    ...citationBlocks(term.citations),
  ];
  if (term.topic !== undefined)
    blocks.push({ type: 'actions', purpose: 'related', label: resultLabels(lang).related, topics: [term.topic] });
  return { title: term.term, blocks, summary: `${term.term}${toolWording(lang).colon}${term.definition}` };
}

/** Every term with its everyday words and clauses (the definition is a pick away), and a picker to open one. */
export function glossaryContent(terms: readonly GlossaryTerm[], lang: Lang): ToolContent {
  const words = toolWording(lang).glossary;
  if (terms.length === 0) return { title: words.title, blocks: [{ type: 'paragraph', text: words.empty }], summary: words.empty };
  const items = terms.map((term) => ({ name: term.term, text: aliasLine(term, lang) || term.definition, citations: term.citations }));
  return {
    title: words.title,
    blocks: [{ type: 'paragraph', text: words.intro }, { type: 'fields', items }, termPicker(terms, lang)],
    summary: `${words.title} (${String(terms.length)})`,
  };
}

/** The picker that opens one glossary term, labelled in `lang`. */
export function termPicker(terms: readonly GlossaryTerm[], lang: Lang): ReplyBlock {
  const options = terms.map((term) => ({
    id: term.id,
    label: term.term,
    ...(term.aliases.length > 0 ? { detail: term.aliases.join(', ') } : {}),
  }));
  return { type: 'picker', pick: 'term', label: toolWording(lang).glossary.pickTerm, options };
}
