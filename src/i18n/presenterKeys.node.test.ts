import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enDetails } from './en/details';
import { enTeaching } from './en/teaching';
import { enUi } from './en/ui';
import { enPresenter } from './en/presenter';
import { enPresenterDetails } from './en/presenterDetails';
import { enSockets } from './en/sockets';

describe('presenter mode’s strings', () => {
  it('use keys no other table has, so none is silently replaced when the tables merge', () => {
    // Both parts: the first screen's (the Present button, the keys) and the layouts' (en/details.ts).
    const presenter = { ...enPresenter, ...enPresenterDetails };
    const details = Object.fromEntries(Object.entries(enDetails).filter(([key]) => !(key in enPresenterDetails)));
    const others = { ...enUi, ...enTeaching, ...enSockets, ...details };
    expect(Object.keys(presenter).filter((key) => key in others)).toEqual([]);
    const replaced = Object.entries(presenter).filter(([key, text]) => (en as Record<string, string>)[key] !== text);
    expect(replaced.map(([key]) => key)).toEqual([]);
  });
});
