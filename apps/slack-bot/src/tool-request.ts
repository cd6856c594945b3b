import {
  hasFeature,
  findTerm,
  matchNeeds,
  matchSituation,
  type FeatureIntent,
  type Knowledge,
  type KnowledgeFeatures,
} from '@cobridge/policy-knowledge';
import { TOOL_FEATURES, type ToolRequest as SharedToolRequest } from '@cobridge/reply/tools';

/** The tools beyond Q&A, as `/cobridge <tool>` names them. */
export const TOOL_NAMES = ['check', 'timeline', 'modes', 'obligations', 'glossary'] as const;
/** One tool beyond Q&A. */
export type ToolName = (typeof TOOL_NAMES)[number];

/** A button value meaning "nothing chosen yet: show the picker" (Slack wants non-empty values). */
export const PICK = 'pick';

/** What a command or button asks a tool for; ids are already resolved, `asked` echoes text that matched nothing. */
export type ToolRequest = { tool: 'check' } | SharedToolRequest;

/** A request answered with a message (every tool but the check, which opens a modal). */
export type MessageToolRequest = Exclude<ToolRequest, { tool: 'check' }>;

const FEATURE_OF: Record<ToolName, keyof KnowledgeFeatures> = { check: 'eligibility', ...TOOL_FEATURES };

/** The tools whose data the loaded knowledge holds; help, Home and commands offer only these. */
export function availableTools(knowledge: Knowledge): ToolName[] {
  return TOOL_NAMES.filter((tool) => hasFeature(knowledge, FEATURE_OF[tool]));
}

const COMMAND = /^(check|eligibility|timeline|modes|obligations|glossary)\b\s*(.*)$/is;

/** Reads `/cobridge <tool> [words]`; undefined when the text is a question ("check" counts only on its own). */
export function parseToolCommand(knowledge: Knowledge, text: string): ToolRequest | undefined {
  const match = COMMAND.exec(text.trim());
  if (!match) return undefined;
  const word = (match[1] ?? '').toLowerCase();
  const rest = (match[2] ?? '').trim();
  const asked = rest === '' ? {} : { asked: rest };
  switch (word) {
    case 'check':
    case 'eligibility':
      return rest === '' || /^(my )?eligibility$/i.test(rest) ? { tool: 'check' } : undefined;
    case 'timeline':
      return rest === '' ? { tool: 'timeline' } : { tool: 'timeline', date: rest };
    case 'modes':
      return { tool: 'modes', needs: matchNeeds(knowledge, rest), ...asked };
    case 'obligations': {
      const situation = matchSituation(knowledge, rest);
      return situation === undefined ? { tool: 'obligations', ...asked } : { tool: 'obligations', situation };
    }
    default: {
      const term = rest === '' ? undefined : findTerm(knowledge, rest)?.id;
      return term === undefined ? { tool: 'glossary', ...asked } : { tool: 'glossary', term };
    }
  }
}

/** The request behind a tool button's value (ids the bot rendered itself; {@link PICK} for "show the picker"). */
export function toolRequestFromButton(tool: MessageToolRequest['tool'], value: string): MessageToolRequest {
  const given = value === PICK || value === '' ? undefined : value;
  if (tool === 'modes') return { tool, needs: given === undefined ? [] : given.split(',') };
  if (tool === 'timeline') return given === undefined ? { tool } : { tool, date: given };
  if (tool === 'obligations') return given === undefined ? { tool } : { tool, situation: given };
  return given === undefined ? { tool } : { tool, term: given };
}

/** The button value that hands a detected intent to its tool. */
export function intentValue(intent: FeatureIntent): string {
  switch (intent.feature) {
    case 'eligibility':
      return 'start';
    case 'timeline':
      // Only an ISO date goes straight to the timeline; "1/9/2025" is ambiguous, so the date picker asks.
      return intent.date !== undefined && /^\d{4}-\d{1,2}-\d{1,2}$/.test(intent.date) ? intent.date : PICK;
    case 'mode-finder':
      return intent.needs.join(',');
    case 'obligations':
      return intent.situation;
    case 'glossary':
      return intent.term;
  }
}
