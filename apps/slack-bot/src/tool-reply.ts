import type { Knowledge } from '@cobridge/policy-knowledge';
import { FEATURE_OFF, noticeReply } from '@cobridge/reply';
import { runTool, type ToolOutcome } from '@cobridge/reply/tools';
import type { SlackMessage } from './render/block-kit.js';
import { layoutReply } from './render/layout-reply.js';
import { renderGlossary, renderGlossaryMiss, renderGlossaryTerm } from './render/render-glossary.js';
import { renderModeFinder, renderNeedPicker } from './render/render-mode-finder.js';
import { renderObligations, renderSituationPicker } from './render/render-obligations.js';
import { renderTimeline, renderTimelinePicker } from './render/render-timeline.js';
import type { MessageToolRequest } from './tool-request.js';

/** The message a tool request gets: the result when it has what it needs, otherwise the tool's picker. Teachers' items come first. */
export function toolReply(knowledge: Knowledge, request: MessageToolRequest): SlackMessage {
  return layoutTool(runTool(knowledge, request, 'teacher'));
}

/** Lays out what a tool request came to as a Slack message. */
export function layoutTool(outcome: ToolOutcome): SlackMessage {
  switch (outcome.kind) {
    case 'feature-off':
      return layoutReply(noticeReply(FEATURE_OFF));
    case 'timeline':
      return renderTimeline(outcome.timeline);
    case 'timeline-picker':
      return renderTimelinePicker();
    case 'modes':
      return renderModeFinder(outcome.result);
    case 'needs-picker':
      return renderNeedPicker(outcome.needs, outcome.asked);
    case 'checklist':
      return renderObligations(outcome.checklist);
    case 'situation-picker':
      return renderSituationPicker(outcome.situations, outcome.asked);
    case 'term':
      return renderGlossaryTerm(outcome.term);
    case 'glossary':
      return renderGlossary(outcome.terms);
    case 'term-miss':
      return renderGlossaryMiss(outcome.asked, outcome.terms);
  }
}
