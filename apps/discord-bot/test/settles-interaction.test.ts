import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { settlesInteraction } from '../src/events/interaction-create.js';

const apiError = (code: number, status: number) =>
  new DiscordAPIError({ message: 'refused', code }, code, status, 'POST', 'http://127.0.0.1/api/v10/interactions/1/t/callback', {});

describe('settlesInteraction: when an apology would be a second answer', () => {
  it('is true once the interaction was acknowledged already (a retried reply that had arrived) or has expired', () => {
    expect(settlesInteraction(apiError(RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, 400))).toBe(true);
    expect(settlesInteraction(apiError(RESTJSONErrorCodes.UnknownInteraction, 404))).toBe(true);
  });

  it('is false for other failures, which still deserve an apology', () => {
    expect(settlesInteraction(apiError(RESTJSONErrorCodes.MissingPermissions, 403))).toBe(false);
    expect(settlesInteraction(new Error('the advisor failed'))).toBe(false);
    expect(settlesInteraction(undefined)).toBe(false);
  });
});
