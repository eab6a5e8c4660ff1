import { act, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { motionValue } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, snapshotAt } from '../../engine';
import { seqContext } from '../../ui/seq-format';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { StateBadgesView } from './StateBadgesView';
import { TcbTable } from './TcbTable';
import { enBadges } from '../../i18n/en/badges';
import { enSeqFormat } from '../../i18n/en/seqFormat';
import { zhBadges } from '../../i18n/zh/badges';
import { zhSeqFormat } from '../../i18n/zh/seqFormat';

const t = makeT(enBadges, enSeqFormat);
const zhT = makeT(zhBadges, zhSeqFormat, { 'side.client': '客户端', 'side.server': '服务器' });

describe('<StateBadgesView>', () => {
  it('names each side’s state for assistive technology, with the meaning as visible text', () => {
    render(<StateBadgesView states={{ client: 'SYN-SENT', server: 'LISTEN' }} t={t} />);
    expect(screen.getByRole('img', { name: 'Client state: SYN-SENT' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Server state: LISTEN' })).toBeInTheDocument();
    expect(screen.getByText(t('state.SYN-SENT.desc'))).toBeInTheDocument();
  });

  it('is localized', () => {
    render(<StateBadgesView states={{ client: 'TIME-WAIT', server: 'CLOSED' }} t={zhT} />);
    expect(screen.getByRole('img', { name: '客户端状态：TIME-WAIT' })).toBeInTheDocument();
  });

  it('shows a different icon shape per phase, not only a colour', () => {
    const { container } = render(<StateBadgesView states={{ client: 'ESTABLISHED', server: 'CLOSED' }} t={t} />);
    const [open, closed] = [...container.querySelectorAll('.state-icon')].map((icon) => icon.innerHTML);
    expect(open).not.toEqual(closed);
  });
});

describe('<TcbTable>', () => {
  const ctxFor = (mode: 'relative' | 'absolute') => seqContext(mode, closeTrace);

  it('lays out both TCBs as a table with row and column headers', () => {
    render(
      <TcbTable
        snapshots={snapshotAt(closeTrace, 3)}
        previous={snapshotAt(closeTrace, 2)}
        ctx={ctxFor('absolute')}
        playhead={motionValue(200)}
        t={t}
      />,
    );
    const table = screen.getByRole('table', { name: /Transmission control block/ });
    const row = within(table).getByRole('row', { name: /SND.UNA/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1001 (changed in this step)', '5000']);
    expect(within(table).getByRole('columnheader', { name: 'Client' })).toBeInTheDocument();
  });

  it('shows relative numbers from each ISN but the ISNs themselves as sent, and "not known yet" before the peer’s SYN', () => {
    render(
      <TcbTable
        snapshots={snapshotAt(closeTrace, 1)}
        previous={snapshotAt(closeTrace, 0)}
        ctx={ctxFor('relative')}
        playhead={motionValue(0)}
        t={t}
      />,
    );
    const irs = screen.getByRole('row', { name: /IRS/ });
    expect(
      within(irs)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['not known yet', 'not known yet']);
    const iss = screen.getByRole('row', { name: /ISS/ });
    // Each side chose its own ISN (RFC 9293 §3.4.1); relative to itself every ISS would read 0.
    expect(
      within(iss)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1000 (changed in this step)', '5000']);
    const sndNxt = screen.getByRole('row', { name: /SND.NXT/ });
    expect(within(sndNxt).getAllByRole('cell')[0]).toHaveTextContent(/^1 /);
    expect(screen.queryByText(/^\* shown as sent/)).toBeNull();
  });

  it('counts RCV.NXT from the IRS, unless the IRS came from an old duplicate SYN: then as sent, marked and explained', () => {
    const trace = simulateScenario('old-duplicate-syn', DEFAULT_OPTIONS);
    // After the server has answered the old duplicate SYN (seq 990), before the client's RST.
    const cursor = trace.steps.findIndex((step) => step.side === 'server' && step.to === 'SYN-RECEIVED') + 1;
    render(
      <TcbTable
        snapshots={snapshotAt(trace, cursor)}
        previous={snapshotAt(trace, cursor - 1)}
        ctx={seqContext('relative', trace)}
        playhead={motionValue(0)}
        t={t}
      />,
    );
    const irs = screen.getByRole('row', { name: /^IRS/ });
    expect(within(irs).getAllByRole('cell')[1]).toHaveTextContent(/^990 /);
    const rcvNxt = screen.getByRole('row', { name: /RCV.NXT/ });
    expect(within(rcvNxt).getAllByRole('cell')[1]).toHaveTextContent(
      /^991\* \(shown as sent: the IRS came from a segment of no connection of ours\)/,
    );
    const sndNxt = screen.getByRole('row', { name: /SND.NXT/ });
    expect(within(sndNxt).getAllByRole('cell')[1]).toHaveTextContent(/^1 /);
    expect(screen.getByText(/^\* shown as sent: this IRS came from a segment of no connection of ours/)).toBeVisible();
  });

  it('shows what the retransmission timer learned: SRTT, RTTVAR and RTO, "not known yet" before a round trip', () => {
    // 400 ms one way: the client's SYN,ACK comes back after R = 800 ms, so SRTT = 800,
    // RTTVAR = 400 and RTO = 800 + 4 × 400 = 2400 (RFC 6298 §2.2); the server has measured nothing yet.
    const trace = simulateScenario('handshake', { ...DEFAULT_OPTIONS, latencyMs: 400 });
    const cursor = trace.steps.findIndex((step) => step.rule === 'syn-sent-syn-ack') + 1;
    render(
      <TcbTable
        snapshots={snapshotAt(trace, cursor)}
        previous={snapshotAt(trace, cursor - 1)}
        ctx={ctxFor('absolute')}
        playhead={motionValue(800)}
        t={t}
      />,
    );
    const cells = (name: RegExp) =>
      within(screen.getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^SRTT/)).toEqual(['800 ms (changed in this step)', 'not known yet']);
    expect(cells(/^RTTVAR/)).toEqual(['400 ms (changed in this step)', 'not known yet']);
    expect(cells(/^RTO\b/)).toEqual(['2.4 s (changed in this step)', '1 s']);
  });

  it('writes the timer durations in Chinese units too', () => {
    const trace = simulateScenario('handshake', { ...DEFAULT_OPTIONS, latencyMs: 400 });
    const cursor = trace.steps.findIndex((step) => step.rule === 'syn-sent-syn-ack') + 1;
    render(
      <TcbTable
        snapshots={snapshotAt(trace, cursor)}
        previous={snapshotAt(trace, cursor)}
        ctx={ctxFor('absolute')}
        playhead={motionValue(800)}
        t={zhT}
      />,
    );
    const srtt = screen.getByRole('row', { name: /^SRTT/ });
    expect(
      within(srtt)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['800 毫秒', zhT('tcb.unknown')]);
  });

  it('counts TIME-WAIT down in real seconds from the playhead', () => {
    render(
      <TcbTable
        snapshots={snapshotAt(closeTrace, 10)}
        previous={snapshotAt(closeTrace, 9)}
        ctx={ctxFor('absolute')}
        playhead={motionValue(30_700)}
        t={t}
      />,
    );
    expect(screen.getByText('TIME-WAIT ends in 30 s')).toBeInTheDocument();
  });

  it('counts down as the playhead moves without rendering the table again (issue 8: a frame is not a render)', () => {
    const playhead = motionValue(30_700);
    let commits = 0;
    render(
      <Profiler id="tcb" onRender={() => commits++}>
        <TcbTable
          snapshots={snapshotAt(closeTrace, 10)}
          previous={snapshotAt(closeTrace, 9)}
          ctx={ctxFor('absolute')}
          playhead={playhead}
          t={t}
        />
      </Profiler>,
    );
    const drawn = commits;
    for (const now of [31_000, 35_000, 52_400]) act(() => playhead.set(now));
    expect(screen.getByText('TIME-WAIT ends in 8.3 s')).toBeInTheDocument();
    act(() => playhead.set(30_700));
    expect(screen.getByText('TIME-WAIT ends in 30 s')).toBeInTheDocument();
    expect(commits).toBe(drawn);
  });
});
