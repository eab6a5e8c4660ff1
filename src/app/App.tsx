import { memo, Suspense, useRef, type ComponentProps, type ReactNode } from 'react';
import type { CompareRenderers } from '../features/capture-import/panel';
import type { Handout as HandoutView } from '../features/figures';
import type { PresenterLayout as PresenterLayoutView, SpeakerNotes as SpeakerNotesView } from '../features/presenter/views';
import { Controls } from '../features/controls';
// The panels' code loads later (featurePanels.tsx), their styles with the page: the prerendered
// HTML shows them from the start. In the order their code came in before, so the cascade is the same.
import '../features/lessons/lessons.css';
import { NoticeBanner } from '../features/notice';
import { isNotesWindow, PresenterButton, usePresenter } from '../features/presenter';
import { useT } from '../i18n/useT';
import { selectIsCapture, selectIsSandbox, selectStepCount, useSim } from '../store';
import { FetchFaultSaidOnce, lazyPart } from '../ui/lazyPart';
import { AppHeader } from './AppHeader';
import { ExportButton } from './ExportButton';
import '../features/ladder/ladder.css';
import '../features/badges/badges.css';
import '../features/explanation/explanation.css';
import '../features/inspector/inspector.css';
import '../features/sandbox/sandbox.css';
import {
  Explanation,
  ExplanationView,
  HeaderInspector,
  Ladder,
  LadderView,
  SandboxPanel,
  ScenarioNotes,
  StateBadges,
  TcbPanel,
} from './featurePanels';
import { StepAnnouncer } from './StepAnnouncer';
import { describeStep } from './stepAnnouncement';
import { StepCaption } from './StepCaption';
import { useDiagramFollowsStep } from './useDiagramFollowsStep';
import { useDocumentLanguage } from './useDocumentLanguage';
// The shared primitives (.command, .segmented, .visually-hidden) load after every feature's CSS,
// as they did when layout.css held them, so a feature's plain class never overrides a button's look.
import '../ui/primitives.css';
import './layout.css';

// Not on the first screen, so not in the first-paint JS: each loads when its view is shown (the
// handout right after the first paint, to be ready for Ctrl+P).
const EmbedApp = lazyPart<object>(() => import('./EmbedApp').then((module) => ({ default: module.EmbedApp })));
const PresenterLayout = lazyPart<ComponentProps<typeof PresenterLayoutView>>(() =>
  import('../features/presenter/views').then((module) => ({ default: module.PresenterLayout })),
);
// Presenter mode's own tool: the header's comparison, which the projector layout does not show.
const CompareButton = lazyPart<object>(() => import('./CompareButton').then((module) => ({ default: module.CompareButton })));
const SpeakerNotes = lazyPart<ComponentProps<typeof SpeakerNotesView>>(() =>
  import('../features/presenter/views').then((module) => ({ default: module.SpeakerNotes })),
);
const CapturePanel = lazyPart<CompareRenderers>(() =>
  import('../features/capture-import/panel').then((module) => ({ default: module.CapturePanel })),
);
// Printed only: if its code cannot be fetched, the page's one notice says so (it imports the engine).
const Handout = lazyPart<ComponentProps<typeof HandoutView>>(
  () => import('../features/figures').then((module) => ({ default: module.Handout })),
  'with-the-page',
);

/**
 * Which window this is: the speaker notes of a presentation (`?notes=1`), or the app, in its
 * study layout or presenter mode's projector layout; or, inside another page (`embed=1`), just
 * the diagram, its caption and the step controls.
 */
export function App() {
  useDocumentLanguage();
  const embedded = useSim((s) => s.embed !== null);
  if (embedded) return <EmbedApp />;
  // The build's prerender has no window: it draws the main window (a notes window never hydrates).
  const notes = typeof window !== 'undefined' && isNotesWindow(window.location.search);
  return notes ? <SpeakerNotesWindow /> : <MainWindow />;
}

function MainWindow() {
  const presenter = usePresenter();
  if (!presenter.presenting) {
    const extras = (
      <>
        <ExportButton />
        <PresenterButton presenter={presenter} />
      </>
    );
    // One lost chunk fails the diagram and every panel: its notice says so once, with one Try again.
    return (
      <FetchFaultSaidOnce value>
        <StudyLayout controls={<Controls presenter={presenter} slideMode={presenter.slideMode} extras={extras} />} />
      </FetchFaultSaidOnce>
    );
  }
  return (
    <>
      <PresenterLayout
        presenter={presenter}
        caption={<StepCaption />}
        badges={<StateBadges />}
        diagram={<Ladder />}
        controls={<Controls presenter={presenter} slideMode={presenter.slideMode} />}
        tools={<CompareButton />}
      />
      <StepAnnouncer />
    </>
  );
}

/** The teacher's second window: the current step in full, the next one's caption, the same controls. */
function SpeakerNotesWindow() {
  const cursor = useSim((s) => s.cursor);
  const hasNext = useSim((s) => s.cursor < selectStepCount(s));
  return (
    <>
      <SpeakerNotes
        explanation={<Explanation />}
        nextCaption={hasNext ? <StepCaption cursor={cursor + 1} /> : null}
        controls={<Controls slideMode={slidesAlways} />}
      />
      <StepAnnouncer />
    </>
  );
}

const slidesAlways = () => true;

// The capture's comparison draws the engine's run with the ladder's and the explanation's views.
const renderLadder: CompareRenderers['renderLadder'] = (props) => <LadderView {...props} />;
const renderExplanation: CompareRenderers['renderExplanation'] = (props) => <ExplanationView {...props} />;

/*
 * The regions adopted after the rest (HydratesLater), made once: a region React has not adopted
 * yet must not be handed new elements (the layout re-renders when the second part of the text
 * arrives). If its code is still on its way (featurePanels.tsx), React would draw it afresh and
 * show it empty until the code came; if its code is here (the header), React would adopt all of
 * it at once, at the priority of that re-render, in one task of ~90 ms (issue 8: total blocking
 * time). HydratesLater, a memo, passes the same element on untouched.
 */
const APP_HEADER = <AppHeader />;
// The header inspector beside it shows what Enter on an arrow selects.
const LADDER = <Ladder inspectable />;
const EXPLANATION = <Explanation />;
const STATE = (
  <>
    <StateBadges />
    <TcbPanel />
  </>
);
const SANDBOX_PANEL = <SandboxPanel />;
const SCENARIO_NOTES = <ScenarioNotes />;
const HEADER_INSPECTOR = <HeaderInspector />;
const HANDOUT = <Handout describeStep={describeStep} />;

/**
 * What the current step means, then each side's state and the TCB: first in the side column of a
 * guided scenario, after the learner's calls in the sandbox.
 */
function GuidePanels() {
  const { t } = useT();
  return (
    <>
      <section className="panel panel--explanation" aria-label={t('region.explanation')}>
        <HydratesLater>{EXPLANATION}</HydratesLater>
      </section>
      <section className="panel panel--state" aria-label={t('region.state')}>
        <HydratesLater>{STATE}</HydratesLater>
      </section>
    </>
  );
}

/**
 * Layout only: each region is a feature; the store and playhead connect them. The diagram takes
 * the stage; beside it (below it on a phone) comes first what the current step means, then each
 * side's state and the TCB, the mode switch (the sandbox's calls, drawn first in the sandbox) and
 * the header of a segment.
 */
function StudyLayout({ controls }: { controls: ReactNode }) {
  const { t } = useT();
  const sandbox = useSim(selectIsSandbox);
  const capture = useSim(selectIsCapture);
  const diagramRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLElement>(null);
  useDiagramFollowsStep(diagramRef, barRef, !sandbox);
  return (
    <div className="app">
      <a className="skip-link" href="#playback-controls">
        {t('app.skipToControls')}
      </a>
      <HydratesLater>{APP_HEADER}</HydratesLater>
      <NoticeBanner />
      <main className={sandbox ? 'stage stage--sandbox' : 'stage'}>
        <section className="panel panel--diagram" aria-label={t('region.diagram')} ref={diagramRef}>
          <StepCaption />
          <HydratesLater>{LADDER}</HydratesLater>
        </section>
        {/*
          In the sandbox its panel (the learner's socket calls) comes first; in a guided scenario
          the explanation does. In the DOM, so the Tab order is the order on screen (WCAG 2.4.3):
          the guide's panels are drawn before or after the sandbox panel, which stays where it is,
          so switching mode keeps the focus on the switch (a moved node loses it).
        */}
        <div className="side-panels">
          {/* A capture's panel first: that its states are inferred is the first thing to know. */}
          {capture ? <CapturePanel renderLadder={renderLadder} renderExplanation={renderExplanation} /> : null}
          {sandbox ? null : <GuidePanels />}
          {/* Nothing of a capture can be continued in the sandbox: its calls are inferred, not scripted. */}
          {capture ? null : <HydratesLater>{SANDBOX_PANEL}</HydratesLater>}
          {sandbox ? <GuidePanels /> : null}
          {/* The common misconceptions this scenario disproves, right beside it. */}
          {sandbox || capture ? null : (
            <div className="panel panel--notes">
              <HydratesLater>{SCENARIO_NOTES}</HydratesLater>
            </div>
          )}
          <section className="panel panel--inspector" aria-label={t('region.inspector')}>
            <HydratesLater>{HEADER_INSPECTOR}</HydratesLater>
          </section>
        </div>
      </main>
      <footer className="controls-bar" id="playback-controls" tabIndex={-1} ref={barRef}>
        <HydratesLater>{controls}</HydratesLater>
      </footer>
      <StepAnnouncer />
      {/* Printed instead of the page (its print stylesheet): Export → Print handout, or Ctrl+P. */}
      <HydratesLater>{HANDOUT}</HydratesLater>
    </div>
  );
}

/**
 * A region React adopts from the prerendered page after the rest, in slices it can interrupt:
 * React 19 leaves each Suspense boundary of server HTML to a later, low-priority pass that yields
 * to the browser between components, so loading the page is not one long task (issue 8: total
 * blocking time). Its HTML is on screen meanwhile, and a click inside it is hydrated at once and
 * replayed. What it holds is drawn at once in the browser or, if its code is still on its way
 * (a panel), keeps its server HTML until it comes, so it never shows a fallback.
 */
const HydratesLater = memo(function HydratesLater({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
});
