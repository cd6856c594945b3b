import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeEnvShape } from '@cobridge/advisor-runtime';
import { discordEnvSchema } from '@cobridge/discord-bot';
import { slackEnvSchema } from '@cobridge/slack-bot';
import { ROOT } from './docs/documented-commands.js';

// The settings reference (docs/settings.md) and .env.example list every variable an app validates.
const variables = [
  ...new Set([...Object.keys(runtimeEnvShape), ...Object.keys(discordEnvSchema.shape), ...Object.keys(slackEnvSchema.shape)]),
];
const reference = readFileSync(join(ROOT, 'docs/settings.md'), 'utf8');
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');

describe('the settings reference', () => {
  it.each(variables)('has a row for %s and .env.example documents it', (name) => {
    expect(reference).toMatch(new RegExp(`^\\| \`${name}\` \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|$`, 'm'));
    // XDG_DATA_HOME is the desktop's own variable, not one to set for Cobridge.
    if (name !== 'XDG_DATA_HOME') expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
