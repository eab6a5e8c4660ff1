import { memo, useEffect, useState } from 'react';
import type { Trace } from '../engine';
import type { TFunction } from '../i18n';
import { useT } from '../i18n/useT';
import { selectStepCount, useDeferredStep, useSim, useSimStore } from '../store';
import { scenarioTextId } from '../ui/scenarioTextId';
import { describeStateChange } from './stepAnnouncement';
import { useStepDescription } from './useStepDescription';

/**
 * Visually hidden live region that says what each step did. Polite, so it waits for the
 * reader to finish; it is not the notice region, so the two never overwrite each other. It
 * follows the step a frame behind the diagram (issue 8), which no listener can hear.
 * A new story on screen (another scenario, the sandbox) is named before its first step: from the
 * what-if map or a lesson, the reader chose a moment, not a title, and "Start: nothing has been
 * sent yet" alone did not say what had opened.
 * While the story plays, each step after the first says only the state it changed (none for a
 * step that changed none): see describeStateChange. Pausing says the step it stopped at whole.
 */
export function StepAnnouncer() {
  const { t } = useT();
  const { trace, cursor } = useDeferredStep();
  const description = useStepDescription();
  const playing = useSim((state) => state.playing);
  // The description a new story opened with (React's "adjust state when a prop changes"): the
  // story's title goes with it, and the next step is said alone. None for the page's first story.
  const [opened, setOpened] = useState<{ story: string; description: string | null }>({ story: trace.scenario, description: null });
  if (opened.story !== trace.scenario) setOpened({ story: trace.scenario, description });
  // Where playing started (likewise): pressing Play says "Playing." alone, not the step on screen again.
  const [playedFrom, setPlayedFrom] = useState<number | null>(null);
  if (playing !== (playedFrom !== null)) setPlayedFrom(playing ? cursor : null);
  const title = opened.description === description ? storyTitle(trace, t) : '';
  const whole = title ? t('announce.story', { title, step: description }) : description;
  const said = playedFrom !== null && playedFrom !== cursor ? describeStateChange(trace, cursor, t) : whole;
  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
        {said}
      </div>
      <PlaybackAnnouncer />
    </>
  );
}

/**
 * Says when playing starts or stops and when the speed changes. Space and [ ] act wherever the
 * focus is; with it on the page, nothing a reader could hear changed (the Play button's new name
 * is said only to whoever is on it).
 */
const PlaybackAnnouncer = memo(function PlaybackAnnouncer() {
  const { t } = useT();
  const store = useSimStore();
  const [said, setSaid] = useState('');
  // A subscription, not useSim: a step must not render this (issue 8: a step's key task renders
  // nothing); only a change of playing or of the speed sets what it says.
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.playing !== prev.playing) {
          setSaid(state.playing ? t('announce.playing') : t('announce.paused', { k: state.cursor, n: selectStepCount(state) }));
        } else if (state.speed !== prev.speed) {
          setSaid(t('announce.speed', { speed: state.speed }));
        }
      }),
    [store, t],
  );
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="playback-announcer">
      {said}
    </div>
  );
});

/** The title of a scenario or the sandbox; none for a capture, whose panel names its file. */
function storyTitle(trace: Trace, t: TFunction): string {
  const id = scenarioTextId(trace);
  return id === 'capture' ? '' : t(`scenario.${id}.title`);
}
