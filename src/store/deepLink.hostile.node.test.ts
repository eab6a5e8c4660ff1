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

describe('deep link: an embedding (embed=1, from, to) never trusts its numbers', () => {
  it('locks the steps to from..to and starts at from', () => {
    const reading = readLink('#s=close&embed=1&from=3&to=7');
    expect(reading.inputs.embed).toEqual({ from: 3, to: 7 });
    expect(reading.inputs.cursor).toBe(3);
    expect(reading.notice).toBeNull();
  });

  it('keeps a linked step inside the range', () => {
    expect(readLink('#s=close&step=12&embed=1&from=3&to=7').inputs.cursor).toBe(7);
    expect(readLink('#s=close&step=1&embed=1&from=3&to=7').inputs.cursor).toBe(3);
  });

  it('cuts a bound past the end to the last step', () => {
    expect(readLink('#s=handshake&embed=1&from=1&to=99').inputs.embed).toEqual({ from: 1, to: 5 });
  });

  it.each([
    ['from=-1', 'to=5'],
    ['from=5', 'to=2'],
    ['from=1e3', 'to=4'],
    ['from=0x2', 'to=4'],
    ['from=__proto__', 'to=constructor'],
    ['from=', 'to='],
    ['from=1', 'to=99999999999999999999'],
  ])('%s&%s: the whole run, and the link is said to be partly damaged', (from, to) => {
    const reading = readLink(`#s=handshake&embed=1&${from}&${to}`);
    expect(reading.inputs.embed).toEqual({ from: 0, to: 5 });
    expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
  });

  it.each(['0', 'true', 'yes', '__proto__', '<script>'])('embed=%s is not an embedding, and is said to be damaged', (value) => {
    const reading = readLink(`#s=handshake&step=1&embed=${encodeURIComponent(value)}&from=1&to=2`);
    expect(reading.inputs.embed).toBeUndefined();
    expect(reading.inputs.cursor).toBe(1);
    expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
  });

  it('without embed=1, from and to are ignored', () => {
    const reading = readLink('#s=close&step=2&from=5&to=6');
    expect(reading.inputs.embed).toBeUndefined();
    expect(reading.inputs.cursor).toBe(2);
  });
});
