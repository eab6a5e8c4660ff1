import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type ScenarioId, type Side } from '../engine';
import { traceToPacketdrill } from './tracePacketdrill';

const script = (id: ScenarioId, side: Side) => traceToPacketdrill(simulateScenario(id, DEFAULT_OPTIONS), { side });
/** The script's events without the comment header. */
const events = (text: string) =>
  text.split('\n').filter((line) => line !== '' && !line.startsWith('// TCP') && !/^\/\/ [A-Z(a-z]/.test(line));

describe('packetdrill export', () => {
  it('the server’s side of a normal close: listen, the handshake injected and answered, accept, the close', () => {
    expect(events(script('close', 'server'))).toEqual([
      '0.000 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3',
      '0.000 setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0',
      '0.000 bind(3, ..., ...) = 0',
      '0.000 listen(3, 128) = 0',
      '0.100 < S 0:0(0) win 64240 <mss 1460,sackOK,nop,wscale 7>',
      '0.100 > S. 0:0(0) ack 1 <...>',
      '0.300 < . 1:1(0) ack 1 win 64240',
      '0.300 accept(3, ..., ...) = 4',
      '0.800 < F. 1:1(0) ack 1 win 64240',
      '0.840 > . 1:1(0) ack 2',
      '1.200 close(4) = 0',
      '1.200 > F. 1:1(0) ack 2',
      '1.400 < . 2:2(0) ack 2 win 64240',
    ]);
  });

  it('listen() gets the scenario’s backlog, so the kernel under test meets the same limit: 2 in the SYN flood, 2 in a full accept queue', () => {
    expect(script('syn-flood', 'server')).toContain('0.000 listen(3, 2) = 0');
    expect(script('accept-queue-full', 'server')).toContain('0.000 listen(3, 2) = 0');
  });

  it('the header says which rules the run followed: RFC 9293 literally, or the Linux profile', () => {
    const linux = traceToPacketdrill(simulateScenario('close', { ...DEFAULT_OPTIONS, profile: 'linux' }), { side: 'server' });
    expect(script('close', 'server')).toContain('follows RFC 9293 literally');
    expect(linux).toContain("follows the lab's Linux profile");
    expect(linux).not.toContain('RFC 9293 literally');
  });

  it('the client connects without blocking, so the script goes on while the SYN is out', () => {
    expect(events(script('handshake', 'client')).slice(0, 4)).toEqual([
      '0.000 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3',
      '0.000 fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK) = 0',
      '0.000 connect(3, ..., ...) = -1 EINPROGRESS (Operation now in progress)',
      '0.000 > S 0:0(0) <...>',
    ]);
  });

  it('a lost SYN is still expected from the kernel, then its retransmission after the RTO', () => {
    const syns = events(script('syn-lost', 'client')).filter((line) => / > S /.test(line));
    expect(syns).toEqual(['0.000 > S 0:0(0) <...>', '1.000 > S 0:0(0) <...>']);
  });

  it('abort() is SO_LINGER {1, 0} then close(), which sends RST', () => {
    const lines = events(script('abort', 'client'));
    const linger = lines.findIndex((line) => line.includes('SO_LINGER, {onoff=1, linger=0}'));
    expect(linger).toBeGreaterThan(-1);
    expect(lines[linger + 1]).toMatch(/close\(3\) = 0$/);
    expect(lines.slice(linger + 2).some((line) => / > R/.test(line))).toBe(true);
  });

  it('a flood’s forged segments are kept as comments: packetdrill plays one remote address', () => {
    const lines = script('syn-flood', 'server').split('\n');
    const forged = lines.filter((line) => line.includes('forged address 203.0.113.7'));
    expect(forged.length).toBeGreaterThan(0);
    expect(forged.every((line) => line.startsWith('// '))).toBe(true);
  });
});
