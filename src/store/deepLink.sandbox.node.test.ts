import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { readLink, writeLink } from './deepLink';
import { EMPTY_SESSION } from '../sandbox';
import { createSimStore } from './simStore';
import { DEFAULT_INPUTS } from './simInputs';
import { selectStepCount, selectTrace } from './traceSelectors';

/** A session made in the panel: listen, connect, drop the SYN, step on, then close. */
function madeInThePanel() {
  const store = createSimStore({ options: { ...DEFAULT_OPTIONS, latencyMs: 250 } });
  const s = () => store.getState();
  s().openSandbox();
  s().sandboxCall('server', 'listen');
  s().sandboxCall('client', 'connect');
  s().dropSegment(1);
  s().stepForward();
  s().sandboxCall('client', 'send', 100);
  return store;
}

describe('deep link: sandbox', () => {
  it('writes a compact, readable link: mode, calls, fates, step', () => {
    const state = madeInThePanel().getState();
    expect(writeLink(state)).toBe('#mode=sandbox&a=s.listen.0,c.connect.1,c.send100.3&f=1.lose.2&step=4&lang=en&seq=rel&lat=250');
    expect(writeLink({ ...DEFAULT_INPUTS, mode: 'sandbox' })).toBe('#mode=sandbox&step=0&lang=en&seq=rel');
  });

  it('reads it back to the same session, options and step: the same trace', () => {
    const state = madeInThePanel().getState();
    const read = readLink(writeLink(state));
    expect(read.notice).toBeNull();
    expect(read.inputs).toMatchObject({ mode: 'sandbox', sandbox: state.sandbox, options: state.options, cursor: 4 });
    const reopened = createSimStore({ ...read.inputs });
    expect(selectTrace(reopened.getState())).toEqual(selectTrace(state));
  });

  it('a scenario link stays as it was: no mode, no sandbox', () => {
    const read = readLink('#s=close&step=2');
    expect(read.inputs).not.toHaveProperty('mode');
    expect(read.inputs).not.toHaveProperty('sandbox');
    expect(readLink('#mode=scenario&s=close&step=2').notice).toBeNull();
  });

  it('a bogus action list keeps the valid parts, opens the sandbox and names what it left out', () => {
    const read = readLink(
      '#mode=sandbox&a=s.listen.0,x.listen.0,c.fly.1,c.connect.-1,c.connect.1,%3Cscript%3E&f=1.teleport.2&step=2&lang=zh',
    );
    expect(read.inputs.mode).toBe('sandbox');
    expect(read.inputs.sandbox?.actions.map((a) => a.call)).toEqual(['listen', 'connect']);
    expect(read.locale).toBe('zh');
    expect(read.notice).toEqual({
      key: 'sandbox.notice.linkPartlyDamaged',
      params: { parts: '“x.listen.0”, “c.fly.1”, “c.connect.-1”, “<script>”, …' },
    });
    expect(read.inputs.cursor).toBe(2);
  });

  it('when nothing in the lists can be used, an empty sandbox opens with a message', () => {
    const read = readLink('#mode=sandbox&a=!!!,c.listen.999&f=%%%&step=5');
    expect(read.inputs).toMatchObject({ mode: 'sandbox', sandbox: EMPTY_SESSION, cursor: 0 });
    expect(read.notice?.key).toBe('sandbox.notice.linkDamaged');
  });

  it('a step past the end of the sandbox story lands on its last step', () => {
    const read = readLink('#mode=sandbox&a=s.listen.0&step=40');
    expect(read.inputs.cursor).toBe(1);
    expect(read.notice).toEqual({ key: 'notice.stepOutOfRange', params: { step: 40, n: 1 } });
  });

  it('an unknown mode falls back to the scenarios and says the link was partly damaged', () => {
    const read = readLink('#mode=sandpit&s=close&step=1');
    expect(read.inputs).toMatchObject({ scenario: 'close', cursor: 1 });
    expect(read.inputs).not.toHaveProperty('mode');
    expect(read.notice?.key).toBe('notice.linkPartlyDamaged');
  });

  it('a bad scenario name in a sandbox link costs nothing but a notice', () => {
    const read = readLink('#mode=sandbox&s=nope&a=s.listen.0&step=1');
    expect(read.inputs).toMatchObject({ mode: 'sandbox', scenario: 'handshake', cursor: 1 });
    expect(read.notice?.key).toBe('notice.linkPartlyDamaged');
    expect(selectStepCount({ ...DEFAULT_INPUTS, ...read.inputs })).toBe(1);
  });
});
