import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { readLink } from './deepLink';

// Keys every plain object has. A link is untrusted text: none of them may be read as a value.
const OBJECT_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('deep link: names that every JavaScript object has are not values', () => {
  it.each(OBJECT_KEYS)('a sandbox call on side “%s” is left out and named, and nothing throws', (key) => {
    const reading = readLink(`#mode=sandbox&a=${key}.connect.0,s.listen.0`);
    expect(reading.inputs.sandbox?.actions).toEqual([{ side: 'server', call: 'listen', afterStep: 0 }]);
    expect(reading.notice).toMatchObject({ key: 'sandbox.notice.linkPartlyDamaged' });
    expect(String(reading.notice?.params?.parts)).toContain(key);
  });

  it.each(OBJECT_KEYS)('a fate called “%s” is left out and named', (key) => {
    const reading = readLink(`#mode=sandbox&a=s.listen.0,c.connect.1&f=1.${key}.2`);
    expect(reading.inputs.sandbox?.fates).toEqual([]);
    expect(reading.notice).toMatchObject({ key: 'sandbox.notice.linkPartlyDamaged' });
  });

  it.each(OBJECT_KEYS)('seq=%s keeps the default and says the link was partly damaged', (key) => {
    const reading = readLink(`#s=close&step=1&seq=${key}`);
    expect(reading.inputs.seqMode).toBeUndefined();
    expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
  });

  it.each([...OBJECT_KEYS, 'Linux', 'bsd', '%3Cscript%3E', ''])('profile=%s keeps RFC 9293 and says the link was partly damaged', (key) => {
    const reading = readLink(`#s=syn-ack-lost&step=1&profile=${key}`);
    expect(reading.inputs.options?.profile).toBe('rfc9293');
    expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
  });

  it.each(OBJECT_KEYS)('cookies=%s keeps the default and says the link was partly damaged', (key) => {
    const reading = readLink(`#s=syn-flood&step=1&cookies=${key}`);
    expect(reading.inputs.options?.synCookies).toBe(DEFAULT_OPTIONS.synCookies);
    expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
  });
});
