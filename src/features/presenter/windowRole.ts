import { momentLink } from './presenterSync';

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
