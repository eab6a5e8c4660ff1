/**
 * Relative sequence numbers a student can trust, checked on what is actually written: the ladder's
 * arrow labels (the UI) and the text and Mermaid ladders the CLI prints, for every scenario under
 * fixed ISNs, random ISNs from many seeds, and ISNs a few below 2^32.
 *  1. No relative number is negative, and none is 2^31 or more (a wrapped difference): only a
 *     number marked * (shown as sent, belonging to no incarnation of ours) may be large.
 *  2. The UI and the CLI write exactly the same label for every segment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  FOREIGN_MARK,
  SCENARIO_IDS,
  USER_CALLS,
  seqContext,
  simulate,
  simulateScenario,
  type ControlBit,
  type FaultRule,
  type Scenario,
  type ScenarioId,
  type ScriptedCall,
  type Side,
  type SimOptions,
  type Trace,
} from '../src/engine';
import { traceToMermaid, traceToText } from '../src/export';
import { arrowText } from '../src/ui/ladder-words/arrowText';
import { makeT } from '../src/ui/seq-format/fixtures/testT';
import { enLadder } from '../src/i18n/en/ladder';
import { enSeqFormat } from '../src/i18n/en/seqFormat';

const t = makeT(enLadder, enSeqFormat);
const HALF = 2 ** 31;

/** Every seq=/ack= number in a piece of text, with whether it carries the mark. */
function numbersIn(text: string): { raw: string; value: number; marked: boolean }[] {
  return [...text.matchAll(/\b(?:seq|ack)=(-?\d+)(\*?)/g)].map((m) => ({ raw: m[0], value: Number(m[1]), marked: m[2] === FOREIGN_MARK }));
}

function badRelativeNumbers(text: string): string[] {
  return numbersIn(text)
    .filter(({ value, marked }) => value < 0 || (!marked && value >= HALF))
    .map(({ raw }) => raw);
}

/** The labels the ladder writes (and its arrows' accessible names say). */
function uiLabels(trace: Trace): string[] {
  const ctx = seqContext('relative', trace);
  return trace.segments.map((segment) => {
    const text = arrowText(segment, ctx, t);
    // What the arrow draws when it has room: flags, numbers and then the ISN, in that order.
    expect(text.label.startsWith(`${text.flags} ${text.numbers}`)).toBe(true);
    expect(text.aria).toContain(text.label);
    return text.label;
  });
}

/** The label part of each arrow of the CLI's text ladder, without the notes the exports add. */
function cliTextLabels(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /\|[-<✕]+ (.+?) [->✕]+\|$/.exec(line)?.[1])
    .filter((label): label is string => label !== undefined)
    .map(withoutNotes);
}

function cliMermaidLabels(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^ {4}[CS]-(?:>>|x)[CS]: (.+)$/.exec(line)?.[1])
    .filter((label): label is string => label !== undefined)
    .map(withoutNotes);
}

/** Drops the exports' trailing "(old duplicate, lost)" notes; "(ISN 1000)" is part of the label. */
function withoutNotes(label: string): string {
  return label.replace(/ \((?!ISN )[^()]*\)$/, '');
}

const sorted = (labels: readonly string[]) => [...labels].sort();

function expectLabelsAgree(id: ScenarioId, options: SimOptions) {
  expectLabelsAgreeIn(simulateScenario(id, options), { id, options });
}

function expectLabelsAgreeIn(trace: Trace, what: object) {
  const [id, options] = [trace.scenario, what];
  const ui = uiLabels(trace);
  const ctx = seqContext('relative', trace);
  const text = traceToText(trace, ctx);
  const mermaid = traceToMermaid(trace, ctx);
  expect({ id, options, bad: ui.flatMap(badRelativeNumbers) }).toEqual({ id, options, bad: [] });
  expect({ id, options, bad: badRelativeNumbers(text) }).toEqual({ id, options, bad: [] });
  expect({ id, options, bad: badRelativeNumbers(mermaid) }).toEqual({ id, options, bad: [] });
  // Injected segments are printed when they go on the wire, so compare as multisets. The
  // exports draw what endpoints and scenarios sent, not the copies a duplicating network makes.
  const printed = ui.filter((_, i) => trace.segments[i]?.duplicateOf === null);
  expect(sorted(cliTextLabels(text))).toEqual(sorted(printed));
  expect(sorted(cliMermaidLabels(mermaid))).toEqual(sorted(printed));
}

const VARIANTS: readonly Partial<SimOptions>[] = [{}, { synCookies: true }];

describe('relative sequence numbers, UI and CLI', () => {
  it.each(SCENARIO_IDS)('%s: fixed ISNs and ISNs near 2^32', (id) => {
    for (const variant of VARIANTS) {
      expectLabelsAgree(id, { ...DEFAULT_OPTIONS, ...variant, isnMode: 'fixed' });
      expectLabelsAgree(id, { ...DEFAULT_OPTIONS, ...variant, isnMode: 'wrap' });
    }
  });

  it('every scenario with random ISNs from random seeds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIO_IDS), fc.nat(), fc.boolean(), (id, seed, synCookies) => {
        expectLabelsAgree(id, { ...DEFAULT_OPTIONS, isnMode: 'random', seed, synCookies });
      }),
      { numRuns: 300 },
    );
  });

  it('sandbox-like runs: random calls on either side (reconnects, aborts, connects to a closed port) over a faulty network', () => {
    const side = fc.constantFrom<Side>('client', 'server');
    const call: fc.Arbitrary<ScriptedCall> = fc.record({
      side,
      call: fc.constantFrom(...USER_CALLS),
      bytes: fc.integer({ min: 1, max: 1460 }),
      when: fc.record({ at: fc.integer({ min: 0, max: 5000 }) }),
    });
    const fault: fc.Arbitrary<FaultRule> = fc.record({
      from: side,
      flags: fc.constantFrom<readonly ControlBit[]>(['SYN'], ['SYN', 'ACK'], ['ACK'], ['FIN', 'ACK'], ['RST'], ['RST', 'ACK']),
      nth: fc.integer({ min: 1, max: 2 }),
      fate: fc.constantFrom('lose' as const, 'delay' as const, 'duplicate' as const),
      delayMs: fc.integer({ min: 0, max: 2000 }),
    });
    const scenario: fc.Arbitrary<Scenario> = fc
      .record({ calls: fc.array(call, { minLength: 1, maxLength: 10 }), faults: fc.array(fault, { maxLength: 2 }) })
      .map(({ calls, faults }) => ({ id: 'random', calls, faults }));
    const isn = fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2 ** 32 - 10, max: 2 ** 32 - 1 }));
    fc.assert(
      fc.property(scenario, isn, isn, (script, isnClient, isnServer) => {
        const options = { ...DEFAULT_OPTIONS, isnMode: 'fixed' as const, isnClient, isnServer };
        expectLabelsAgreeIn(simulate(script, options), { script, options });
      }),
      { numRuns: 300 },
    );
  });

  it('the check catches what the old labels did (seq=-10, a wrapped 4294967286, an unmarked absolute)', () => {
    expect(badRelativeNumbers('SYN seq=-10')).toEqual(['seq=-10']);
    expect(badRelativeNumbers('SYN seq=4294967286')).toEqual(['seq=4294967286']);
    expect(badRelativeNumbers('SYN seq=4294967286* ack=1')).toEqual([]);
    expect(cliTextLabels('|<-- SYN, ACK seq=0 ack=1 (ISN 5000) (port 80→40000) --|')).toEqual(['SYN, ACK seq=0 ack=1 (ISN 5000)']);
  });
});
