export { traceToJson } from './traceJson';
export { traceToText } from './traceText';
export { traceToMermaid } from './traceMermaid';
