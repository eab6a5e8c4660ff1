import { useState } from 'react';
import { useT } from '../i18n/useT';
import { SegmentedControl } from '../ui/SegmentedControl';
import { useClientValue } from '../ui/useClientValue';
import { applyTheme, readStoredTheme, storeTheme, THEMES, type Theme } from './theme';

/** Theme is a device preference, not part of a shared moment, so it lives in localStorage, not the store. */
export function ThemeSwitch() {
  const { t } = useT();
  // The prerendered page has no saved choice: 'system' while hydrating, then the saved one.
  const stored = useClientValue(readStoredTheme, 'system');
  const [chosen, setTheme] = useState<Theme | null>(null);
  const theme = chosen ?? stored;
  return (
    <SegmentedControl<Theme>
      legend={t('ui.theme.label')}
      value={theme}
      options={THEMES.map((value) => ({ value, label: t(`ui.theme.${value}`) }))}
      onChange={(value) => {
        setTheme(value);
        storeTheme(value);
        applyTheme(value);
      }}
    />
  );
}
