import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type ScenarioId } from '../../engine';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { arrowText, timerLabel } from '../../ui/ladder-words/arrowText';
import { timerRuns } from '../../export/ladder/timerRuns';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';

const t = makeT(enLadder, enSeqFormat);
const textsOf = (id: ScenarioId) => {
  const trace = simulateScenario(id, DEFAULT_OPTIONS);
  return trace.segments.map((segment) => arrowText(segment, { mode: 'relative', trace }, t));
};

describe('arrow text', () => {
  it('writes the ports only when they are not the usual ephemeral ↔ 80 pair (the scan probes 80 and 81)', () => {
    const texts = textsOf('port-scan');
    expect(texts.map((text) => text.extras.join(' '))).toEqual([
      ':40000 → :80',
      ':40000 → :81',
      '(ISN 5000) :80 → :40000',
      ':40000 → :80',
      ':81 → :40000',
    ]);
    expect(textsOf('close').every((text) => !text.extras.some((extra) => extra.startsWith(':')))).toBe(true);
    expect(texts[1]?.aria).toMatch(/from port 40000 to port 81/);
  });

  it('writes the ISN after the numbers of each side’s first SYN, where a phone drops it before seq/ack; the full label is the CLI’s', () => {
    const [syn, synAck, ack] = textsOf('handshake');
    expect([syn?.numbers, syn?.extras]).toEqual(['seq=0', ['(ISN 1000)']]);
    expect([synAck?.numbers, synAck?.extras]).toEqual(['seq=0 ack=1', ['(ISN 5000)']]);
    expect(ack?.extras).toEqual([]);
    expect(synAck?.label).toBe('SYN, ACK seq=0 ack=1 (ISN 5000)');
    expect(synAck?.aria).toMatch(/^Segment 2: SYN, ACK seq=0 ack=1 \(ISN 5000\), from Server to Client/);
  });

  it('marks a number shown as sent and explains the mark in the accessible name and the tooltip', () => {
    const [oldSyn] = textsOf('old-duplicate-syn');
    expect(oldSyn?.numbers).toBe('seq=990*');
    expect(oldSyn?.aria).toMatch(/with a number marked \* shown as sent: it belongs to no connection of ours/);
    expect(oldSyn?.tooltip).toMatch(/^\* absolute number/);
    expect(textsOf('handshake').every((text) => text.tooltip === null)).toBe(true);
  });

  it('says who made a segment no endpoint of this run sent', () => {
    expect(textsOf('port-scan')[0]?.notes).toEqual(['raw socket']);
    expect(textsOf('old-duplicate-syn')[0]?.notes).toEqual(['old duplicate']);
    const flood = textsOf('syn-flood');
    expect(flood[0]?.notes).toEqual(['forged source 203.0.113.7']);
    expect(flood[0]?.aria).toMatch(/with a forged source address, 203\.0\.113\.7/);
  });

  it('writes "nobody there" beside a reply to a forged address, and "lost" beside a plain loss', () => {
    const reply = textsOf('syn-flood')[3];
    expect(reply?.caption).toBe('to 203.0.113.7 — nobody there');
    expect(reply?.aria).toMatch(/addressed to 203\.0\.113\.7, where no host answers/);
    expect(textsOf('syn-lost')[0]?.caption).toBe('lost');
  });

  it('marks a delayed segment and a retransmission', () => {
    const texts = textsOf('old-duplicate-syn');
    expect(texts[1]?.notes).toEqual(['delayed']);
    expect(textsOf('syn-lost')[1]?.notes).toEqual(['retransmission']);
  });

  it('labels timers with what they stand for', () => {
    const labels = timerRuns(simulateScenario('syn-lost', DEFAULT_OPTIONS)).map((run) => timerLabel(run, t));
    expect(labels.slice(0, 2)).toEqual(['RTO 1 s', 'RTO 2 s']);
    const wait = timerRuns(simulateScenario('close', DEFAULT_OPTIONS)).find((run) => run.timer === 'timeWait');
    expect(wait && timerLabel(wait, t)).toBe('2MSL = 60 s (Linux)');
    const rfc = timerRuns(simulateScenario('close', { ...DEFAULT_OPTIONS, timeWaitMs: 240_000 })).find((run) => run.timer === 'timeWait');
    expect(rfc && timerLabel(rfc, t)).toBe('2MSL = 4 min (RFC)');
  });
});
