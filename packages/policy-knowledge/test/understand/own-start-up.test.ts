import { describe, expect, it } from 'vitest';
import { namesOwnStartUp } from '../../src/understand/own-start-up.js';

describe('namesOwnStartUp', () => {
  it("reads a company of one's own named with words between", () => {
    expect(namesOwnStartUp('what if I just start my own RFID company while keeping my teaching job?')).toBe(true);
    expect(namesOwnStartUp('keep teaching and run a small company in my specialty on the side')).toBe(true);
  });

  it("reads no start-up in part-time work at someone else's company", () => {
    expect(namesOwnStartUp('can I do part-time work at a company while keeping my teaching job?')).toBe(false);
  });
});
