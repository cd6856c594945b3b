import { describe, expect, it } from 'vitest';
import { namesOwnStartUp, runsOwnCompanyOnTheSide } from '../../src/understand/own-start-up.js';

describe('namesOwnStartUp', () => {
  it("reads a company of one's own named with words between", () => {
    expect(namesOwnStartUp('what if I just start my own RFID company while keeping my teaching job?')).toBe(true);
    expect(namesOwnStartUp('keep teaching and run a small company in my specialty on the side')).toBe(true);
    expect(namesOwnStartUp('the company I want to start does penetration testing')).toBe(true);
  });

  it("reads no start-up in part-time work at someone else's company", () => {
    expect(namesOwnStartUp('can I do part-time work at a company while keeping my teaching job?')).toBe(false);
    expect(namesOwnStartUp('the company I work for part-time wants me full-time')).toBe(false);
  });
});

describe('runsOwnCompanyOnTheSide', () => {
  it("reads one's own company run on the side, whatever words stand between", () => {
    expect(runsOwnCompanyOnTheSide('I teach full-time and run a small software company on the side')).toBe(true);
    expect(runsOwnCompanyOnTheSide('The company I want to start on the side does penetration testing')).toBe(true);
  });

  it('reads no own company in part-time work on the side, or in a company named apart from it', () => {
    expect(runsOwnCompanyOnTheSide('I consult for an RFID firm on the side')).toBe(false);
    expect(runsOwnCompanyOnTheSide('I run my own startup and do some consulting on the side')).toBe(false);
  });
});
