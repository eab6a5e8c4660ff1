export { ExportPanel } from './ExportPanel';
