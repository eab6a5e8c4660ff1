export { CaptureImport, type CaptureImportHandle } from './CaptureImport';
export { CapturePanel } from './CapturePanel';
