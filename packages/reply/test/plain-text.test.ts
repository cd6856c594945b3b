import { describe, expect, it } from 'vitest';
import { textBlocks } from '../src/plain-text.js';

describe('textBlocks', () => {
  it('reads blank-line paragraphs and "- " bullets, keeping a list’s lead-in line', () => {
    expect(textBlocks('First line\nsecond line\n\nThe rules:\n- one\n- two\n\n- alone')).toEqual([
      { type: 'paragraph', text: 'First line\nsecond line' },
      { type: 'list', intro: 'The rules:', items: ['one', 'two'] },
      { type: 'list', items: ['alone'] },
    ]);
  });

  it('starts a new block when text follows a list, and drops empty paragraphs', () => {
    expect(textBlocks('- a\nafter\n\n   \n\n')).toEqual([
      { type: 'list', items: ['a'] },
      { type: 'paragraph', text: 'after' },
    ]);
  });
});
