import type { GlossaryTerm, LeaveTimeline, ModeFinderResult, ObligationsChecklist } from '@cobridge/policy-knowledge';
import { citationBlocks } from './reply-from-result.js';
import type { FieldItem, ReplyBlock } from './reply.js';
import { GLOSSARY_WORDING, MODES_WORDING, OBLIGATIONS_WORDING, TIMELINE_WORDING } from './tool-wording.js';
import { PARTY_LABELS, RESULT_LABELS } from './wording.js';

/** The title, blocks and one-line summary of a tool's result; `replyFromTool` makes them a reply. */
export interface ToolContent {
  title: string;
  blocks: ReplyBlock[];
  summary: string;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/** When the retention ends, what can happen before (each with its clauses) and where the guidance is silent. */
export function timelineContent(timeline: LeaveTimeline): ToolContent {
  const until = timeline.retainedUntil;
  const items: FieldItem[] = [
    { name: TIMELINE_WORDING.retainedUntil(until), text: timeline.text, citations: timeline.citations },
    ...timeline.before.map((event) => ({
      name: TIMELINE_WORDING.before(until, event.title),
      text: event.text,
      citations: event.citations,
    })),
  ];
  if (timeline.silent.length > 0) items.push({ name: TIMELINE_WORDING.silent, text: bullets(timeline.silent), citations: [] });
  return { title: TIMELINE_WORDING.title(timeline.start), blocks: [{ type: 'fields', items }], summary: TIMELINE_WORDING.summary(until) };
}

/** The modes serving the chosen needs (why, for each need), the needs no mode serves, and a button to read each mode. */
export function modesContent(result: ModeFinderResult): ToolContent {
  const picked = [
    ...new Set([...result.modes.flatMap((m) => m.reasons.map((r) => r.need.label)), ...result.unlinked.map((u) => u.need.label)]),
  ];
  const lead = result.modes.length > 0 ? MODES_WORDING.serve(picked.join(', ')) : MODES_WORDING.noMode;
  const items: FieldItem[] = [
    ...result.modes.map(({ mode, reasons }) => ({
      name: mode.title,
      text: bullets(reasons.map((reason) => `${reason.need.label}: ${reason.why}`)),
      citations: reasons.flatMap((reason) => reason.citations),
    })),
    ...result.unlinked.map((entry) => ({ name: MODES_WORDING.noModeFor(entry.need.label), text: entry.text, citations: entry.citations })),
  ];
  const blocks: ReplyBlock[] = [{ type: 'paragraph', text: lead }];
  if (items.length > 0) blocks.push({ type: 'fields', items });
  const itemClauses = new Set(items.flatMap((item) => item.citations.map((citation) => citation.clause)));
  blocks.push(...citationBlocks(result.citations.filter((citation) => !itemClauses.has(citation.clause))));
  const modes = result.modes.map((m) => m.mode);
  if (modes.length > 0) blocks.push({ type: 'actions', purpose: 'related', label: MODES_WORDING.readMode, topics: modes });
  const summary = modes.length > 0 ? `${MODES_WORDING.title}: ${modes.map((m) => m.title).join(', ')}` : MODES_WORDING.noMode;
  return { title: MODES_WORDING.title, blocks, summary };
}

/** A situation's checklist in the order given (the asker's own party first), each duty with its clauses. */
export function checklistContent(checklist: ObligationsChecklist): ToolContent {
  const items: FieldItem[] = checklist.items.map((item) => ({
    name: PARTY_LABELS[item.party],
    text: item.action,
    citations: item.citations,
  }));
  if (checklist.note !== undefined) {
    items.push({ name: OBLIGATIONS_WORDING.leftOut, text: checklist.note.text, citations: checklist.note.citations });
  }
  const blocks: ReplyBlock[] = [
    { type: 'paragraph', text: checklist.items.length > 0 ? OBLIGATIONS_WORDING.lead : OBLIGATIONS_WORDING.noItems },
  ];
  if (items.length > 0) blocks.push({ type: 'fields', items });
  if (checklist.related.length > 0) {
    blocks.push({ type: 'actions', purpose: 'related', label: RESULT_LABELS.related, topics: checklist.related });
  }
  const title = checklist.situation.title;
  return { title, blocks, summary: OBLIGATIONS_WORDING.summary(title) };
}

const aliasLine = (term: GlossaryTerm) => (term.aliases.length > 0 ? `${GLOSSARY_WORDING.alsoSaidAs}: ${term.aliases.join(', ')}` : '');

/** One term: its plain definition, the everyday and pinyin words for it, its quoted clauses and its topic. */
export function termContent(term: GlossaryTerm): ToolContent {
  const aliases = aliasLine(term);
  const blocks: ReplyBlock[] = [
    { type: 'paragraph', text: aliases === '' ? term.definition : `${term.definition}\n${aliases}` },
    ...citationBlocks(term.citations),
  ];
  if (term.topic !== undefined) blocks.push({ type: 'actions', purpose: 'related', label: RESULT_LABELS.related, topics: [term.topic] });
  return { title: term.term, blocks, summary: `${term.term}: ${term.definition}` };
}

/** Every term with its everyday words and clauses (the definition is a pick away), and a picker to open one. */
export function glossaryContent(terms: readonly GlossaryTerm[]): ToolContent {
  if (terms.length === 0) {
    return {
      title: GLOSSARY_WORDING.title,
      blocks: [{ type: 'paragraph', text: GLOSSARY_WORDING.empty }],
      summary: GLOSSARY_WORDING.empty,
    };
  }
  const items = terms.map((term) => ({ name: term.term, text: aliasLine(term) || term.definition, citations: term.citations }));
  return {
    title: GLOSSARY_WORDING.title,
    blocks: [{ type: 'paragraph', text: GLOSSARY_WORDING.intro }, { type: 'fields', items }, termPicker(terms)],
    summary: `${GLOSSARY_WORDING.title} (${String(terms.length)})`,
  };
}

/** The picker that opens one glossary term. */
export function termPicker(terms: readonly GlossaryTerm[]): ReplyBlock {
  const options = terms.map((term) => ({
    id: term.id,
    label: term.term,
    ...(term.aliases.length > 0 ? { detail: term.aliases.join(', ') } : {}),
  }));
  return { type: 'picker', pick: 'term', label: GLOSSARY_WORDING.pickTerm, options };
}
