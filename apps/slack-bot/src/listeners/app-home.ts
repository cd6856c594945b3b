import type { App } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { renderHome } from '../render/render-views.js';
import { availableTools } from '../tool-request.js';
import type { UserLocales } from '../user-locales.js';

/** Publishes the Home tab (tools, topics by category, knowledge version) in the teacher's language whenever they open it. */
export function registerAppHome(app: App, services: Services, locales: UserLocales): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const lang = await locales.langOf(event.user);
    const advisor = services.advisor();
    await client.views.publish({
      user_id: event.user,
      view: renderHome(advisor.topics(), advisor.version, availableTools(advisor.knowledge), lang),
    });
  });
}
