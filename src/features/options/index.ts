/**
 * The options dialog's content. Import it only from lazily loaded code (src/app/HeaderDialog):
 * a static import from first-paint code would put it in the initial JS, which has no room.
 */
export { OptionsPanel } from './OptionsPanel';
