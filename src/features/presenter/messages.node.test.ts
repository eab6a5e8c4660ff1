import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { enDetails } from '../../i18n/en/details';
import { enTeaching } from '../../i18n/en/teaching';
import { enUi } from '../../i18n/en/ui';
import { presenterMessagesEn } from './messages.en';

describe('presenter mode’s strings', () => {
  it('use keys no other table has, so none is silently replaced when the tables merge', () => {
    const others = { ...enUi, ...enTeaching, ...enDetails };
    expect(Object.keys(presenterMessagesEn).filter((key) => key in others)).toEqual([]);
    const replaced = Object.entries(presenterMessagesEn).filter(([key, text]) => (en as Record<string, string>)[key] !== text);
    expect(replaced.map(([key]) => key)).toEqual([]);
  });
});
