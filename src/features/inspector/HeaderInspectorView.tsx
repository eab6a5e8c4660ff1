import { useState, type CSSProperties } from 'react';
import { hasFlag, type ControlBit, type Trace, type TraceSegment } from '../../engine';
import {
  formatSegmentLabel,
  segmentNumbers,
  seqContext,
  type SeqContext,
  type SeqMode,
  type ShownSeq,
  type Translate,
} from '../../ui/seq-format';
import { HEADER_ROWS, dataOffset, optionBytes, type FieldName, type HeaderCell } from './headerFields';
import './inspector.css';

export interface HeaderInspectorViewProps {
  readonly trace: Trace;
  readonly segment: TraceSegment | null;
  /** The learner picked this segment (otherwise it is the latest one sent). */
  readonly selected: boolean;
  readonly seqMode: SeqMode;
  readonly t: Translate;
}

type Focus = { readonly kind: 'field'; readonly name: FieldName } | { readonly kind: 'flag'; readonly bit: ControlBit };

/**
 * The segment's header in the RFC 9293 §3.1 bit layout. Every field is a button: hovering,
 * focusing or tapping it explains it below. The ACK field is shown even when the ACK bit is 0,
 * greyed and marked not valid — the difference between the ack *number* and the ACK *bit*.
 */
export function HeaderInspectorView({ trace, segment, selected, seqMode, t }: HeaderInspectorViewProps) {
  const [focus, setFocus] = useState<Focus | null>(null);
  if (!segment) return <p className="inspector__empty">{t('inspector.none')}</p>;

  const ctx = seqContext(seqMode, trace);
  const describe = focus ? (focus.kind === 'field' ? t(`field.${focus.name}.desc`) : t(`flag.${focus.bit}.desc`)) : t('inspector.hint');
  const show = (next: Focus) => () => setFocus(next);

  const cells = HEADER_ROWS.map((row) => [...row]);
  if (optionBytes(segment) > 0) cells.push([{ kind: 'field', name: 'options', bits: 32 }]);

  return (
    <figure className="inspector">
      <figcaption className="inspector__caption">
        <span className="inspector__title">{t('inspector.title', { id: segment.id })}</span>{' '}
        <code className="inspector__label">{formatSegmentLabel(segment, ctx)}</code>
        <span className="inspector__source">{t(selected ? 'inspector.selected' : 'inspector.latest')}</span>
      </figcaption>
      <div className="inspector__scale" aria-hidden="true">
        {[0, 8, 16, 24, 31].map((bit) => (
          <span key={bit} style={{ gridColumn: `${bit + 1} / span 1` }}>
            {bit}
          </span>
        ))}
      </div>
      <div className="inspector__rows" role="group" aria-label={t('inspector.bitScale')}>
        {cells.map((row, i) => (
          <div className="inspector__row" key={i}>
            {row.map((cell) => (
              <Cell key={cell.kind === 'flag' ? cell.bit : cell.name} cell={cell} segment={segment} ctx={ctx} t={t} onShow={show} />
            ))}
          </div>
        ))}
      </div>
      <p className={focus ? 'inspector__desc' : 'inspector__desc inspector__desc--hint'} aria-live="polite">
        {describe}
      </p>
      {/* The ports note describes the built-in runs; a capture's ports are its own. */}
      {!trace.inference && <p className="inspector__note">{t('inspector.portsNote')}</p>}
    </figure>
  );
}

interface CellProps {
  readonly cell: HeaderCell;
  readonly segment: TraceSegment;
  readonly ctx: SeqContext;
  readonly t: Translate;
  readonly onShow: (focus: Focus) => () => void;
}

function Cell({ cell, segment, ctx, t, onShow }: CellProps) {
  if (cell.kind === 'flag') {
    const set = hasFlag(segment, cell.bit);
    const handler = onShow({ kind: 'flag', bit: cell.bit });
    return (
      <button
        type="button"
        className={`inspector__cell inspector__flag${set ? ' inspector__flag--set' : ''}`}
        style={{ '--bits': 1 } as CSSProperties}
        aria-label={t(set ? 'inspector.flagSet' : 'inspector.flagClear', { bit: cell.bit })}
        onFocus={handler}
        onMouseEnter={handler}
        onClick={handler}
      >
        <span className="inspector__flag-name">{cell.bit}</span>
        <span className="inspector__flag-bit">{set ? 1 : 0}</span>
      </button>
    );
  }
  const { text, note, invalid, prose } = fieldValue(cell.name, segment, ctx, t);
  const name = t(`inspector.field.${cell.name}`);
  const handler = onShow({ kind: 'field', name: cell.name });
  const style = { '--bits': cell.bits } as CSSProperties;
  return (
    <button
      type="button"
      className={`inspector__cell inspector__field inspector__field--${cell.name}${invalid ? ' inspector__field--invalid' : ''}`}
      style={style}
      aria-label={t('inspector.fieldValue', { name, value: note ? `${text} ${note}` : text })}
      onFocus={handler}
      onMouseEnter={handler}
      onClick={handler}
    >
      <span className="inspector__field-name">{name}</span>
      <span className={prose ? 'inspector__field-value inspector__field-value--prose' : 'inspector__field-value'}>
        {text}
        {note && <span className="inspector__field-note"> {note}</span>}
      </span>
    </button>
  );
}

function fieldValue(
  name: FieldName,
  segment: TraceSegment,
  ctx: SeqContext,
  t: Translate,
): { text: string; note?: string; invalid?: boolean; prose?: boolean } {
  const numbers = segmentNumbers(segment, ctx);
  // The wire value is always written; relative mode adds how the diagram counts it, or why it cannot.
  const relative = (shown: ShownSeq | null) =>
    ctx.mode !== 'relative' || shown === null
      ? undefined
      : shown.foreign
        ? t('inspector.foreign')
        : t('inspector.relative', { value: shown.value });
  switch (name) {
    case 'srcPort':
      return { text: String(segment.srcPort) };
    case 'dstPort':
      return { text: String(segment.dstPort) };
    case 'seq':
      return { text: String(segment.seq), note: relative(numbers.seq) };
    case 'ack':
      return segment.ack === null
        ? { text: '0', note: t('inspector.ackInvalid'), invalid: true }
        : { text: String(segment.ack), note: relative(numbers.ack) };
    case 'dataOffset': {
      const words = dataOffset(segment);
      return { text: String(words), note: t('inspector.words', { bytes: words * 4 }) };
    }
    case 'reserved':
    case 'urgentPointer':
      return { text: '0' };
    case 'flags':
      return { text: segment.flags.join(' ') };
    case 'window':
      return { text: String(segment.window) };
    case 'checksum':
      return { text: t('inspector.checksumValue'), prose: true };
    case 'options': {
      const options = segment.options ?? {};
      const parts: string[] = [];
      if (options.mss !== undefined) parts.push(t('inspector.options.mss', { value: options.mss }));
      if (options.sackPermitted) parts.push(t('inspector.options.sackPermitted'));
      if (options.windowScale !== undefined) parts.push(t('inspector.options.windowScale', { value: options.windowScale }));
      return { text: parts.length > 0 ? parts.join(', ') : t('inspector.options.none') };
    }
  }
}
