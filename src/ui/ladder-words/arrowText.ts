import { DEFAULT_PORTS, type TraceSegment } from '../../engine';
import {
  formatDuration,
  formatFlags,
  formatIsnNote,
  formatNumbers,
  hasForeignNumber,
  segmentNumbers,
  type SeqContext,
  type Translate,
} from '../seq-format';
import type { ArrowLabelText } from '../../export/ladder/arrowLabel';
import type { LadderText } from '../../export/ladder/layout';
import type { MeasureText } from '../../export/ladder/textMeasure';
import type { TimerRun } from '../../export/ladder/timerRuns';

/** What an arrow writes (its label) and says (its accessible name). */
export interface ArrowText extends ArrowLabelText {
  /** Full sentence for screen readers: everything the label may have had to leave out. */
  readonly aria: string;
  /** The whole label in one line, exactly as the CLI and the exports write it. */
  readonly label: string;
  /** Hover text explaining what the label's marks mean, when it has any (a number shown as sent). */
  readonly tooltip: string | null;
}

/** The ports are worth writing only when they are not the usual ephemeral ↔ 80 pair. */
function unusualPorts(segment: TraceSegment): boolean {
  return segment.srcPort !== DEFAULT_PORTS[segment.from] || segment.dstPort !== DEFAULT_PORTS[segment.to];
}

/** Everything an arrow writes or says, in the user's language and sequence-number mode. */
export function arrowText(segment: TraceSegment, ctx: SeqContext, t: Translate): ArrowText {
  const flags = formatFlags(segment);
  const shown = segmentNumbers(segment, ctx);
  // The ISN goes with the extras: where a phone has no room, the layout drops it before seq/ack
  // (the TCB table still lists both ISNs). Written out in full, the label is the CLI's.
  const numbers = formatNumbers(shown, { withIsn: false });
  const label = `${flags} ${formatNumbers(shown)}`;
  const foreign = hasForeignNumber(shown);
  const remarks = storyRemarks(segment, t);
  const addressing = unusualAddressing(segment, t);
  const addr = segment.dstAddr;
  const lostSaid = addr !== undefined ? t('ladder.arrow.nobodyThereNote', { addr }) : t('ladder.arrow.lostNote');
  const said = remarks.said + addressing.said + (foreign ? t('seqFormat.foreignNote') : '') + (segment.lost ? lostSaid : '');
  return {
    flags,
    notes: remarks.notes,
    numbers,
    extras: [...(shown.isn === null ? [] : [formatIsnNote(shown.isn)]), ...addressing.extras],
    caption: segment.lost ? (addr !== undefined ? t('ladder.nobodyThere', { addr }) : t('ladder.lost')) : null,
    aria: t('ladder.arrow', {
      id: segment.id,
      label,
      from: t(`side.${segment.from}`),
      to: t(`side.${segment.to}`),
      notes: said,
    }),
    label,
    tooltip: foreign ? t('seqFormat.foreignTooltip') : null,
  };
}

/**
 * What the label notes about the segment's part in the story (resent, from an old connection or
 * an attacker, delayed, a duplicate), and the same said in words for a screen reader.
 */
function storyRemarks(segment: TraceSegment, t: Translate): { notes: string[]; said: string } {
  const notes: string[] = [];
  let said = '';
  if (segment.retransmission) {
    notes.push(t('ladder.retransmission'));
    said += t('ladder.arrow.retransmissionNote');
  }
  if (segment.origin === 'old-duplicate' || segment.origin === 'raw-socket') {
    notes.push(t(`ladder.origin.${segment.origin}`));
    said += t(segment.origin === 'old-duplicate' ? 'ladder.arrow.oldDuplicateNote' : 'ladder.arrow.rawSocketNote');
  }
  if (segment.origin === 'other-client') {
    const addr = segment.srcAddr ?? '?';
    notes.push(t('ladder.origin.other-client', { addr }));
    said += t('ladder.arrow.otherClientNote', { addr });
  } else if (segment.origin === 'spoofed' || (segment.srcAddr !== undefined && segment.origin !== 'endpoint')) {
    const addr = segment.srcAddr ?? '?';
    notes.push(t('ladder.origin.spoofed', { addr }));
    said += t('ladder.arrow.spoofedNote', { addr });
  }
  if (segment.fate === 'delay') {
    notes.push(t('ladder.delayed'));
    said += t('ladder.arrow.delayedNote');
  }
  if (segment.duplicateOf !== null) {
    notes.push(t('ladder.duplicate', { of: segment.duplicateOf }));
    said += t('ladder.arrow.duplicateNote', { of: segment.duplicateOf });
  }
  return { notes, said };
}

/** Ports and addresses, written only when they are not the usual pair of endpoints. */
function unusualAddressing(segment: TraceSegment, t: Translate): { extras: string[]; said: string } {
  const extras: string[] = [];
  let said = '';
  if (unusualPorts(segment)) {
    extras.push(t('ladder.ports', { src: segment.srcPort, dst: segment.dstPort }));
    said += t('ladder.arrow.portsNote', { src: segment.srcPort, dst: segment.dstPort });
  }
  const addr = segment.dstAddr;
  if (addr !== undefined && !segment.lost) {
    extras.push(t('ladder.toAddr', { addr }));
    said += t('ladder.arrow.toAddrNote', { addr });
  }
  return { extras, said };
}

/** A timer's name on the diagram: "RTO 2 s", "2MSL = 60 s (Linux)". */
export function timerLabel(run: TimerRun, t: Translate): string {
  const duration = formatDuration(run.durationMs, t);
  if (run.timer === 'retransmit') return t('ladder.timer.retransmit', { duration });
  return t(run.preset ? `ladder.timer.timeWait.${run.preset}` : 'ladder.timer.timeWait', { duration });
}

/** The diagram's words for the layout, built once per trace, language and number mode. */
export function ladderText(arrows: readonly ArrowText[], t: Translate, measure: MeasureText): LadderText {
  return {
    arrow: (segment) => arrows[segment.id - 1] as ArrowText,
    appEvent: (event, short) => t(short ? `ladder.appShort.${event}` : `app.${event}`),
    timer: (run) => timerLabel(run, t),
    // The widest countdown a timer note shows: seconds or milliseconds, whichever is longer in this language.
    timerStatusSample: (short) =>
      [t('seqFormat.seconds', { value: '10.0' }), formatDuration(900, t)]
        .map((remaining) => t(short ? 'ladder.timer.leftShort' : 'ladder.timer.left', { remaining }))
        .reduce((a, b) => (measure(b, 10) > measure(a, 10) ? b : a)),
    horizon: (timeMs) => t('ladder.horizon', { time: formatDuration(timeMs, t) }),
    source: (kind) => t(`ladder.source.${kind}`),
    counterfactual: t('ladder.counterfactual'),
    measure,
  };
}
