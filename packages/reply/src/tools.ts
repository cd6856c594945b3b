import {
  findModes,
  findTerm,
  hasFeature,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  obligationsFor,
  type Audience,
  type GlossaryTerm,
  type InvalidLeaveDate,
  type Knowledge,
  type KnowledgeFeatures,
  type Lang,
  type LeaveTimeline,
  type ModeFinderResult,
  type NeedSummary,
  type ObligationsChecklist,
} from '@cobridge/policy-knowledge';

// The one place that decides which feature a tool request runs and what it falls back to. Surfaces only say how a
// user asked (slash option, button value, typed word), in which language, and lay out the outcome.

/** What a command, button or typed word asks a tool for; ids are resolved, `asked` echoes text that matched nothing. */
export type ToolRequest =
  | { tool: 'timeline'; date?: string }
  | { tool: 'modes'; needs: readonly string[]; asked?: string }
  | { tool: 'obligations'; situation?: string; asked?: string }
  | { tool: 'glossary'; term?: string; asked?: string };

/** What a tool request comes to: the tool's result, or the picker to choose from, or that the feature is off. */
export type ToolOutcome =
  | { kind: 'feature-off' }
  | { kind: 'timeline'; timeline: LeaveTimeline | InvalidLeaveDate }
  | { kind: 'timeline-picker' }
  | { kind: 'modes'; result: ModeFinderResult }
  | { kind: 'needs-picker'; needs: NeedSummary[]; asked?: string }
  | { kind: 'checklist'; checklist: ObligationsChecklist }
  | { kind: 'situation-picker'; situations: { id: string; title: string }[]; asked?: string }
  | { kind: 'term'; term: GlossaryTerm }
  | { kind: 'glossary'; terms: GlossaryTerm[] }
  | { kind: 'term-miss'; asked: string; terms: GlossaryTerm[] };

/** The knowledge feature file each tool needs. */
export const TOOL_FEATURES: Record<ToolRequest['tool'], keyof KnowledgeFeatures> = {
  timeline: 'obligations',
  modes: 'modeFinder',
  obligations: 'obligations',
  glossary: 'glossary',
};

const asked = (text: string | undefined) => (text === undefined || text.trim() === '' ? {} : { asked: text.trim() });

/**
 * Runs a tool request against the knowledge, its texts in `lang` (names typed in either language are found);
 * checklists put the `audience`'s own party first.
 */
export function runTool(knowledge: Knowledge, request: ToolRequest, audience: Audience, lang: Lang): ToolOutcome {
  if (!hasFeature(knowledge, TOOL_FEATURES[request.tool])) return { kind: 'feature-off' };
  switch (request.tool) {
    case 'timeline':
      return request.date === undefined
        ? { kind: 'timeline-picker' }
        : { kind: 'timeline', timeline: leaveTimeline(knowledge, request.date, lang) };
    case 'modes': {
      const result = request.needs.length === 0 ? undefined : findModes(knowledge, request.needs, lang);
      const found = result !== undefined && (result.modes.length > 0 || result.unlinked.length > 0);
      return found ? { kind: 'modes', result } : { kind: 'needs-picker', needs: listNeeds(knowledge, lang), ...asked(request.asked) };
    }
    case 'obligations': {
      const checklist = request.situation === undefined ? undefined : obligationsFor(knowledge, request.situation, audience, lang);
      if (checklist !== undefined) return { kind: 'checklist', checklist };
      return { kind: 'situation-picker', situations: listSituations(knowledge, lang), ...asked(request.asked) };
    }
    case 'glossary': {
      const terms = listGlossary(knowledge, lang);
      const wanted = request.term ?? request.asked;
      if (wanted === undefined || wanted.trim() === '') return { kind: 'glossary', terms };
      const term = terms.find((t) => t.id === wanted) ?? findTerm(knowledge, wanted, lang);
      return term === undefined ? { kind: 'term-miss', asked: wanted.trim(), terms } : { kind: 'term', term };
    }
  }
}
