import { writeLink, type SimState } from '../../store';

/** One name for the projected window and its speaker notes; same origin and browser only. */
export const PRESENTER_CHANNEL = 'tcp-lab:presenter';

/** The query parameter that makes a window the speaker notes of a presentation. */
const NOTES_PARAM = 'notes';

/** Only `?notes=1` makes a notes window; any other value (a hand edit, a hostile link) opens the app as usual. */
export function isNotesWindow(search: string): boolean {
  return new URLSearchParams(search).get(NOTES_PARAM) === '1';
}

/** The speaker notes of the moment on screen: the same page, `?notes=1`, at the same link. */
export function notesUrl(location: Pick<Location, 'origin' | 'pathname'>, state: Parameters<typeof momentLink>[0]): string {
  return `${location.origin}${location.pathname}?${NOTES_PARAM}=1${momentLink(state)}`;
}

/**
 * The moment both windows show: the link, without presenter mode (the notes window never presents).
 * What the presenter windows tell each other (presenterSync.ts), and the notes window's address.
 */
export function momentLink(state: Pick<SimState, 'scenario' | 'options' | 'cursor' | 'seqMode' | 'locale' | 'mode' | 'sandbox'>): string {
  return writeLink({ ...state, presenting: false });
}
