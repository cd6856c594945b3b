import { beforeAll, describe, expect, it } from 'vitest';
import { detectFeatureIntent, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

describe('detectFeatureIntent', () => {
  it.each([
    ['can I leave my job to start a company?', { feature: 'eligibility' }],
    ['Am I eligible?', { feature: 'eligibility' }],
    ['could I work part-time for a local firm', { feature: 'eligibility' }],
    ['my leave starts 2025-09-01, when must I come back', { feature: 'timeline', date: '2025-09-01' }],
    ['I go on leave 01/09/2025', { feature: 'timeline', date: '01/09/2025' }],
    ['when do I have to return?', { feature: 'timeline' }],
    ['what does bianzhi mean', { feature: 'glossary', term: 'total-staffing' }],
    ['What is zhicheng?', { feature: 'glossary', term: 'professional-title' }],
    ['meaning of gongshang baoxian', { feature: 'glossary', term: 'work-injury-insurance' }],
    ['we are hiring a lecturer who has left the post, what must we do?', { feature: 'obligations', situation: 'hiring-post-leaver' }],
    ['who signs what when a teacher starts a company while in post', { feature: 'obligations', situation: 'in-post-company' }],
    ['we need a steady pipeline of graduates', { feature: 'mode-finder', needs: ['stable-employment'] }],
    ['our company is looking for joint R&D', { feature: 'mode-finder', needs: ['cooperative-rd'] }],
  ])('offers a feature for "%s"', (text, intent) => {
    expect(detectFeatureIntent(knowledge, text)).toEqual(intent);
  });

  it.each([
    'does my social insurance continue?',
    'who pays work-related injury insurance?',
    'what is the social insurance rule while I am on leave?',
    'what is the weather like',
    'can a teacher start a company?',
    'I left my job in 2019',
    'graduates are great',
    'what does the paper say about order classes',
    'hello',
    '',
  ])('offers nothing for "%s"', (text) => {
    expect(detectFeatureIntent(knowledge, text)).toBeUndefined();
  });
});
