import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { describe, expect, it, vi } from 'vitest';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { lostSynTrace } from '../../ui/seq-format/fixtures/lostSynTrace';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../../engine';
import { timerRuns } from '../../export/ladder/timerRuns';
import { LadderView } from './LadderView';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';

const t = makeT(enLadder, enSeqFormat);

function renderLadder(trace: Trace, cursor: number, extra: Partial<Parameters<typeof LadderView>[0]> = {}) {
  const now = cursor === 0 ? 0 : (trace.steps[cursor - 1]?.t ?? 0);
  const onSelect = vi.fn();
  const { container } = render(
    <LadderView
      trace={trace}
      cursor={cursor}
      playhead={motionValue(now)}
      selectedSegment={null}
      onSelect={onSelect}
      seqMode="absolute"
      t={t}
      {...extra}
    />,
  );
  return { onSelect, container };
}

describe('<LadderView>', () => {
  it('shows only the segments sent so far, each labelled with flags and numbers', () => {
    // Cursor 3: connect, SYN arrives (SYN,ACK sent), SYN,ACK arrives (ACK sent).
    renderLadder(closeTrace, 3);
    const arrows = screen.getAllByRole('button');
    expect(arrows).toHaveLength(3);
    expect(arrows[0]).toHaveAccessibleName(/Segment 1: SYN seq=1000, from Client to Server/);
    expect(arrows[1]).toHaveAccessibleName(/Segment 2: SYN, ACK seq=5000 ack=1001, from Server to Client/);
    expect(within(arrows[1] as HTMLElement).getByText('SYN, ACK')).toBeInTheDocument();
    expect(within(arrows[1] as HTMLElement).getByText('seq=5000 ack=1001')).toBeInTheDocument();
  });

  it('uses relative sequence numbers when asked', () => {
    renderLadder(closeTrace, 3, { seqMode: 'relative' });
    expect(screen.getAllByRole('button')[1]).toHaveAccessibleName(/SYN, ACK seq=0 ack=1 \(ISN 5000\),/);
  });

  it('names both lifelines and every state band reached', () => {
    const { container } = render(
      <LadderView
        trace={closeTrace}
        cursor={11}
        playhead={motionValue(60_700)}
        selectedSegment={null}
        onSelect={() => {}}
        seqMode="absolute"
        t={t}
      />,
    );
    expect(screen.getByText('Client')).toBeInTheDocument();
    expect(screen.getByText('Server')).toBeInTheDocument();
    const bandNames = [...container.querySelectorAll('.ladder-band__label')].map((n) => n.textContent);
    expect(bandNames).toEqual(expect.arrayContaining(['SYN-SENT', 'FIN-WAIT-2', 'TIME-WAIT', 'LAST-ACK', 'CLOSE-WAIT']));
  });

  it('marks the compressed TIME-WAIT with its real duration', () => {
    renderLadder(closeTrace, 11);
    expect(screen.getByRole('img', { name: '60 s with nothing in flight, drawn shorter' })).toHaveTextContent('⋯ 60 s');
  });

  it('ends a lost segment in ✕ with the word "lost", and marks the retransmission', () => {
    renderLadder(lostSynTrace, 2, { playhead: motionValue(1000) });
    const [lost, again] = screen.getAllByRole('button') as [HTMLElement, HTMLElement];
    expect(lost).toHaveAccessibleName(/lost in the network/);
    expect(within(lost).getByText('✕')).toBeInTheDocument();
    expect(within(lost).getByText('lost')).toBeInTheDocument();
    expect(again).toHaveAccessibleName(/a retransmission/);
    expect(within(again).getByText(/retransmission/)).toBeInTheDocument();
    expect(again).toHaveClass('ladder-arrow--retransmission');
  });

  it('draws an arrow in flight from the playhead: half-way at half the latency', () => {
    const playhead = motionValue(150);
    renderLadder(closeTrace, 2, { playhead });
    const line = screen.getAllByRole('button')[1]?.querySelector('.ladder-arrow__line');
    const start = Number(line?.getAttribute('x1'));
    const x2At150 = Number(line?.getAttribute('x2'));
    const full = screen.getAllByRole('button')[0]?.querySelector('.ladder-arrow__line');
    // Segment 1 has arrived: fully drawn from client to server.
    expect(Number(full?.getAttribute('x2'))).toBeGreaterThan(Number(full?.getAttribute('x1')));
    expect(x2At150).toBeCloseTo(start - (start - Number(full?.getAttribute('x1'))) / 2, 0);
  });

  it('selects a segment with Enter or Space, and shows the selection not by colour alone', () => {
    const { onSelect } = renderLadder(closeTrace, 3);
    const arrow = screen.getAllByRole('button')[1] as HTMLElement;
    arrow.focus();
    expect(arrow).toHaveFocus();
    fireEvent.keyDown(arrow, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(2);
    fireEvent.keyDown(arrow, { key: ' ' });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('highlights the selected arrow (pressed, thicker, with a halo) and toggles it off again', () => {
    const { onSelect } = renderLadder(closeTrace, 3, { selectedSegment: 2 });
    const arrow = screen.getAllByRole('button')[1] as HTMLElement;
    expect(arrow).toHaveAttribute('aria-pressed', 'true');
    expect(arrow).toHaveClass('ladder-arrow--selected');
    expect(arrow.querySelector('.ladder-arrow__halo')).not.toBeNull();
    fireEvent.click(arrow);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});

describe('<LadderView> notes and timers', () => {
  it('writes what each application sees beside its lifeline, shown once it has happened', () => {
    const { rerender } = render(
      <LadderView
        trace={closeTrace}
        cursor={2}
        playhead={motionValue(100)}
        selectedSegment={null}
        onSelect={() => {}}
        seqMode="absolute"
        t={t}
      />,
    );
    const connected = screen.getByRole('img', { name: 'Client application: connect() returns 0: connected' });
    expect(connected).toHaveAttribute('visibility', 'hidden');
    rerender(
      <LadderView
        trace={closeTrace}
        cursor={3}
        playhead={motionValue(200)}
        selectedSegment={null}
        onSelect={() => {}}
        seqMode="absolute"
        t={t}
      />,
    );
    expect(screen.getByRole('img', { name: 'Client application: connect() returns 0: connected' })).toHaveAttribute(
      'visibility',
      'visible',
    );
  });

  it('labels the retransmission timer with its RTO and counts it down from the playhead', () => {
    renderLadder(closeTrace, 1, { playhead: motionValue(0) });
    const timer = screen.getAllByRole('img', {
      name: /Client: retransmission timer, RTO 1 s, set at 0 ms; stopped at 200 ms/,
    })[0] as HTMLElement;
    expect(timer).toHaveTextContent('RTO 1 s');
    expect(timer).toHaveTextContent('1.0 s left');
  });

  it('labels TIME-WAIT with its 2MSL and whose value it is', () => {
    renderLadder(closeTrace, 9);
    expect(screen.getByRole('img', { name: /Client: TIME-WAIT timer, 2MSL = 60 s \(Linux\)/ })).toHaveTextContent('60 s left');
  });

  it('rewrites only running timers as the playhead moves: a timer yet to start, or over, shows the same text on every frame', () => {
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    // Between the handshake's last retransmission timer and the close's first, none runs.
    const runs = timerRuns(trace);
    const from = Math.max(...runs.filter((run) => run.end <= 500).map((run) => run.end));
    const to = Math.min(...runs.filter((run) => run.start >= 500).map((run) => run.start));
    expect(to).toBeGreaterThan(from);
    const playhead = motionValue(from);
    const { container } = renderLadder(trace, trace.steps.length, { playhead });
    const statuses = [...container.querySelectorAll('.ladder-note__timer-status')];
    expect(statuses.length).toBe(runs.length);
    const written = new MutationObserver(() => {});
    written.observe(container, { subtree: true, childList: true, characterData: true });
    for (let k = 1; k < 8; k++) act(() => playhead.set(from + ((to - from) * k) / 8));
    const rewritten = written.takeRecords().filter((record) => statuses.some((status) => status.contains(record.target)));
    written.disconnect();
    expect(rewritten).toEqual([]);
  });

  it('draws a segment sent at the playhead as just a dot: no line, no arrowhead, no label yet', () => {
    // Cursor 5: the client's close() at 400 ms has sent FIN, ACK; the playhead is at 400.
    renderLadder(closeTrace, 5);
    const fin = screen.getAllByRole('button')[3] as HTMLElement;
    expect(fin).toHaveAccessibleName(/Segment 4: FIN, ACK/);
    expect(fin.querySelector('.ladder-arrow__line')).toHaveAttribute('visibility', 'hidden');
    expect(fin.querySelector('.ladder-arrow__head')).toHaveAttribute('d', '');
    expect(fin.querySelector('.ladder-arrow__label')).toHaveAttribute('opacity', '0');
  });
});

describe('<LadderView> at one instant with several steps', () => {
  it('shows what a step brings about only once that step is applied, even at the same time', () => {
    // listen() and connect() both happen at t = 0: at step 1 the client has not connected yet.
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    const { rerender } = render(
      <LadderView trace={trace} cursor={1} playhead={motionValue(0)} selectedSegment={null} onSelect={() => {}} seqMode="relative" t={t} />,
    );
    const rto = () => screen.getByRole('img', { name: /^Client: retransmission timer, RTO 1 s, set at 0 ms/ });
    expect(rto()).toHaveAttribute('visibility', 'hidden');
    rerender(
      <LadderView trace={trace} cursor={2} playhead={motionValue(0)} selectedSegment={null} onSelect={() => {}} seqMode="relative" t={t} />,
    );
    expect(rto()).toHaveAttribute('visibility', 'visible');
  });
});
