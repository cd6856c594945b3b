import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import { ConsoleSession } from '../src/index.js';

let services: Services;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, rateLimit: { perMinute: 0 }, logger: silentLogger });
});
afterAll(() => services.close());

describe('ConsoleSession', () => {
  it('answers a question with its citation', () => {
    const reply = new ConsoleSession(services).respond('do I keep my pension if I leave to start a company?');
    expect(reply).toMatch(/social insurance/i);
    expect(reply).toMatch(/Source: section 3, clause 3-10/);
  });

  it('quits on quit and exit', () => {
    const session = new ConsoleSession(services);
    expect(session.respond('quit')).toBeUndefined();
    expect(session.respond('EXIT')).toBeUndefined();
  });

  it('lists topics by category and shows help', () => {
    const session = new ConsoleSession(services);
    expect(session.respond('topics')).toMatch(/The six cooperation modes:\n {2}- /);
    expect(session.respond('help')).toMatch(/pension/);
  });

  it('shows a topic by its name, also misspelt, and says when no topic has that name', () => {
    const session = new ConsoleSession(services);
    expect(session.respond('topic retrun erly')).toMatch(/^Returning early\n/);
    expect(session.respond('topic xylophone')).toMatch(/No topic is called "xylophone"/);
  });

  it('switches the wording to enterprise contacts', () => {
    const session = new ConsoleSession(services, 'c2');
    expect(session.respond('audience enterprise')).toMatch(/enterprise contacts/);
    expect(session.respond('who pays work injury insurance for a teacher who has left the post?')).toMatch(/your enterprise|you /i);
  });

  it('answers a clarification menu by its number', () => {
    const session = new ConsoleSession(services, 'clarify');
    // A question too vague to settle on one topic (the engine now answers a comparison of the three ways directly).
    const menu = session.respond('is it the school or the company') ?? '';
    const second = /^2\. (.+)$/m.exec(menu)?.[1];
    expect(second, menu).toBeDefined();
    const topic = services
      .advisor()
      .topics()
      .find((t) => t.title === second);
    const answer = session.respond('2') ?? '';
    expect(answer).toContain(services.advisor().topicAnswer(topic!.id, 'teacher')!.text.slice(0, 40));
    expect(answer).not.toMatch(/I don't know/);
  });
});
