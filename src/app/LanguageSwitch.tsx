import { htmlLang, LOCALES, type Locale } from '../i18n/locale';
import { useT } from '../i18n/useT';
import { useSimActions } from '../store';
import { SegmentedControl } from '../ui/SegmentedControl';

export function LanguageSwitch() {
  const { t, locale } = useT();
  const { setLocale } = useSimActions();
  return (
    <SegmentedControl<Locale>
      legend={t('ui.language.label')}
      value={locale}
      // Each language is named in itself, so a reader who cannot read the page can still find theirs.
      options={LOCALES.map((l) => ({ value: l, label: t(`ui.language.${l}`), lang: htmlLang(l) }))}
      onChange={setLocale}
    />
  );
}
