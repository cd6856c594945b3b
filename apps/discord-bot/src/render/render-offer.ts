import { ButtonStyle } from 'discord.js';
import type { FeatureIntent, Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { checkStartId, needsButtonId, situationButtonId, termButtonId, timelineButtonId } from '../custom-ids.js';
import { button, buttonRows, limitRows, type ActionRow } from './components.js';
import type { RenderedReply } from './reply.js';

// Dates the custom id can carry; anything else gets the undated button, which explains /timeline.
const DATE_IN_ID = /^[0-9./-]{6,10}$/u;

/**
 * The button offering the feature a free-text question reads like, labelled in the interface language; `needIds` is
 * the knowledge's list of needs, in order.
 */
export function offerRow(intent: FeatureIntent, needIds: readonly string[], lang: Lang = 'en'): ActionRow | undefined {
  const { offers: OFFER_LABELS, offerFrom } = interfaceStrings(lang);
  switch (intent.feature) {
    case 'eligibility':
      return buttonRows([button(checkStartId(), OFFER_LABELS.eligibility, ButtonStyle.Primary, '✅')])[0];
    case 'timeline': {
      const date = intent.date !== undefined && DATE_IN_ID.test(intent.date) ? intent.date : undefined;
      const label = date ? offerFrom(OFFER_LABELS.timeline, date) : OFFER_LABELS.timeline;
      return buttonRows([button(timelineButtonId(date), label, ButtonStyle.Primary, '📅')])[0];
    }
    case 'mode-finder': {
      const indexes = intent.needs.map((id) => needIds.indexOf(id)).filter((index) => index >= 0);
      if (indexes.length === 0) return undefined;
      return buttonRows([button(needsButtonId(indexes), OFFER_LABELS['mode-finder'], ButtonStyle.Primary, '🧭')])[0];
    }
    case 'obligations':
      return buttonRows([button(situationButtonId(intent.situation), OFFER_LABELS.obligations, ButtonStyle.Primary, '📋')])[0];
    case 'glossary':
      return buttonRows([button(termButtonId(intent.term), OFFER_LABELS.glossary, ButtonStyle.Primary, '📖')])[0];
  }
}

/** A reply with the offer's row put first, so it survives the 5-row limit. */
export function withOffer(reply: RenderedReply, row: ActionRow | undefined): RenderedReply {
  return row ? { ...reply, components: limitRows([row, ...reply.components]) } : reply;
}
