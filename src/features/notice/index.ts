export { NoticeBanner } from './NoticeBanner';
