import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type Profile, type Trace } from '../../engine';
import { seqContext } from '../../ui/seq-format';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { lostSynTrace } from '../../ui/seq-format/fixtures/lostSynTrace';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { explanationParams } from './explanationParams';
import { ExplanationView } from './ExplanationView';
import { enExplanation } from '../../i18n/en/explanation';
import { enSeqFormat } from '../../i18n/en/seqFormat';

const t = makeT(enExplanation, enSeqFormat);
const ctx = { mode: 'absolute' } as const;

/** The paragraph whose whole text is `text`, however its words are boxed. */
const paragraphReading = (text: string) => screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text);

describe('<ExplanationView>', () => {
  it('at the start shows the scenario summary and how to begin', () => {
    render(<ExplanationView trace={closeTrace} cursor={0} seqMode="absolute" t={t} />);
    expect(screen.getByText(t('scenario.close.summary'))).toBeInTheDocument();
    expect(screen.getByText(/Press →/)).toBeInTheDocument();
  });

  it('with no step to go to (an empty sandbox), says which calls start the story instead of “Press →”', () => {
    const empty = { ...closeTrace, scenario: 'sandbox', steps: [], segments: [] };
    render(<ExplanationView trace={empty} cursor={0} seqMode="absolute" t={t} />);
    expect(screen.queryByText(/Press →/)).toBeNull();
    expect(screen.getByText(/start with listen\(\) on the server, then connect\(\) on the client/)).toBeInTheDocument();
  });

  it('fills {in}, {out} and {side} with the real segment labels', () => {
    render(<ExplanationView trace={closeTrace} cursor={2} seqMode="absolute" t={t} />);
    // A state name is a box of its own inside its sentence (WholeStateNames): read each paragraph whole.
    expect(
      paragraphReading('The server was listening and got SYN seq=1000: it answers SYN, ACK seq=5000 ack=1001 and moves to SYN-RECEIVED.'),
    ).toBeInTheDocument();
    expect(paragraphReading('State: LISTEN → SYN-RECEIVED')).toHaveClass('explanation__state--changed');
  });

  it('links the RFC section and lists what the application sees', () => {
    render(<ExplanationView trace={closeTrace} cursor={3} seqMode="absolute" t={t} />);
    const link = screen.getByRole('link', { name: 'RFC 9293 §3.10.7.3' });
    expect(link).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.3');
    expect(screen.getByText(t('app.connect-returned'))).toBeInTheDocument();
  });

  it('uses relative numbers in the text when the learner chose them', () => {
    render(<ExplanationView trace={closeTrace} cursor={3} seqMode="relative" t={t} />);
    expect(screen.getByText(/got SYN, ACK seq=0 ack=1/)).toBeInTheDocument();
  });

  it('explains the * of a number shown as sent, only on a step whose text names one', () => {
    const refused = simulateScenario('refused', DEFAULT_OPTIONS);
    const { unmount } = render(<ExplanationView trace={refused} cursor={refused.steps.length} seqMode="relative" t={t} />);
    expect(screen.getByText(/got RST, ACK seq=0\* ack=1/)).toBeInTheDocument();
    expect(screen.getByText(/^\* absolute number: it belongs to no connection of ours/)).toBeInTheDocument();
    unmount();
    render(<ExplanationView trace={refused} cursor={1} seqMode="relative" t={t} />);
    expect(screen.queryByText(/^\* absolute number/)).toBeNull();
  });

  it('says when the state does not change', () => {
    render(<ExplanationView trace={lostSynTrace} cursor={2} seqMode="absolute" t={t} />);
    expect(paragraphReading('State stays SYN-SENT')).not.toHaveClass('explanation__state--changed');
  });

  it('leaves no placeholder unfilled in any step of the fixtures', () => {
    for (const trace of [closeTrace, lostSynTrace]) {
      for (let cursor = 1; cursor <= trace.steps.length; cursor++) {
        const { container, unmount } = render(<ExplanationView trace={trace} cursor={cursor} seqMode="absolute" t={t} />);
        expect(container.textContent).not.toMatch(/\{\w+\}/);
        unmount();
      }
    }
  });
});

describe('explanationParams', () => {
  it('gives {rto} in seconds (the RTO that expired), {retry} and {timeWait} as a duration', () => {
    const retransmit = lostSynTrace.steps[1];
    if (!retransmit) throw new Error('fixture');
    expect(explanationParams(lostSynTrace, retransmit, ctx, t)).toMatchObject({ rto: 1, retry: 1, side: 'client', out: 'SYN seq=1000' });
    const timeWait = closeTrace.steps[8];
    if (!timeWait) throw new Error('fixture');
    expect(explanationParams(closeTrace, timeWait, ctx, t)).toMatchObject({ timeWait: '60 s' });
  });
});

describe('explanationParams, generically', () => {
  const engineCtx = (trace: Trace) => seqContext('absolute', trace);

  it('passes every parameter the engine recorded: {queued}, {capacity} and {backlog} of a SYN flood', () => {
    const queuedUnder = (profile: Profile) => {
      const trace = simulateScenario('syn-flood', { ...DEFAULT_OPTIONS, profile });
      const queued = trace.steps.filter((step) => step.rule === 'listen-syn-queued');
      return queued.map((step) => explanationParams(trace, step, engineCtx(trace), t)).map((p) => [p.queued, p.capacity, p.backlog]);
    };
    expect(queuedUnder('rfc9293')).toEqual([
      [1, 2, 2],
      [2, 2, 2],
    ]);
    // Linux holds backlog + 1 half-open connections (engine/profile.ts listenQueueCapacity).
    expect(queuedUnder('linux')).toEqual([
      [1, 3, 2],
      [2, 3, 2],
      [3, 3, 2],
    ]);
  });

  it('passes {port} of a refused port and {nextRto} of a back-off', () => {
    const scan = simulateScenario('port-scan', DEFAULT_OPTIONS);
    const refused = scan.steps.find((step) => step.side === 'server' && step.params.port !== undefined);
    expect(refused && explanationParams(scan, refused, engineCtx(scan), t).port).toBe(81);
    const lost = simulateScenario('syn-lost', DEFAULT_OPTIONS);
    const retransmit = lost.steps.find((step) => step.rule === 'retransmit');
    expect(retransmit && explanationParams(lost, retransmit, engineCtx(lost), t)).toMatchObject({ rto: 1, nextRto: 2, retry: 1 });
  });

  it('gives the RFC’s 2MSL as minutes', () => {
    const trace = simulateScenario('close', { ...DEFAULT_OPTIONS, timeWaitMs: 240_000 });
    const expiry = trace.steps.find((step) => step.rule === 'time-wait-expired');
    expect(expiry && explanationParams(trace, expiry, engineCtx(trace), t).timeWait).toBe('4 min');
  });

  it('leaves no placeholder unfilled in any step of any scenario', () => {
    for (const id of SCENARIO_IDS) {
      const trace = simulateScenario(id, DEFAULT_OPTIONS);
      for (let cursor = 0; cursor <= trace.steps.length; cursor++) {
        const { container, unmount } = render(<ExplanationView trace={trace} cursor={cursor} seqMode="relative" t={t} />);
        expect(container.textContent, `${id} step ${cursor}`).not.toMatch(/\{\w+\}/);
        unmount();
      }
    }
  });

  it('names the scenario at the start (the one place its summary is shown)', () => {
    render(<ExplanationView trace={closeTrace} cursor={0} seqMode="absolute" t={t} />);
    expect(screen.getByRole('heading', { name: t('scenario.close.title') })).toBeInTheDocument();
  });
});
