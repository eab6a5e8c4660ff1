/**
 * What the first screen needs to open a capture: the scenario picker's choice and a dropped file
 * (the reader, the connection picker and the panel load when a capture is opened). The panel is
 * in ./panel, for lazily loaded code only.
 */
export { CaptureImport, type CaptureImportHandle } from './CaptureImport';
