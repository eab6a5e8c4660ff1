export { PresenterButton } from './PresenterButton';
export { PresenterLayout } from './PresenterLayout';
export { SpeakerNotes } from './SpeakerNotes';
export { usePresenter, type Presenter } from './usePresenter';
export { isNotesWindow } from './windowRole';
