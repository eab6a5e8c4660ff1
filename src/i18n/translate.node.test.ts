import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './useT';

describe('translate', () => {
  it('fills a message in from the catalogue', () => {
    expect(translate(en, 'announce.step', { k: 2, n: 5 })).toBe('Step 2 of 5.');
  });

  it('fails a test that asks for a key no catalogue has', () => {
    expect(() => translate(en, 'timer.nope')).toThrow('timer.nope');
  });

  it('says nothing, rather than the key, while the rest of the catalogue is loading', () => {
    expect(translate({}, 'rule.listen-syn.what', undefined, true)).toBe('');
  });
});
