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
import type { HeaderDialogId } from './HeaderDialog';
import { HeaderDialog, loadHeaderDialog } from './headerDialogPart';
import { LanguageSwitch } from './LanguageSwitch';
import { SeqModeSwitch } from './SeqModeSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import './appHeader.css';

export function AppHeader() {
  const [open, setOpen] = useState<HeaderDialogId | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  // Input kept before the app was live waits for this on the prerendered page (ui/appLive.ts).
  useEffect(() => announceAnswering(window, 'header'), []);
  return (
    <header className={moreOpen ? 'app-header app-header--more-open' : 'app-header'}>
      <Brand openDialog={setOpen} />
      <Settings moreOpen={moreOpen} toggleMore={() => setMoreOpen((o) => !o)} openDialog={setOpen} />
      {open && <HeaderDialog which={open} onClosed={() => setOpen(null)} />}
    </header>
  );
}

/** The title, the tagline and, under them, the buttons that open the header's dialogs. */
function Brand({ openDialog }: { openDialog: (which: HeaderDialogId) => void }) {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  return (
    <div className="app-header__brand">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <p className="app-header__tagline">{t('app.tagline')}</p>
      {/* Under the title, where the tagline sits on big screens: no extra header row on a laptop. */}
      <div className="app-header__tools" role="group" aria-label={t('ui.tools.label')}>
        <DialogButton which="whatIf" labelKey="ui.whatIf.open" onOpen={openDialog} />
        <DialogButton which="learn" labelKey="ui.learn.open" onOpen={openDialog} />
        {offersComparison(scenario) && <DialogButton which="compare" labelKey="ui.compare.open" onOpen={openDialog} />}
        <DialogButton which="options" labelKey="ui.options.open" icon onOpen={openDialog} />
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
  readonly onOpen: (which: HeaderDialogId) => void;
}

function DialogButton({ which, labelKey, icon = false, place = '', onOpen }: DialogButtonProps) {
  const { t } = useT();
  return (
    <button
      type="button"
      className={`command app-header__tool${icon ? ' app-header__tool--icon' : ''}${place}`}
      aria-haspopup="dialog"
      title={icon ? t(labelKey) : undefined}
      // Start fetching the dialog's code as soon as a click looks likely.
      onPointerEnter={() => void loadHeaderDialog()}
      onFocus={() => void loadHeaderDialog()}
      onClick={() => onOpen(which)}
    >
      {icon && <SlidersIcon />}
      <span className="app-header__tool-label">{t(labelKey)}</span>
    </button>
  );
}

/** The scenario picker, and the settings a lesson rarely changes. */
interface SettingsProps {
  readonly moreOpen: boolean;
  readonly toggleMore: () => void;
  readonly openDialog: (which: HeaderDialogId) => void;
}

function Settings({ moreOpen, toggleMore, openDialog }: SettingsProps) {
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
        <DialogButton which="export" labelKey="figures.open" place=" app-header__tool--phone" onOpen={openDialog} />
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
