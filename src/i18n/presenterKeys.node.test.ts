import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enDetails } from './en/details';
import { enTeaching } from './en/teaching';
import { enUi } from './en/ui';
import { enPresenter } from './en/presenter';

describe('presenter mode’s strings', () => {
  it('use keys no other table has, so none is silently replaced when the tables merge', () => {
    const others = { ...enUi, ...enTeaching, ...enDetails };
    expect(Object.keys(enPresenter).filter((key) => key in others)).toEqual([]);
    const replaced = Object.entries(enPresenter).filter(([key, text]) => (en as Record<string, string>)[key] !== text);
    expect(replaced.map(([key]) => key)).toEqual([]);
  });
});
