import { describe, expect, it } from 'vitest';
import { format } from './format';
import { detectLocale } from './locale';

describe('format', () => {
  it('fills named placeholders, numbers included', () => {
    expect(format('Step {k} of {n}', { k: 3, n: 5 })).toBe('Step 3 of 5');
  });
  it('leaves an unknown placeholder visible instead of printing undefined', () => {
    expect(format('{side}: {state}', { side: 'Client' })).toBe('Client: {state}');
  });
});

describe('detectLocale', () => {
  it('prefers the link, then the saved choice, then the browser', () => {
    expect(detectLocale({ fromLink: 'zh', stored: 'en', browser: 'en-US' })).toBe('zh');
    expect(detectLocale({ fromLink: null, stored: 'zh', browser: 'en-US' })).toBe('zh');
    expect(detectLocale({ browser: 'zh-TW' })).toBe('zh');
    expect(detectLocale({ browser: 'fr-FR' })).toBe('en');
  });
  it('ignores a corrupt saved value', () => {
    expect(detectLocale({ stored: '{"oops"', browser: 'en-GB' })).toBe('en');
    expect(detectLocale({ fromLink: 'klingon', stored: 'xx', browser: 'zh-CN' })).toBe('zh');
  });
});
