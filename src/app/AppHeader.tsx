import { ScenarioPicker } from '../features/scenario-picker';
import { useT } from '../i18n/useT';
import { CopyLinkButton } from './CopyLinkButton';
import { LanguageSwitch } from './LanguageSwitch';
import { SeqModeSwitch } from './SeqModeSwitch';
import { ThemeSwitch } from './ThemeSwitch';

export function AppHeader() {
  const { t } = useT();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header__settings" role="group" aria-label={t('region.header')}>
        <ScenarioPicker />
        <LanguageSwitch />
        <SeqModeSwitch />
        <ThemeSwitch />
        <CopyLinkButton />
      </div>
    </header>
  );
}
