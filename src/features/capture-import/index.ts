export { CaptureImport } from './CaptureImport';
export { CapturePanel } from './CapturePanel';
