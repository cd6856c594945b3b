import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_COMMAND } from '../src/listeners/admin-command.js';
import { SLASH_COMMAND } from '../src/listeners/ask-command.js';
import { TOOL_NAMES } from '../src/tool-request.js';

const manifest = readFileSync(new URL('../manifest.yaml', import.meta.url), 'utf8');

describe('manifest.yaml', () => {
  it('declares the slash commands the app listens to', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}\n`);
    expect(manifest).toContain(`- command: ${ADMIN_COMMAND}\n`);
  });

  it.each(TOOL_NAMES)('names the %s tool in the /cobridge usage hint', (tool) => {
    expect(manifest).toMatch(new RegExp(`usage_hint: ".*\\b${tool}\\b`));
  });

  it.each(['app_home_opened', 'app_mention', 'message.im', 'assistant_thread_started', 'assistant_thread_context_changed'])(
    'subscribes to %s',
    (event) => {
      expect(manifest).toMatch(new RegExp(`^\\s+- ${event.replace('.', '\\.')}$`, 'm'));
    },
  );

  it('turns on the assistant panel', () => {
    expect(manifest).toMatch(/assistant_view:\n\s+assistant_description: \S/);
  });

  it('turns on the Home tab, interactivity and Socket Mode', () => {
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
