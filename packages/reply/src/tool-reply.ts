import type { Audience, Lang } from '@cobridge/policy-knowledge/serve';
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
import { toolWording } from './tool-wording.js';

function toolReply(content: ToolContent, audience: Audience, lang: Lang, tone: Tone = 'answer'): Reply {
  return { tone, ...content, audience, lang, rateable: false };
}

/** A picker reply: what did not match (when something was typed), then the picker. */
function pickerReply(pick: PickKind, label: string, options: PickOption[], audience: Audience, lang: Lang, miss?: string): Reply {
  const blocks: ReplyBlock[] = miss === undefined ? [] : [{ type: 'paragraph', text: miss }];
  blocks.push({ type: 'picker', pick, label, options });
  return toolReply({ title: label, blocks, summary: miss ?? label }, audience, lang, 'clarify');
}

/**
 * What a tool request came to, as the one reply every surface lays out (a picker when it lacks what it needs), with
 * every word in `lang`, the language `runTool` ran in.
 */
export function replyFromTool(outcome: ToolOutcome, audience: Audience, lang: Lang): Reply {
  const words = toolWording(lang);
  switch (outcome.kind) {
    case 'feature-off':
      return noticeReply(words.featureOff, '', 'notice', lang);
    case 'timeline':
      if (outcome.timeline.kind === 'invalid-date') {
        const { message } = outcome.timeline;
        const blocks: ReplyBlock[] = [
          { type: 'paragraph', text: message },
          { type: 'picker', pick: 'date', label: words.timeline.askDate, options: [] },
        ];
        return { ...noticeReply(message, '', 'notice', lang), blocks, audience };
      }
      return toolReply(timelineContent(outcome.timeline, lang), audience, lang);
    case 'timeline-picker':
      return pickerReply('date', words.timeline.askDate, [], audience, lang);
    case 'modes':
      return toolReply(modesContent(outcome.result, lang), audience, lang);
    case 'needs-picker': {
      const options = outcome.needs.map((need) => ({ id: need.id, label: need.label }));
      const miss = outcome.asked === undefined ? undefined : words.modes.notMatched(outcome.asked);
      return pickerReply('need', words.modes.pickNeeds, options, audience, lang, miss);
    }
    case 'checklist':
      return toolReply(checklistContent(outcome.checklist, lang), audience, lang);
    case 'situation-picker': {
      const options = outcome.situations.map((situation) => ({ id: situation.id, label: situation.title }));
      const miss = outcome.asked === undefined ? undefined : words.obligations.notMatched(outcome.asked);
      return pickerReply('situation', words.obligations.pickSituation, options, audience, lang, miss);
    }
    case 'term':
      return toolReply(termContent(outcome.term, lang), audience, lang);
    case 'glossary':
      return toolReply(glossaryContent(outcome.terms, lang), audience, lang);
    case 'term-miss': {
      const miss = words.glossary.notFound(outcome.asked);
      const blocks: ReplyBlock[] = [{ type: 'paragraph', text: miss }, termPicker(outcome.terms, lang)];
      return toolReply({ title: words.glossary.pickTerm, blocks, summary: miss }, audience, lang, 'clarify');
    }
  }
}
