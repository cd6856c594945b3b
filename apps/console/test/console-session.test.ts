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
    // Which questions the engine finds too close to call changes with the knowledge: the menu is the engine's own kind
    // of result, offering two real topics, and everything after it runs for real.
    const [first, second] = services.advisor().topics().slice(0, 2);
    const candidates = [first!, second!].map((t) => ({ id: t.id, title: t.title, confidence: 0.3 }));
    const text = `Your question could mean more than one thing. Which did you mean?\n\n1. ${first!.title}\n2. ${second!.title}`;
    const clarifying: Services = {
      ...services,
      ask: (input) =>
        input.text === 'which one?'
          ? {
              kind: 'result',
              recordId: null,
              result: { kind: 'clarify', question: input.text, text, candidates, alternatives: [], knowledgeVersion: 'test', lang: 'en' },
            }
          : services.ask(input),
    };
    const session = new ConsoleSession(clarifying, 'clarify');
    expect(session.respond('which one?')).toMatch(/^2\. /m);
    const answer = session.respond('2') ?? '';
    expect(answer).toContain(services.advisor().topicAnswer(second!.id, 'teacher')!.text.slice(0, 40));
    expect(answer).not.toMatch(/I don't know/);
  });
});
