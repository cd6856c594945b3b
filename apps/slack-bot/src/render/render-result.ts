import type { AdvisorResult, ClarifyResult, RefuseResult, UnknownResult } from '@cobridge/policy-knowledge';
import { actions, context, section, type Block, type SlackMessage } from './block-kit.js';
import { MAX_SECTION_TEXT } from './limits.js';
import { escapeMrkdwn, packParagraphs, toMrkdwnParagraphs } from './mrkdwn.js';
import { fallbackText, preamble, renderAnswer, topicButtons, type RenderOptions } from './render-answer.js';

/** A clarification: the engine's question plus one button per candidate topic. */
export function renderClarify(result: ClarifyResult, options: RenderOptions = {}): SlackMessage {
  const lead = toMrkdwnParagraphs(result.text)[0] ?? 'Which of these did you mean?';
  return {
    text: fallbackText(result.text),
    blocks: [...preamble(options), section(lead), actions('candidates', topicButtons(result.candidates)), ...offerBlock(options)],
  };
}

/** "Not covered": says so plainly, then offers the nearest topics as buttons. */
export function renderUnknown(result: UnknownResult, options: RenderOptions = {}): SlackMessage {
  const lead = toMrkdwnParagraphs(result.text)[0] ?? "I don't know: the guidance does not cover that.";
  const blocks = [...preamble(options), ...packParagraphs([lead], MAX_SECTION_TEXT).map((chunk) => section(chunk))];
  if (result.nearest.length > 0) {
    blocks.push(context(['*The nearest topics I can answer*']), actions('nearest', topicButtons(result.nearest)));
  }
  blocks.push(...offerBlock(options));
  return { text: fallbackText(lead), blocks };
}

/** A refusal: the short reason, with no buttons to pursue it. */
export function renderRefuse(result: RefuseResult, options: RenderOptions = {}): SlackMessage {
  return { text: fallbackText(result.text), blocks: [...preamble(options), section(`:no_entry: ${escapeMrkdwn(result.text)}`)] };
}

function offerBlock(options: RenderOptions): Block[] {
  return options.offer === undefined ? [] : [actions('offer', [options.offer])];
}

/** Renders any advisor result as a Slack message. */
export function renderResult(result: AdvisorResult, options: RenderOptions = {}): SlackMessage {
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result, options);
    case 'clarify':
      return renderClarify(result, options);
    case 'unknown':
      return renderUnknown(result, options);
    case 'refuse':
      return renderRefuse(result, options);
  }
}

/** The reply when someone asks faster than the rate limit allows. */
export function renderLimited(retryAfterSeconds: number): SlackMessage {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const text = `You're asking faster than I can keep up. Please wait about ${String(seconds)} second${seconds === 1 ? '' : 's'} and ask again.`;
  return { text, blocks: [section(`:hourglass_flowing_sand: ${escapeMrkdwn(text)}`)] };
}

/** The apology sent when handling a request failed. */
export function renderError(): SlackMessage {
  const text = 'Sorry, something went wrong while answering. Please try again in a moment.';
  return { text, blocks: [section(`:warning: ${text}`)] };
}
