/**
 * What the first screen needs: the Present button, the P key's state and which window this is.
 * The layouts themselves are in ./views, for lazily loaded code only.
 */
export { PresenterButton } from './PresenterButton';
export { usePresenter, type Presenter } from './usePresenter';
export { isNotesWindow } from './windowRole';
