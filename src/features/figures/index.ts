export { ExportPanel } from './ExportPanel';
export { Handout, type HandoutProps } from './Handout';
