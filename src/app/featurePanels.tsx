import type { ComponentType } from 'react';
import { viewMessagesLoaded } from '../i18n/messages';
import { lazyPart, type LazyPart } from '../ui/lazyPart';
import type * as Panels from './panels';

/**
 * The teaching panels, built in their own feature folders; gathered here so App stays a layout.
 * Their code (./panels, with the ladder's layout) is not in the app's bundle (issue 8: first-paint
 * JS): main.tsx starts fetching it at once. The prerendered English page does not wait for it:
 * the header and the controls answer first, and each panel is adopted from the HTML when the
 * chunk arrives (React keeps a region's server HTML while its code loads, so nothing flashes).
 * A page drawn afresh (a link, Chinese) waits for it, so it never shows a panel empty.
 * The panels' own text is a chunk of its own too (src/i18n/en/view.ts), which the header and the
 * controls do not need: a panel is drawn once both its code and that text have arrived.
 */
type PanelName = { [K in keyof typeof Panels]: (typeof Panels)[K] extends ComponentType<never> ? K : never }[keyof typeof Panels];
type PropsOf<K extends PanelName> = (typeof Panels)[K] extends ComponentType<infer P> ? P & object : never;

function panel<K extends PanelName>(name: K): LazyPart<PropsOf<K>> {
  return lazyPart(
    () =>
      Promise.all([import('./panels'), viewMessagesLoaded()]).then(([panels]) => ({ default: panels[name] as ComponentType<PropsOf<K>> })),
    'with-the-page',
  );
}

export const Ladder = panel('Ladder');
export const LadderView = panel('LadderView');
export const StateBadges = panel('StateBadges');
export const TcbPanel = panel('TcbPanel');
export const Explanation = panel('Explanation');
export const ExplanationView = panel('ExplanationView');
export const HeaderInspector = panel('HeaderInspector');
export const SandboxPanel = panel('SandboxPanel');
export const ScenarioNotes = panel('ScenarioNotes');

const ALL = [Ladder, LadderView, StateBadges, TcbPanel, Explanation, ExplanationView, HeaderInspector, SandboxPanel, ScenarioNotes];

/**
 * Fetches the panels' code (one chunk); settles once every panel can be drawn without waiting
 * (its code and the text of the languages asked for so far are in),
 * or when the chunk failed (the page then says so once, with Try again: ui/lazyPart.tsx).
 */
export function preloadPanels(): Promise<void> {
  return Promise.all(ALL.map((part) => part.preload())).then(
    () => undefined,
    () => undefined,
  );
}
