import { useEffect, useId, useRef, useState } from 'react';
import { CaptureImport, type CaptureImportHandle } from '../features/capture-import';
// Not the feature's index: that would bring the notes beside the diagram (a lazily loaded panel) into the app's bundle.
import { offersComparison } from '../features/lessons/compareScenarios';
import { ScenarioPicker } from '../features/scenario-picker';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useSim } from '../store';
import { announceAnswering } from '../ui/appLive';
import { CopyLinkButton } from './CopyLinkButton';
import { DialogOpener } from './DialogOpener';
import type { HeaderDialogId } from './HeaderDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { SeqModeSwitch } from './SeqModeSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import './appHeader.css';

export function AppHeader() {
  const [moreOpen, setMoreOpen] = useState(false);
  // Input kept before the app was live waits for this on the prerendered page (ui/appLive.ts).
  useEffect(() => announceAnswering(window, 'header'), []);
  return (
    <header className={moreOpen ? 'app-header app-header--more-open' : 'app-header'}>
      <Brand />
      <Settings moreOpen={moreOpen} toggleMore={() => setMoreOpen((o) => !o)} />
    </header>
  );
}

/** The title, the tagline and, under them, the buttons that open the header's dialogs. */
function Brand() {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  return (
    <div className="app-header__brand">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <p className="app-header__tagline">{t('app.tagline')}</p>
      {/* Under the title, where the tagline sits on big screens: no extra header row on a laptop. */}
      <div className="app-header__tools" role="group" aria-label={t('ui.tools.label')}>
        <DialogButton which="whatIf" labelKey="ui.whatIf.open" />
        <DialogButton which="learn" labelKey="ui.learn.open" />
        {offersComparison(scenario) && <DialogButton which="compare" labelKey="ui.compare.open" />}
        <DialogButton which="options" labelKey="ui.options.open" icon />
      </div>
    </div>
  );
}

interface DialogButtonProps {
  readonly which: HeaderDialogId;
  readonly labelKey: MessageKey;
  /** Shown as the sliders icon where the header is tight; the label stays as its name and tooltip. */
  readonly icon?: boolean;
  /** A class saying where the button shows (Export is in the tools or behind More settings). */
  readonly place?: string;
}

function DialogButton({ which, labelKey, icon = false, place = '' }: DialogButtonProps) {
  const { t } = useT();
  return (
    <DialogOpener
      which={which}
      className={`command app-header__tool${icon ? ' app-header__tool--icon' : ''}${place}`}
      title={icon ? t(labelKey) : undefined}
    >
      {icon && <SlidersIcon />}
      <span className="app-header__tool-label">{t(labelKey)}</span>
    </DialogOpener>
  );
}

/** The scenario picker, and the settings a lesson rarely changes. */
interface SettingsProps {
  readonly moreOpen: boolean;
  readonly toggleMore: () => void;
}

function Settings({ moreOpen, toggleMore }: SettingsProps) {
  const { t } = useT();
  const moreId = useId();
  const captureImport = useRef<CaptureImportHandle>(null);
  return (
    <div className="app-header__settings" role="group" aria-label={t('region.header')}>
      <ScenarioPicker onOpenCapture={() => captureImport.current?.open()} />
      <CaptureImport ref={captureImport} />
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
        onClick={toggleMore}
      >
        <SlidersIcon />
        <span>{t('ui.header.more')}</span>
      </button>
      <div className="app-header__more" id={moreId}>
        <LanguageSwitch />
        <SeqModeSwitch />
        <ThemeSwitch />
        <CopyLinkButton />
        {/* A phone's playback bar has no room for Export: there it waits here. */}
        <DialogButton which="export" labelKey="figures.open" place=" app-header__tool--phone" />
      </div>
    </div>
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
