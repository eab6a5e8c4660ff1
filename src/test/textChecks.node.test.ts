import { describe, expect, it } from 'vitest';
import { doubledPhrases, leakedKeys } from './textChecks';

describe('text checks', () => {
  it('finds a key printed instead of its text, and an unfilled placeholder', () => {
    const keys = ['timer.retransmit', 'rule.listen-syn.what'];
    expect(leakedKeys('Server: the timer.synQueue timer fires.', keys)).toEqual(['timer.synQueue']);
    expect(leakedKeys('see rule.listen-syn.what', keys)).toEqual(['rule.listen-syn.what']);
    expect(leakedKeys('It sends {out}.', keys)).toEqual(['{out}']);
    expect(leakedKeys('RFC 9293 §3.10.7.4, e.g. read() returns 0.', keys)).toEqual([]);
  });

  it('finds a word or phrase said twice in a row, however its commas are spaced', () => {
    expect(doubledPhrases('the listener sends its SYN,ACK SYN, ACK seq=0 again')).toEqual(['syn,ack syn,ack']);
    expect(doubledPhrases('it waits in in LISTEN')).toEqual(['in in']);
    expect(doubledPhrases('客户端发送 SYN SYN。')).toEqual(['syn syn']);
  });

  it('lets a repeat across a sentence, a bracket or Chinese words pass', () => {
    expect(doubledPhrases('about a minute in all). All that time')).toEqual([]);
    expect(doubledPhrases('Heading.\nHeading continues')).toEqual([]);
    expect(doubledPhrases('服务器保持 LISTEN，客户端 LISTEN')).toEqual([]);
  });
});
