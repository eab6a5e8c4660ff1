/**
 * The lessons feature's dialog content. Import it only from lazily loaded code
 * (src/app/HeaderDialog): a static import from first-paint code would put it in the initial JS.
 */
export { LearnPanel } from './LearnPanel';
export { CompareWhyThree } from './CompareWhyThree';
