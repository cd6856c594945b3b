import type { Audience } from '@cobridge/policy-knowledge/serve';
import { noticeReply } from './notices.js';
import type { PickKind, PickOption, Reply, ReplyBlock, Tone } from './reply.js';
import {
  checklistContent,
  glossaryContent,
  modesContent,
  termContent,
  termPicker,
  timelineContent,
  type ToolContent,
} from './tool-results.js';
import type { ToolOutcome } from './tools.js';
import { GLOSSARY_WORDING, MODES_WORDING, OBLIGATIONS_WORDING, TIMELINE_WORDING } from './tool-wording.js';
import { FEATURE_OFF } from './wording.js';

function toolReply(content: ToolContent, audience: Audience, tone: Tone = 'answer'): Reply {
  return { tone, ...content, audience, lang: 'en', rateable: false };
}

/** A picker reply: what did not match (when something was typed), then the picker. */
function pickerReply(pick: PickKind, label: string, options: PickOption[], audience: Audience, miss?: string): Reply {
  const blocks: ReplyBlock[] = miss === undefined ? [] : [{ type: 'paragraph', text: miss }];
  blocks.push({ type: 'picker', pick, label, options });
  return toolReply({ title: label, blocks, summary: miss ?? label }, audience, 'clarify');
}

/** What a tool request came to, as the one reply every surface lays out (a picker when it lacks what it needs). */
export function replyFromTool(outcome: ToolOutcome, audience: Audience): Reply {
  switch (outcome.kind) {
    case 'feature-off':
      return noticeReply(FEATURE_OFF);
    case 'timeline':
      if (outcome.timeline.kind === 'invalid-date') {
        const { message } = outcome.timeline;
        const blocks: ReplyBlock[] = [
          { type: 'paragraph', text: message },
          { type: 'picker', pick: 'date', label: TIMELINE_WORDING.askDate, options: [] },
        ];
        return { ...noticeReply(message), blocks, audience };
      }
      return toolReply(timelineContent(outcome.timeline), audience);
    case 'timeline-picker':
      return pickerReply('date', TIMELINE_WORDING.askDate, [], audience);
    case 'modes':
      return toolReply(modesContent(outcome.result), audience);
    case 'needs-picker': {
      const options = outcome.needs.map((need) => ({ id: need.id, label: need.label }));
      const miss = outcome.asked === undefined ? undefined : MODES_WORDING.notMatched(outcome.asked);
      return pickerReply('need', MODES_WORDING.pickNeeds, options, audience, miss);
    }
    case 'checklist':
      return toolReply(checklistContent(outcome.checklist), audience);
    case 'situation-picker': {
      const options = outcome.situations.map((situation) => ({ id: situation.id, label: situation.title }));
      const miss = outcome.asked === undefined ? undefined : OBLIGATIONS_WORDING.notMatched(outcome.asked);
      return pickerReply('situation', OBLIGATIONS_WORDING.pickSituation, options, audience, miss);
    }
    case 'term':
      return toolReply(termContent(outcome.term), audience);
    case 'glossary':
      return toolReply(glossaryContent(outcome.terms), audience);
    case 'term-miss': {
      const miss = GLOSSARY_WORDING.notFound(outcome.asked);
      const blocks: ReplyBlock[] = [{ type: 'paragraph', text: miss }, termPicker(outcome.terms)];
      return toolReply({ title: GLOSSARY_WORDING.pickTerm, blocks, summary: miss }, audience, 'clarify');
    }
  }
}
