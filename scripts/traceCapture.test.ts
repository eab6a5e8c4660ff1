import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../src/capture';
import { issueText, renderCapture } from './traceCapture';

const fixture = (name: string) => readCapture(readFileSync(`src/capture/fixtures/${name}`));

describe('trace --pcap output', () => {
  it('the list as JSON: connections numbered as tcp.stream, with client, server, times and how each ended', () => {
    const out = renderCapture(fixture('tfo-5c1fa7f9ae91.pcap'), { kind: 'list' }, 'json', 'tfo.pcap');
    expect(out.ok).toBe(true);
    const json = JSON.parse(out.ok ? out.text : '{}');
    expect(json).toMatchObject({ file: 'tfo.pcap', format: 'pcap', frames: 14, segments: 14 });
    expect(
      json.connections.map((c: { stream: number; client: { addr: string }; end: string }) => [c.stream, c.client.addr, c.end]),
    ).toEqual([
      [0, '192.168.0.100', 'fin'],
      [1, '9.9.9.9', 'fin'],
      [2, '192.168.0.100', 'open'],
    ]);
  });

  it('the list as text: one row per connection and the skipped frames', () => {
    const out = renderCapture(fixture('mptcp-fclose.pcap'), { kind: 'list' }, 'text', 'm.pcap');
    const text = out.ok ? out.text : '';
    expect(text.split('\n')[0]).toMatch(/^stream\s+client\s+server\s+packets\s+first \(s\)\s+last \(s\)\s+end$/);
    expect(text).toMatch(/^0\s+\S+\s+\S+\s+9\s+0\.\d{6}\s+\d+\.\d{6}\s+RST$/m);
    expect(text).toContain('11 frames, 9 TCP segments, 1 connections; skipped: 2 nonIp');
  });

  it('one stream as JSON: each packet with time, direction, flags, seq, ack, len and options', () => {
    const out = renderCapture(fixture('tcp-handshake-nano.pcap'), { kind: 'stream', stream: 0 }, 'json', 'n.pcap');
    const json = JSON.parse(out.ok ? out.text : '{}');
    expect(json.packets.map((p: { from: string; flags: string[] }) => `${p.from} ${p.flags.join('+')}`)).toEqual([
      'client SYN',
      'server ACK+SYN',
      'client ACK',
    ]);
    expect(json.packets[0]).toMatchObject({ frame: 1, timeUs: 0, seq: 797190859, ack: null, len: 0 });
    expect(json.packets[1].options[0]).toEqual({ kind: 2, name: 'MSS', mss: 1440 });
  });

  it('one stream as text: flags read as the app reads them', () => {
    const out = renderCapture(fixture('dns_tcp.pcap'), { kind: 'stream', stream: 0 }, 'text', 'd.pcap');
    expect(out.ok ? out.text : '').toMatch(/server → client {2}FIN, PSH, ACK {2}seq=2043824630 ack=603899976 len=0/);
  });

  it('one stream as JSON carries both sides’ states inferred through the engine, marked as inferred', () => {
    const out = renderCapture(fixture('whois.pcap'), { kind: 'stream', stream: 0 }, 'json', 'w.pcap');
    const json = JSON.parse(out.ok ? out.text : '{}');
    expect(json.inferredFromCapture).toBe(true);
    expect(json.states).toEqual({
      client: ['CLOSED', 'SYN-SENT', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'],
      server: ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT'],
    });
    // The listen() no packet shows is there, and says it was implied.
    expect(json.steps[0]).toMatchObject({ side: 'server', event: 'listen()', to: 'LISTEN', notes: [{ key: 'assumedListen' }] });
    expect(json.segments).toHaveLength(json.packets.length);
  });

  it('one stream as Mermaid: the ladder with state notes, headed as inferred', () => {
    const out = renderCapture(fixture('print-flags.pcap'), { kind: 'stream', stream: 0 }, 'mermaid', 'p.pcap');
    const lines = (out.ok ? out.text : '').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'sequenceDiagram',
      '    participant C as Client',
      '    participant S as Server',
      '    Note over C,S: states inferred from the capture',
    ]);
    expect(lines.filter((l) => l.startsWith('    Note over C: ')).map((l) => l.slice('    Note over C: '.length))).toEqual([
      'CLOSED',
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'TIME-WAIT',
    ]);
  });

  it('a stream the capture does not have is an argument error (exit 2) naming the range', () => {
    expect(renderCapture(fixture('whois.pcap'), { kind: 'stream', stream: 4 }, 'json', 'w.pcap')).toEqual({
      ok: false,
      exitCode: 2,
      message: '--stream 4: w.pcap has 1 connection (streams 0 to 0)',
    });
  });

  it('a file-level problem is one English line and exit 1', () => {
    const out = renderCapture(fixture('malformed/tcp_header_heapoverflow.pcap'), { kind: 'list' }, 'text', 'h.pcap');
    expect(out).toEqual({
      ok: false,
      exitCode: 1,
      message: 'h.pcap: The capture holds no TCP segment (packets read: 1): there is no connection to show.',
    });
  });

  it('warnings travel with the output, in English', () => {
    const out = renderCapture(fixture('malformed/timestamp_invalid_micro.pcap'), { kind: 'list' }, 'json', 't.pcap');
    const json = JSON.parse(out.ok ? out.text : '{}');
    expect(json.warnings[0]).toEqual({
      key: 'capture.warning.badSubsecond',
      params: { frame: 2, value: 1000000, max: 999999 },
      message: issueText({ key: 'capture.warning.badSubsecond', params: { frame: 2, value: 1000000, max: 999999 } }),
    });
    expect(json.warnings[0].message).toContain('Packet 2 has an impossible time');
  });
});
