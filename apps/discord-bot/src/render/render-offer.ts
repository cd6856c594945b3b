import { ButtonStyle } from 'discord.js';
import type { FeatureIntent, Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { checkStartId, needsButtonId, situationButtonId, termButtonId, timelineButtonId, withLang } from '../custom-ids.js';
import { button, buttonRows, limitRows, type ActionRow } from './components.js';
import type { RenderedReply } from './reply.js';

// Dates the custom id can carry; anything else gets the undated button, which explains /timeline.
const DATE_IN_ID = /^[0-9./-]{6,10}$/u;

/**
 * The button offering the feature a free-text question reads like, labelled in the interface language `lang`; the
 * feature answers in `replyLang` (Chinese for a Chinese question). `needIds` is the knowledge's list of needs, in order.
 */
export function offerRow(
  intent: FeatureIntent,
  needIds: readonly string[],
  lang: Lang = 'en',
  replyLang: Lang = lang,
): ActionRow | undefined {
  const { offers: OFFER_LABELS, offerFrom } = interfaceStrings(lang);
  const offer = (customId: string, label: string, emoji: string) =>
    buttonRows([button(withLang(customId, replyLang), label, ButtonStyle.Primary, emoji)])[0];
  switch (intent.feature) {
    case 'eligibility':
      return offer(checkStartId(), OFFER_LABELS.eligibility, '✅');
    case 'timeline': {
      const date = intent.date !== undefined && DATE_IN_ID.test(intent.date) ? intent.date : undefined;
      return offer(timelineButtonId(date), date ? offerFrom(OFFER_LABELS.timeline, date) : OFFER_LABELS.timeline, '📅');
    }
    case 'mode-finder': {
      const indexes = intent.needs.map((id) => needIds.indexOf(id)).filter((index) => index >= 0);
      return indexes.length === 0 ? undefined : offer(needsButtonId(indexes), OFFER_LABELS['mode-finder'], '🧭');
    }
    case 'obligations':
      return offer(situationButtonId(intent.situation), OFFER_LABELS.obligations, '📋');
    case 'glossary':
      return offer(termButtonId(intent.term), OFFER_LABELS.glossary, '📖');
  }
}

/** A reply with the offer's row put first, so it survives the 5-row limit. */
export function withOffer(reply: RenderedReply, row: ActionRow | undefined): RenderedReply {
  return row ? { ...reply, components: limitRows([row, ...reply.components]) } : reply;
}
