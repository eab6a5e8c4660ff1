import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { en } from '../i18n/en';
import { translate } from '../i18n/useT';
import { traceFor } from '../store';
import { describeStep, joinSentences } from './stepAnnouncement';

const t = (key: string, params?: Record<string, string | number>) => translate(en, key, params);

describe('step announcement', () => {
  const trace = traceFor('handshake', DEFAULT_OPTIONS);

  it('says nothing has happened at step 0', () => {
    expect(describeStep(trace, 0, t)).toBe(`Start: nothing has been sent yet. Step 0 of ${trace.steps.length}.`);
  });

  it('names the step, what arrived, the state change and what was sent', () => {
    const k = trace.steps.findIndex((s) => s.from === 'SYN-SENT' && s.to === 'ESTABLISHED') + 1;
    const text = describeStep(trace, k, t);
    expect(text).toContain(`Step ${k} of ${trace.steps.length}.`);
    expect(text).toContain('receives SYN, ACK.');
    expect(text).toContain(': SYN-SENT → ESTABLISHED.');
    expect(text).toContain('It sends ACK.');
  });

  it('puts one space between English sentences and none after a Chinese full stop', () => {
    const k = trace.steps.findIndex((s) => s.from === 'SYN-SENT' && s.to === 'ESTABLISHED') + 1;
    expect(describeStep(trace, k, t)).toMatch(
      /^Step \d+ of \d+\. Client receives SYN, ACK\. Client: SYN-SENT → ESTABLISHED\. It sends ACK\.$/,
    );
    expect(joinSentences(['第 8 步，共 13 步。', '服务器：CLOSE-WAIT → LAST-ACK。'])).toBe(
      '第 8 步，共 13 步。服务器：CLOSE-WAIT → LAST-ACK。',
    );
    expect(joinSentences(['Step 2 of 5.', 'Server receives SYN.'])).toBe('Step 2 of 5. Server receives SYN.');
  });
});
