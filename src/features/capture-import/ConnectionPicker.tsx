import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { CapturedConnection } from '../../capture';
import { readWholeNumber } from '../../engine';
import type { MessageKey, TFunction as Translate } from '../../i18n';
import { useT } from '../../i18n/useT';
import type { CaptureOverview } from './captureReading';
import { endpointText } from './captureText';

const seconds = (us: number) => (us / 1e6).toFixed(3);

/** The table's columns: one list for the header and the rows, so the two cannot drift apart. */
const COLUMNS: readonly {
  readonly key: MessageKey;
  readonly className?: string;
  readonly value: (c: CapturedConnection, t: Translate) => ReactNode;
}[] = [
  { key: 'captureImport.picker.stream', value: (c) => c.stream },
  {
    key: 'captureImport.picker.client',
    className: 'capture-picker__addr',
    value: (c, t) => (
      <>
        {endpointText(c.client)}
        {!c.clientFromSyn && <span className="capture-picker__guess"> {t('captureImport.picker.guessed')}</span>}
      </>
    ),
  },
  { key: 'captureImport.picker.server', className: 'capture-picker__addr', value: (c) => endpointText(c.server) },
  { key: 'captureImport.picker.packets', className: 'capture-picker__number', value: (c) => c.packets },
  { key: 'captureImport.picker.first', className: 'capture-picker__number', value: (c) => seconds(c.firstUs) },
  { key: 'captureImport.picker.last', className: 'capture-picker__number', value: (c) => seconds(c.lastUs) },
  { key: 'captureImport.picker.end', value: (c, t) => t(`captureImport.end.${c.end}`) },
];

/**
 * The TCP connections of a capture, numbered as Wireshark's tcp.stream, one row each: who talked
 * to whom, how many packets, when, and how it ended. Each row's button plays that connection.
 * On a phone each connection becomes a card, each value beside its column's name (captureImport.css).
 */
export function ConnectionPicker({
  overview,
  onPick,
  onCancel,
}: {
  readonly overview: CaptureOverview;
  readonly onPick: (stream: number) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useT();
  const caption = t('captureImport.picker.caption', { file: overview.fileName });
  return (
    <div className="capture-picker">
      {/* Before the rows: on a phone, a hundred cards would push it out of reach. */}
      {overview.connectionCount > overview.connections.length && (
        <StreamByNumber listed={overview.connections.length} count={overview.connectionCount} onPick={onPick} />
      )}
      <table className="capture-picker__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead className="visually-hidden-when-tight">
          <tr>
            {COLUMNS.map(({ key, className }) => (
              <th key={key} scope="col" className={className}>
                {t(key)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('captureImport.picker.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.connections.map((c) => (
            <tr key={c.stream}>
              {COLUMNS.map(({ key, className, value }, column) => {
                // The stream number names its row; on a phone each cell shows its column's name.
                const Cell = column === 0 ? 'th' : 'td';
                return (
                  <Cell key={key} scope={column === 0 ? 'row' : undefined} className={className} data-label={t(key)}>
                    {value(c, t)}
                  </Cell>
                );
              })}
              <td>
                <button type="button" className="command command--primary" onClick={() => onPick(c.stream)}>
                  {t('captureImport.picker.choose', { stream: c.stream })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="capture-picker__actions">
        <button type="button" className="command" onClick={onCancel}>
          {t('captureImport.picker.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Past the listed rows: any connection by its stream number, checked before it is asked for. */
function StreamByNumber({
  listed,
  count,
  onPick,
}: {
  readonly listed: number;
  readonly count: number;
  readonly onPick: (stream: number) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [wrong, setWrong] = useState(false);
  const max = count - 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readWholeNumber(text, { min: 0, max });
    setWrong(!reading.ok);
    if (reading.ok) onPick(reading.value);
  };
  return (
    <form className="capture-picker__number-form" onSubmit={submit}>
      <p>{t('captureImport.picker.more', { listed, count })}</p>
      <label htmlFor={id}>{t('captureImport.picker.number', { max })}</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-error` : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" className="command">
        {t('captureImport.picker.watch')}
      </button>
      <p id={`${id}-error`} role="alert" className="capture-picker__error">
        {wrong ? t('captureImport.picker.badNumber', { max }) : ''}
      </p>
    </form>
  );
}
