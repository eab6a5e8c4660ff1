import { useId, useState } from 'react';
import { offersComparison } from '../features/lessons';
import { ScenarioPicker } from '../features/scenario-picker';
import { useT } from '../i18n/useT';
import { useSim } from '../store';
import { lazyPart } from '../ui/lazyPart';
import { CopyLinkButton } from './CopyLinkButton';
import type { HeaderDialogId } from './HeaderDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { SeqModeSwitch } from './SeqModeSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import './appHeader.css';

const loadHeaderDialog = () => import('./HeaderDialog');
const HeaderDialog = lazyPart(loadHeaderDialog);

export function AppHeader() {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  const [open, setOpen] = useState<HeaderDialogId | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();

  const tool = (which: HeaderDialogId, labelKey: string, icon?: 'sliders', place = '') => (
    <button
      type="button"
      className={`command app-header__tool${icon ? ' app-header__tool--icon' : ''}${place}`}
      aria-haspopup="dialog"
      title={icon ? t(labelKey) : undefined}
      // Start fetching the dialog's code as soon as a click looks likely.
      onPointerEnter={() => void loadHeaderDialog()}
      onFocus={() => void loadHeaderDialog()}
      onClick={() => setOpen(which)}
    >
      {icon && <SlidersIcon />}
      <span className="app-header__tool-label">{t(labelKey)}</span>
    </button>
  );

  return (
    <header className={moreOpen ? 'app-header app-header--more-open' : 'app-header'}>
      <div className="app-header__brand">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
        {/* Under the title, where the tagline sits on big screens: no extra header row on a laptop. */}
        <div className="app-header__tools" role="group" aria-label={t('ui.tools.label')}>
          {tool('whatIf', 'ui.whatIf.open')}
          {tool('learn', 'ui.learn.open')}
          {offersComparison(scenario) && tool('compare', 'ui.compare.open')}
          {/* Where the header is one row (a 1024×768 projector), Export folds into More settings instead. */}
          {tool('export', 'figures.open', undefined, ' app-header__tool--unfolded')}
          {tool('options', 'ui.options.open', 'sliders')}
        </div>
      </div>
      <div className="app-header__settings" role="group" aria-label={t('region.header')}>
        <ScenarioPicker />
        {/*
          Where the header has no room for one row (a phone, a 1024×768 projector), the settings a
          lesson rarely changes fold behind a disclosure button; wider screens show them inline and
          never see the button (CSS).
        */}
        <button
          type="button"
          className="command app-header__more-toggle"
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen((o) => !o)}
        >
          <SlidersIcon />
          <span>{t('ui.header.more')}</span>
        </button>
        <div className="app-header__more" id={moreId}>
          <LanguageSwitch />
          <SeqModeSwitch />
          <ThemeSwitch />
          <CopyLinkButton />
          {tool('export', 'figures.open', undefined, ' app-header__tool--folded')}
        </div>
      </div>
      {open && (
        <HeaderDialog which={open} onClosed={() => setOpen(null)} />
      )}
    </header>
  );
}

/** Decorative: the button keeps its name in text, hidden only where the header is tight. */
function SlidersIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
        <circle cx="15" cy="6" r="2" />
        <circle cx="9" cy="12" r="2" />
        <circle cx="17" cy="18" r="2" />
      </g>
    </svg>
  );
}
