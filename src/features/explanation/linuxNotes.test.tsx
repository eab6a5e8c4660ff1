import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type Profile, type ScenarioId, type TraceStep } from '../../engine';
import { en } from '../../i18n/en';
import { translate } from '../../i18n/useT';
import { zhCore } from '../../i18n/zh';
import { zhView } from '../../i18n/zh/view';
import { zhDetails } from '../../i18n/zh/details';
import { ExplanationView } from './ExplanationView';
import { labSynSchedule } from './linuxNotes';

const tEn = (key: string, params?: Record<string, string | number>) => translate(en, key, params);
const zh = { ...zhCore, ...zhView, ...zhDetails };
const tZh = (key: string, params?: Record<string, string | number>) => translate(zh, key, params);

/** The "On Linux" note shown at the first step of a scenario that matches, and that step. */
function linuxNoteAt(scenario: ScenarioId, matches: (step: TraceStep) => boolean, t = tEn, synCookies = false) {
  const trace = simulateScenario(scenario, { ...DEFAULT_OPTIONS, synCookies });
  const step = trace.steps.find(matches);
  if (!step) throw new Error(`no such step in ${scenario}`);
  const { container, unmount } = render(<ExplanationView trace={trace} cursor={step.index + 1} seqMode="relative" t={t} />);
  const note = container.querySelector('.explanation__linux')?.textContent ?? null;
  unmount();
  return note;
}

describe('the explanation says where a real Linux kernel differs (measured, scripts/kernel)', () => {
  it('a resent SYN: Linux 10 retries at 1, 1, 1, 1, 1, 2, 4, 8, 16, 32 s and 134 s; the lab’s own schedule as the engine runs it', () => {
    const note = linuxNoteAt('syn-lost', (s) => s.rule === 'retransmit');
    expect(note).toContain('10 times, after waits of 1, 1, 1, 1, 1, 2, 4, 8, 16 and 32 s');
    expect(note).toContain('about 134 s');
    expect(note).toContain('6 retries after 1, 2, 4, 8, 16 and 32 s');
    const { labSchedule, labGiveUp } = labSynSchedule();
    expect(note).toContain(`resends an unanswered SYN ${labSchedule.join(', ')} s after the first`);
    expect(note).toContain(`gives up at ${labGiveUp} s`);
  });

  it('the lab’s SYN schedule doubles each wait and keeps trying for at least 3 minutes (MUST-23)', () => {
    const { labSchedule, labGiveUp } = labSynSchedule();
    const waits = labSchedule.map((at, i) => at - (labSchedule[i - 1] ?? 0));
    expect(waits.slice(1).every((wait, i) => wait === 2 * (waits[i] ?? 0))).toBe(true);
    expect(labGiveUp).toBeGreaterThanOrEqual(180);
  });

  it('a repeated SYN in SYN-RECEIVED: the RFC’s bare ACK here, Linux resends its SYN,ACK', () => {
    const note = linuxNoteAt('syn-ack-lost', (s) => s.from === 'SYN-RECEIVED' && s.input.kind === 'segment' && s.side === 'server');
    expect(note).toMatch(/with its SYN,ACK once more, not with a bare ACK/);
  });

  it('a resent FIN: 1 s by RFC 6298’s minimum RTO, about 200 ms plus the RTT on Linux (TCP_RTO_MIN)', () => {
    const note = linuxNoteAt('fin-lost', (s) => s.rule === 'retransmit');
    expect(note).toContain('RFC 6298 never lets the retransmission timeout fall below 1 s');
    expect(note).toContain('200 ms (TCP_RTO_MIN)');
  });

  it('FIN-WAIT-1 → TIME-WAIT on one FIN+ACK: FIN-WAIT-2 for about 7 µs, not skipped', () => {
    const note = linuxNoteAt('close-fin-ack', (s) => s.from === 'FIN-WAIT-1' && s.to === 'TIME-WAIT');
    expect(note).toContain('the instant in FIN-WAIT-2 between taking the ACK and the FIN');
    expect(note).toContain('about 7 µs');
  });

  it('a full SYN queue: Linux drops only with cookies off, its default answers with cookies', () => {
    const note = linuxNoteAt('syn-flood', (s) => s.rule === 'listen-backlog-full');
    expect(note).toContain('only with SYN cookies off');
    expect(note).toContain('cookie SYN,ACK');
  });

  it('speaks Chinese too, with the lab’s schedule as a Chinese list', () => {
    const note = linuxNoteAt('syn-lost', (s) => s.rule === 'retransmit', tZh);
    expect(note).toContain(`第 ${labSynSchedule().labSchedule.join('、')} 秒重发`);
    expect(note).toContain('约 134 秒');
  });

  it('says nothing where Linux does what the lab shows', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const notes = trace.steps.map((step) => {
      const { container, unmount } = render(<ExplanationView trace={trace} cursor={step.index + 1} seqMode="relative" t={tEn} />);
      const found = container.querySelector('.explanation__linux');
      unmount();
      return found;
    });
    expect(notes.filter(Boolean)).toEqual([]);
  });
});

/** The profile note at the first matching step: its title and text, and which profile it speaks of. */
function profileNoteAt(scenario: ScenarioId, profile: Profile, matches: (step: TraceStep) => boolean, t = tEn) {
  const trace = simulateScenario(scenario, { ...DEFAULT_OPTIONS, profile });
  const step = trace.steps.find(matches);
  if (!step) throw new Error(`no such step in ${scenario} under ${profile}`);
  const { container, unmount } = render(<ExplanationView trace={trace} cursor={step.index + 1} seqMode="relative" t={t} />);
  const found = container.querySelector<HTMLElement>('.explanation__linux');
  const note = found && { about: found.dataset.profileNote, text: found.textContent ?? '' };
  unmount();
  return note;
}

describe('where the profiles differ, the explanation says what the other would do', () => {
  const cases: readonly {
    name: string;
    scenario: ScenarioId;
    matches: (step: TraceStep) => boolean;
    underRfc: RegExp;
    underLinux: RegExp;
  }[] = [
    {
      name: 'a repeated SYN in SYN-RECEIVED',
      scenario: 'syn-ack-lost',
      matches: (s) => s.side === 'server' && s.from === 'SYN-RECEIVED' && s.input.kind === 'segment' && s.to === 'SYN-RECEIVED',
      underRfc: /Linux answers a repeated SYN in SYN-RECEIVED with its SYN,ACK once more/,
      underLinux: /^RFC 9293 instead: RFC 9293 §3\.10\.7\.4 answers a repeated SYN in SYN-RECEIVED with a bare ACK/,
    },
    {
      name: 'a resent FIN',
      scenario: 'fin-lost',
      matches: (s) => s.rule === 'retransmit',
      underRfc: /Linux’s minimum is 200 ms/,
      underLinux: /never lets the retransmission timeout fall below 1 s\. .*so it resent after 0\.6 s/,
    },
    {
      name: 'abort()',
      scenario: 'abort',
      matches: (s) => s.rule === 'abort-send-rst',
      underRfc: /^On Linux: Linux sends RST,ACK here/,
      underLinux: /^RFC 9293 instead: RFC 9293 §3\.10\.5 sends a bare RST/,
    },
    {
      name: "simultaneous open's crossing SYN,ACK",
      scenario: 'simultaneous-open',
      matches: (s) => s.from === 'SYN-RECEIVED' && s.to === 'ESTABLISHED',
      underRfc: /Linux answers this SYN,ACK with an ACK/,
      underLinux: /RFC 9293 sends nothing here/,
    },
    {
      name: 'the ACK of a FIN',
      scenario: 'close',
      matches: (s) => s.side === 'server' && s.from === 'CLOSE-WAIT' && s.to === 'CLOSE-WAIT',
      underRfc: /Linux sends the ACK of a FIN as the application reads end-of-file/,
      underLinux: /The RFC profile holds this ACK for its 40 ms delayed-ACK timer/,
    },
    {
      name: 'a resent SYN',
      scenario: 'syn-lost',
      matches: (s) => s.rule === 'retransmit',
      underRfc: /A current Linux kernel \(6\.18 measured\) resends it 10 times/,
      underLinux:
        /RFC 6298 doubles the wait after every retry: .* resends the SYN 1, 3, 7, 15, 31, 63, 127 s after the first and gives up at 247 s/,
    },
    {
      name: 'a new SYN while the server is in TIME-WAIT',
      scenario: 'time-wait-reuse',
      matches: (s) => s.side === 'server' && s.from === 'TIME-WAIT' && s.input.kind === 'segment',
      underRfc: /Linux would end TIME-WAIT here and hand this SYN to the listening socket as a new connection/,
      underLinux: /^RFC 9293 instead: RFC 9293 read to the letter keeps the old connection in TIME-WAIT and answers this SYN with an ACK/,
    },
    {
      name: 'the third forged SYN at a listener with backlog 2',
      scenario: 'syn-flood',
      matches: (s) => s.rule === 'listen-backlog-full' || (s.rule === 'listen-syn-queued' && s.params.queued === 3),
      underRfc: /Its queue also holds one more half-open connection than the backlog/,
      underLinux:
        /^RFC 9293 instead: listen\(\) was given a backlog of 2, yet this is place 3 in the queue .* would find the queue full here/,
    },
    {
      name: 'entering TIME-WAIT',
      scenario: 'close',
      matches: (s) => s.to === 'TIME-WAIT' && s.from !== 'TIME-WAIT',
      underRfc: /^$/,
      underLinux: /Linux holds TIME-WAIT for a fixed 60 s/,
    },
  ];

  it.each(cases)('$name: under RFC 9293 the Linux way, under Linux the RFC way', ({ scenario, matches, underRfc, underLinux }) => {
    expect(profileNoteAt(scenario, 'rfc9293', matches)?.text ?? '').toMatch(underRfc);
    const linux = profileNoteAt(scenario, 'linux', matches);
    expect(linux?.about).toBe('rfc9293');
    expect(linux?.text).toMatch(underLinux);
  });

  it.each(cases)('$name: in Chinese too, with every placeholder filled', ({ scenario, matches }) => {
    const note = profileNoteAt(scenario, 'linux', matches, tZh);
    expect(note?.text).toMatch(/^按 RFC 9293：/);
    expect(note?.text).not.toMatch(/[{}]/);
  });
});

describe('the start of a run says which behaviour it follows', () => {
  const startText = (profile: Profile, t = tEn) => {
    const trace = simulateScenario('close', { ...DEFAULT_OPTIONS, profile });
    const { container, unmount } = render(<ExplanationView trace={trace} cursor={0} seqMode="relative" t={t} />);
    const text = container.textContent ?? '';
    unmount();
    return text;
  };

  it('under Linux it says so and where the RFC notes are; under RFC 9293 nothing is added', () => {
    expect(startText('linux')).toContain('This run makes a Linux kernel’s choices (Options → Behaviour).');
    expect(startText('linux', tZh)).toContain('本次运行采用 Linux 内核的做法');
    expect(startText('rfc9293')).not.toContain('Linux kernel’s choices');
  });
});
