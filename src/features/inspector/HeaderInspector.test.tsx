import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { dataOffset, inspectedSegment } from './headerFields';
import { HeaderInspectorView } from './HeaderInspectorView';
import { enInspector } from '../../i18n/en/inspector';

const t = makeT(enInspector);
const segment = (id: number) => closeTrace.segments[id - 1] ?? null;

function renderInspector(id: number, seqMode: 'relative' | 'absolute' = 'absolute') {
  render(<HeaderInspectorView trace={closeTrace} segment={segment(id)} selected seqMode={seqMode} t={t} />);
}

describe('<HeaderInspectorView>', () => {
  it('lights SYN and ACK for a SYN,ACK, and says 1 or 0 for every flag', () => {
    renderInspector(2);
    expect(screen.getByRole('button', { name: 'SYN: 1, set' })).toHaveClass('inspector__flag--set');
    expect(screen.getByRole('button', { name: 'ACK: 1, set' })).toHaveTextContent('ACK1');
    expect(screen.getByRole('button', { name: 'FIN: 0, not set' })).not.toHaveClass('inspector__flag--set');
    expect(screen.getAllByRole('button', { name: /: 0, not set/ })).toHaveLength(6);
  });

  it('greys the acknowledgment number when the ACK bit is 0 (ack vs ACK)', () => {
    renderInspector(1);
    const ack = screen.getByRole('button', { name: /Acknowledgment Number/ });
    expect(ack).toHaveTextContent('(not valid: ACK bit is 0)');
    expect(ack).toHaveClass('inspector__field--invalid');
  });

  it('shows the real numbers in decimal, with relative ones alongside in relative mode', () => {
    renderInspector(2, 'relative');
    expect(screen.getByRole('button', { name: 'Sequence Number: 5000 (relative 0)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acknowledgment Number: 1001 (relative 1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Source Port: 80' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Destination Port: 49152' })).toBeInTheDocument();
  });

  it('a capture’s ports are its own: no note about the built-in runs’ ports', () => {
    const captured = {
      ...closeTrace,
      inference: { source: 'capture' as const, captureDelayMs: null, notes: [], stepNotes: [], segments: [] },
    };
    render(<HeaderInspectorView trace={captured} segment={segment(2)} selected seqMode="absolute" t={t} />);
    expect(screen.queryByText(/first ephemeral port/)).toBeNull();
    renderInspector(2);
    expect(screen.getByText(/first ephemeral port/)).toBeInTheDocument();
  });

  it('refused: the RST’s seq 0 has no relative value (the server has no ISN); its ack counts from the client’s ISN', () => {
    const refused = simulateScenario('refused', DEFAULT_OPTIONS);
    render(<HeaderInspectorView trace={refused} segment={refused.segments[1] ?? null} selected seqMode="relative" t={t} />);
    expect(screen.getByText('RST, ACK seq=0* ack=1')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sequence Number: 0 (no relative value: not a number of this connection, shown as sent *)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acknowledgment Number: 1001 (relative 1)' })).toBeInTheDocument();
  });

  it('lists SYN options and counts them in the data offset', () => {
    renderInspector(1);
    expect(screen.getByRole('button', { name: 'Options: MSS 1460, SACK permitted, window scale 7' })).toBeInTheDocument();
    expect(dataOffset(segment(1) as NonNullable<ReturnType<typeof segment>>)).toBe(8);
    expect(screen.getByRole('button', { name: /Data Offset: 8/ })).toBeInTheDocument();
  });

  it('explains a field or a flag when it is focused', () => {
    renderInspector(2);
    fireEvent.focus(screen.getByRole('button', { name: /Window/ }));
    expect(screen.getByText(t('field.window.desc'))).toBeInTheDocument();
    fireEvent.mouseEnter(screen.getByRole('button', { name: 'SYN: 1, set' }));
    expect(screen.getByText(t('flag.SYN.desc'))).toBeInTheDocument();
  });

  it('asks the learner to step forward when nothing has been sent', () => {
    render(<HeaderInspectorView trace={closeTrace} segment={null} selected={false} seqMode="absolute" t={t} />);
    expect(screen.getByText(/Nothing has been sent yet/)).toBeInTheDocument();
  });
});

describe('inspectedSegment', () => {
  it('is the selected segment when it is on screen, else the latest one sent', () => {
    expect(inspectedSegment(closeTrace, 0, null)).toBeNull();
    expect(inspectedSegment(closeTrace, 3, null)?.id).toBe(3);
    expect(inspectedSegment(closeTrace, 3, 1)?.id).toBe(1);
    // Segment 6 is not sent yet at cursor 3: fall back to the latest.
    expect(inspectedSegment(closeTrace, 3, 6)?.id).toBe(3);
  });
});
