import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_LIMITS } from '../src/engine';
import { isControlCharacter, readTraceArgs } from './traceArgs';

const error = (argv: string[]) => {
  const args = readTraceArgs(argv);
  expect(args.kind).toBe('error');
  return args.kind === 'error' ? args.message : '';
};

describe('trace CLI arguments: as strict as the Options dialog and the link', () => {
  it('reads a full command line', () => {
    expect(
      readTraceArgs([
        'close',
        '--format',
        'text',
        '--relative',
        '--isn',
        'random',
        '--seed',
        '42',
        '--latency',
        '250',
        '--time-wait',
        '5000',
        '--syn-cookies',
      ]),
    ).toEqual({
      kind: 'run',
      id: 'close',
      format: 'text',
      relative: true,
      options: { ...DEFAULT_OPTIONS, isnMode: 'random', seed: 42, latencyMs: 250, timeWaitMs: 5000, synCookies: true },
      viewpoint: { side: 'client', ipVersion: 4 },
    });
  });

  it('pcap and packetdrill take the host’s point of view; pcap also an IP version', () => {
    const pcap = readTraceArgs(['close', '--format', 'pcap', '--side', 'server', '--ipv6']);
    expect(pcap).toMatchObject({ kind: 'run', format: 'pcap', viewpoint: { side: 'server', ipVersion: 6 } });
    const drill = readTraceArgs(['close', '--format', 'packetdrill', '--side', 'server']);
    expect(drill).toMatchObject({ kind: 'run', format: 'packetdrill', viewpoint: { side: 'server', ipVersion: 4 } });
  });

  it('--side and --ipv6 are refused where the format has no point of view or IP layer', () => {
    expect(error(['close', '--side', 'server'])).toBe('--side applies to --format pcap or packetdrill, not json');
    expect(error(['close', '--format', 'packetdrill', '--ipv6'])).toBe('--ipv6 applies to --format pcap, not packetdrill');
    expect(error(['close', '--format', 'pcap', '--side', 'middle'])).toBe('--side must be one of client, server, got "middle"');
    expect(error(['--pcap', 'x.pcap', '--side', 'client'])).toContain('--side');
  });

  it('--profile linux runs the Linux profile; the default is RFC 9293', () => {
    const linux = readTraceArgs(['syn-ack-lost', '--profile', 'linux']);
    expect(linux.kind === 'run' && linux.options.profile).toBe('linux');
    const plain = readTraceArgs(['syn-ack-lost']);
    expect(plain.kind === 'run' && plain.options.profile).toBe('rfc9293');
  });

  it.each(['bsd', 'Linux', '', 'linux ', '__proto__', 'rfc793'])('--profile %j is refused, naming the two profiles', (value) => {
    const message = error(['close', '--profile', value]);
    expect(message).toMatch(/^--profile must be one of rfc9293, linux/);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['--latency', '1e300'],
    ['--latency', '0x10'],
    ['--latency', String(OPTION_LIMITS.latencyMs.max + 1)],
    ['--latency', String(OPTION_LIMITS.latencyMs.min - 1)],
    ['--time-wait', '1e300'],
    ['--time-wait', String(OPTION_LIMITS.timeWaitMs.max + 1)],
    ['--seed', ''],
    ['--seed', String(2 ** 32)],
    ['--seed', '1.5'],
  ])('%s %s is refused with the range it accepts', (flag, value) => {
    const message = error(['close', flag, value]);
    expect(message).toContain(flag);
    expect(message).toMatch(/whole number from \d+ to \d+/);
  });

  it('--seed=-1 is refused; --seed -1 reads as a missing value, on one line', () => {
    expect(error(['close', '--seed=-1'])).toMatch(/--seed needs a whole number from 0 to 4294967295/);
    expect(error(['close', '--seed', '-1'])).not.toContain('\n');
  });

  it('--json with another --format asks for one format', () => {
    expect(error(['close', '--json', '--format', 'text'])).toContain('two formats');
    expect(readTraceArgs(['close', '--json', '--format', 'json'])).toMatchObject({ kind: 'run', format: 'json' });
  });

  it('an unknown id is quoted with its control characters escaped, never echoed raw', () => {
    const message = error(['\u001b[31mred\u001b[0m\u009b2J']);
    expect(message).toContain('unknown scenario');
    expect([...message].filter(isControlCharacter)).toEqual([]);
    expect(message).toContain('\\u001b[31mred');
  });

  it('an unknown option or a second scenario is one clear line', () => {
    expect(error(['close', '--fast'])).toContain('--fast');
    expect(error(['close', 'handshake'])).toContain('one scenario at a time');
    expect(error([])).toBe('missing scenario id');
  });

  describe('--pcap: a capture instead of a scenario', () => {
    it('lists connections by default, as JSON unless text is asked for', () => {
      expect(readTraceArgs(['--pcap', 'x.pcap'])).toEqual({ kind: 'pcap', file: 'x.pcap', view: { kind: 'list' }, format: 'json' });
      expect(readTraceArgs(['--pcap', 'x.pcap', '--list', '--format', 'text'])).toEqual({
        kind: 'pcap',
        file: 'x.pcap',
        view: { kind: 'list' },
        format: 'text',
      });
    });

    it('--stream N picks one connection', () => {
      expect(readTraceArgs(['--pcap', 'x.pcap', '--stream', '3', '--json'])).toEqual({
        kind: 'pcap',
        file: 'x.pcap',
        view: { kind: 'stream', stream: 3 },
        format: 'json',
      });
      expect(readTraceArgs(['--pcap', 'x.pcap', '--stream', '0', '--format', 'mermaid'])).toEqual({
        kind: 'pcap',
        file: 'x.pcap',
        view: { kind: 'stream', stream: 0 },
        format: 'mermaid',
      });
    });

    it.each([
      [['--pcap', 'x.pcap', '--stream=-1'], 'connection number'],
      [['--pcap', 'x.pcap', '--stream', '1.5'], 'connection number'],
      [['--pcap', 'x.pcap', '--list', '--stream', '0'], 'two views'],
      [['--pcap', 'x.pcap', '--format', 'mermaid'], '--format mermaid draws one connection: add --stream N'],
      [['--pcap', 'x.pcap', '--format', 'svg'], '--format must be one of json, text, mermaid'],
      [['--pcap', 'x.pcap', '--json', '--format', 'text'], 'two formats'],
      [['--pcap', 'x.pcap', 'close'], 'not a scenario'],
      [['--pcap', 'x.pcap', '--seed', '4', '--syn-cookies'], '--seed, --syn-cookies set up a simulated run'],
      [['--pcap', ''], '--pcap needs a file name'],
      [['--list'], '--list needs a capture'],
      [['close', '--stream', '0'], '--stream needs a capture'],
    ])('%j is refused: %s', (argv, text) => {
      const message = error(argv);
      expect(message).toContain(text);
      expect(message).not.toContain('\n');
    });
  });
});

describe('--backlog', () => {
  it('sets the listen backlog within its range and refuses anything else on one line', () => {
    expect(readTraceArgs(['reconnect', '--backlog', '16'])).toMatchObject({ kind: 'run', options: { backlog: 16 } });
    const refused = readTraceArgs(['reconnect', '--backlog', '0']);
    expect(refused.kind).toBe('error');
    expect(refused.kind === 'error' ? refused.message : '').not.toContain('\n');
  });
});

describe('trace CLI arguments for an SVG figure', () => {
  it('reads language, theme and step with --format svg; English, light and the whole run by default', () => {
    expect(readTraceArgs(['close', '--format', 'svg', '--lang', 'zh', '--theme', 'dark', '--step', '4'])).toMatchObject({
      kind: 'run',
      format: 'svg',
      figure: { locale: 'zh', theme: 'dark', upTo: 4 },
    });
    expect(readTraceArgs(['close', '--format', 'svg'])).toMatchObject({ figure: { locale: 'en', theme: 'light', upTo: undefined } });
  });

  it.each([
    [['close', '--format', 'svg', '--lang', 'fr'], '--lang must be one of en, zh, got "fr"'],
    [['close', '--format', 'svg', '--theme', 'blue'], '--theme must be one of light, dark, got "blue"'],
    [['close', '--format', 'svg', '--step', 'four'], '--step needs a whole number from 0 to 100000, got "four"'],
    [['close', '--format', 'pdf'], '--format must be one of json, text, mermaid, pcap, packetdrill, svg, got "pdf"'],
    [['close', '--format', 'png'], '--format png is not offered: print --format svg and convert it'],
    [['close', '--theme', 'dark'], '--theme shapes an SVG figure: add --format svg'],
    [['close', '--format', 'text', '--lang', 'zh', '--step', '2'], '--lang, --step shape an SVG figure: add --format svg'],
  ])('%j is refused: %s', (argv, message) => {
    expect(error(argv)).toContain(message);
  });
});
