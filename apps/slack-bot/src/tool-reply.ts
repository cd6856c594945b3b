import {
  findModes,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  obligationsFor,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import type { SlackMessage } from './render/block-kit.js';
import { renderGlossary, renderGlossaryMiss, renderGlossaryTerm } from './render/render-glossary.js';
import { renderModeFinder, renderNeedPicker } from './render/render-mode-finder.js';
import { renderObligations, renderSituationPicker } from './render/render-obligations.js';
import { renderTimeline, renderTimelinePicker } from './render/render-timeline.js';
import type { MessageToolRequest } from './tool-request.js';

/** The message a tool request gets: the result when it has what it needs, otherwise the tool's picker. Teachers' items come first. */
export function toolReply(knowledge: Knowledge, request: MessageToolRequest): SlackMessage {
  switch (request.tool) {
    case 'timeline':
      return request.date === undefined ? renderTimelinePicker() : renderTimeline(leaveTimeline(knowledge, request.date));
    case 'modes': {
      const result = request.needs.length === 0 ? undefined : findModes(knowledge, request.needs);
      const found = result !== undefined && (result.modes.length > 0 || result.unlinked.length > 0);
      return found ? renderModeFinder(result) : renderNeedPicker(listNeeds(knowledge), request.asked);
    }
    case 'obligations': {
      const checklist = request.situation === undefined ? undefined : obligationsFor(knowledge, request.situation, 'teacher');
      return checklist === undefined ? renderSituationPicker(listSituations(knowledge), request.asked) : renderObligations(checklist);
    }
    case 'glossary': {
      const terms = listGlossary(knowledge);
      const term = terms.find((t) => t.id === request.term);
      if (term !== undefined) return renderGlossaryTerm(term);
      return request.asked === undefined ? renderGlossary(terms) : renderGlossaryMiss(request.asked, terms);
    }
  }
}
