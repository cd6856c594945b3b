import type { Audience, Citation, Lang } from '@cobridge/policy-knowledge/serve';

/** A topic a reply offers to ask about: enough to show it and to ask it. */
export interface TopicChoice {
  id: string;
  title: string;
}

/** One named item of a field list: its name, its plain text (lines kept, "- " bullets) and the clauses it rests on. */
export interface FieldItem {
  name: string;
  text: string;
  citations: Citation[];
}

/** What a picker asks for: a date, one or more of a tool's options, or the answer to an eligibility question. */
export type PickKind = 'date' | 'need' | 'situation' | 'term' | 'answer';

/** One option of a picker: the id a choice sends back and what the asker reads. */
export interface PickOption {
  id: string;
  label: string;
  /** A line under the label (a term's everyday words). */
  detail?: string;
}

/** What kind of reply this is; surfaces pick colours and icons by it. */
export type Tone = 'answer' | 'clarify' | 'unknown' | 'refuse' | 'notice' | 'limited' | 'error';

/** One block of a reply. A new type is added here once and every surface's layout fails to compile until it handles it. */
export type ReplyBlock =
  /** The question a part of a multi-question answer answers. */
  | { type: 'heading'; text: string }
  /** The verdict line of a yes/no question ("Yes.", "Partly."). */
  | { type: 'verdict'; text: string }
  /** Plain text (no markup); lines kept. */
  | { type: 'paragraph'; text: string }
  /** Bullet items, with the line that introduces them when there is one. */
  | { type: 'list'; intro?: string; items: string[] }
  /** A quoted clause; `document` names the source document when it differs from the first citation's. */
  | { type: 'citation'; citation: Citation; document?: string }
  /** Topics to ask about next, under a label (related, candidates, nearest). */
  | { type: 'actions'; purpose: 'related' | 'candidates' | 'nearest'; label: string; topics: TopicChoice[] }
  /** Questions the asker might ask next. */
  | { type: 'suggestions'; label: string; questions: string[] }
  /** Named items (a tool's modes, duties, events, terms), each citing its clauses by reference rather than quoting them. */
  | { type: 'fields'; items: FieldItem[] }
  /** Something to pick to go on; each surface shows its own control and how to type the choice instead. */
  | { type: 'picker'; pick: PickKind; label: string; options: PickOption[] };

/** A whole reply: its tone, title, blocks and a one-line summary for notifications. */
export interface Reply {
  tone: Tone;
  title: string;
  blocks: ReplyBlock[];
  /** Plain one-line text for notifications and fallbacks. */
  summary: string;
  /** The topic answered (answers only): share and "show source" buttons carry it. */
  topicId?: string;
  /** The knowledge version that produced it (advisor results only). */
  knowledgeVersion?: string;
  /** Whose wording the reply uses. */
  audience?: Audience;
  lang: Lang;
  /** False when nothing was asked (an empty question): no feedback buttons. */
  rateable: boolean;
}

/** The blocks of one type, typed. */
export function blocksOf<T extends ReplyBlock['type']>(reply: Reply, type: T): Extract<ReplyBlock, { type: T }>[] {
  return reply.blocks.filter((block): block is Extract<ReplyBlock, { type: T }> => block.type === type);
}
