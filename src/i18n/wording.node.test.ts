import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCore } from './zh';
import { zhView } from './zh/view';
import { zhDetails } from './zh/details';

const zh: Record<string, string> = { ...zhCore, ...zhView, ...zhDetails };

/**
 * A student has no "study notes": misconceptions are spoken of as what textbooks and
 * explanations commonly say, never as what "the notes" say.
 */
describe('user-facing text speaks of common misconceptions, not of study notes', () => {
  it('English never mentions study notes', () => {
    const mentions = Object.entries(en as Record<string, string>)
      .filter(([, text]) => /\bnotes?\b.*\b(study|say)|study notes|\bthe notes\b/i.test(text))
      .map(([key]) => key);
    expect(mentions).toEqual([]);
  });

  it('Chinese never mentions notes (笔记) or "the material" (资料)', () => {
    const mentions = Object.entries(zh)
      .filter(([, text]) => /笔记|资料/.test(text))
      .map(([key]) => key);
    expect(mentions).toEqual([]);
  });
});
