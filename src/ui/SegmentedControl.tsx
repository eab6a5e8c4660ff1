import { useId } from 'react';

export interface SegmentOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Language of the label, when it differs from the page (e.g. "中文" on an English page). */
  readonly lang?: string;
}

interface Props<T extends string> {
  readonly legend: string;
  readonly value: T;
  readonly options: readonly SegmentOption<T>[];
  readonly onChange: (value: T) => void;
}

/**
 * A row of mutually exclusive choices. Native radios: arrow keys move between them, screen
 * readers say "2 of 3", and the keyboard shortcuts leave them alone (they are inputs).
 */
export function SegmentedControl<T extends string>({ legend, value, options, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend visually-hidden-when-tight">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option" lang={option.lang}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
