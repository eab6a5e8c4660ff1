export { Explanation } from './Explanation';
export { ExplanationView, type ExplanationViewProps } from './ExplanationView';
