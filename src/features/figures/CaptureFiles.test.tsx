import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../../engine';
import { traceToPacketdrill, traceToPcap } from '../../export';
import { LocaleProvider } from '../../i18n/localeContext';
import { loadCompleteMessages } from '../../i18n/messages';
import { CaptureFiles } from './CaptureFiles';
import { saveFile } from './download';

// The real exporters, watched: the test checks which one ran, for which side, on which trace.
vi.mock('../../export', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../export')>();
  return { ...actual, traceToPcap: vi.fn(actual.traceToPcap), traceToPacketdrill: vi.fn(actual.traceToPacketdrill) };
});
vi.mock('./download', () => ({ saveFile: vi.fn() }));

const close = simulateScenario('close', DEFAULT_OPTIONS);

function renderFiles(trace: Trace) {
  const onSaved = vi.fn();
  render(
    <LocaleProvider locale="en">
      <CaptureFiles trace={trace} onSaved={onSaved} />
    </LocaleProvider>,
  );
  return onSaved;
}

/** The bytes of the n-th file handed to saveFile, and its name. */
async function saved(n: number): Promise<{ name: string; bytes: Uint8Array }> {
  // The writers load on the first click (a dynamic import), so the file follows a moment later.
  await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(n + 1));
  const [blob, name] = vi.mocked(saveFile).mock.calls[n]!;
  return { name, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

// The side names live in the teaching table, which the app loads before any dialog opens.
beforeAll(() => loadCompleteMessages('en'));
afterEach(() => vi.clearAllMocks());

describe('<CaptureFiles>', () => {
  it('downloads a pcap captured at the client by default, named for the scenario and side', async () => {
    const onSaved = renderFiles(close);
    expect(screen.getByRole('radio', { name: 'Client' })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Download pcap' }));
    const file = await saved(0);
    expect(traceToPcap).toHaveBeenCalledExactlyOnceWith(close, { side: 'client', ipVersion: 4 });
    expect(traceToPacketdrill).not.toHaveBeenCalled();
    expect(file.name).toBe('close-client.pcap');
    expect([...file.bytes.subarray(0, 4)]).toEqual([0xd4, 0xc3, 0xb2, 0xa1]);
    expect(file.bytes).toEqual(traceToPcap(close, { side: 'client', ipVersion: 4 }));
    expect(onSaved).toHaveBeenCalledWith('close-client.pcap');
  });

  it('with Server chosen, the pcap is taken at the server and the script plays the server', async () => {
    renderFiles(close);
    fireEvent.click(screen.getByRole('radio', { name: 'Server' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download pcap' }));
    expect((await saved(0)).name).toBe('close-server.pcap');
    fireEvent.click(screen.getByRole('button', { name: 'Download packetdrill script' }));
    const script = await saved(1);
    expect(traceToPcap).toHaveBeenCalledExactlyOnceWith(close, { side: 'server', ipVersion: 4 });
    expect(traceToPacketdrill).toHaveBeenCalledExactlyOnceWith(close, { side: 'server' });
    expect(script.name).toBe('close-server.pkt');
    expect(new TextDecoder().decode(script.bytes)).toBe(traceToPacketdrill(close, { side: 'server' }));
  });

  it('each button is described by the sentence for the side chosen', () => {
    renderFiles(close);
    expect(screen.getByRole('button', { name: 'Download packetdrill script' })).toHaveAccessibleDescription(
      'Replays the client’s side against a real kernel, with packetdrill playing the server.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Server' }));
    expect(screen.getByRole('button', { name: 'Download pcap' })).toHaveAccessibleDescription(
      'Every segment as captured on the server’s network interface; opens in Wireshark or tshark.',
    );
  });

  it('for a run inferred from an opened capture, offers no rebuilt copy and says why', () => {
    const inferred: Trace = {
      ...close,
      inference: { source: 'capture', captureDelayMs: null, notes: [], stepNotes: [], segments: [] } as unknown as NonNullable<
        Trace['inference']
      >,
    };
    renderFiles(inferred);
    expect(screen.getByRole('region', { name: 'For Wireshark and packetdrill' })).toHaveTextContent(/open that file in Wireshark itself/);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
