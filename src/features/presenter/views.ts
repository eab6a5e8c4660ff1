/**
 * Presenter mode's projector layout and the speaker notes window. Import them only from lazily
 * loaded code (src/app/App loads them when presenting starts or the notes window opens): a static
 * import from first-paint code would put them, and their CSS, in every reader's initial JS.
 */
export { PresenterLayout } from './PresenterLayout';
export { SpeakerNotes } from './SpeakerNotes';
