import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSim, useSimStore } from '../../store';
import { useT } from '../../i18n/useT';
import { announceAnswering } from '../../ui/appLive';
import { lazyPart } from '../../ui/lazyPart';
import { CommandButton } from './CommandButton';
import type { CommandContext, PresenterHooks } from './commands';
import { trackFocusOrigin } from './focusOrigin';
import { handleShortcut } from './keyboardShortcuts';
import { Scrubber } from './Scrubber';
import { SpeedControl } from './SpeedControl';
import './controls.css';

interface ControlsProps {
  /** Presenter mode's keys (P, B, Escape), when the view has presenter mode. */
  readonly presenter?: PresenterHooks;
  /** Whether keys follow slide software right now (CommandContext.slideMode). */
  readonly slideMode?: () => boolean;
  /** More buttons for the bar's end, composed in by the app (the way into presenter mode). */
  readonly extras?: ReactNode;
}

// Opened on demand only: its code (and the modal dialog's) stays out of the first paint.
const HelpDialog = lazyPart<{ readonly onClose: () => void }>(() =>
  import('./HelpDialog').then((module) => ({ default: module.HelpDialog })),
);

/** The playback bar: buttons, scrubber, speed, help; also owns the page's keyboard shortcuts. */
export function Controls({ presenter, slideMode, extras }: ControlsProps = {}) {
  const { t } = useT();
  const store = useSimStore();
  const playing = useSim((s) => s.playing);
  const [helpOpen, setHelpOpen] = useState(false);
  const ctx = useMemo<CommandContext>(
    () => ({ store, openHelp: () => setHelpOpen(true), presenter, slideMode }),
    [store, presenter, slideMode],
  );

  useEffect(() => {
    const focus = trackFocusOrigin(window);
    const onKeyDown = (event: KeyboardEvent) => handleShortcut(event, ctx, document, focus);
    // Capture phase: a stepping key the lesson owns must reach it before the focused control.
    window.addEventListener('keydown', onKeyDown, true);
    announceAnswering(window, 'shortcuts');
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      focus.stop();
    };
  }, [ctx]);

  return (
    <div className="controls" role="group" aria-label={t('region.controls')}>
      <div className="controls__buttons">
        <CommandButton id="start" icon="start" ctx={ctx} compact />
        <CommandButton id="stepBack" icon="back" ctx={ctx} />
        <CommandButton id="togglePlay" icon={playing ? 'pause' : 'play'} labelKey={playing ? 'cmd.pause' : 'cmd.play'} ctx={ctx} />
        <CommandButton id="stepForward" icon="forward" ctx={ctx} primary />
        <CommandButton id="end" icon="end" ctx={ctx} compact />
      </div>
      <Scrubber />
      <div className="controls__extras">
        <SpeedControl />
        {extras}
        <CommandButton id="help" icon="help" ctx={ctx} compact />
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
