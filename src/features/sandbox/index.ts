export { SandboxPanel } from './SandboxPanel';
export { ModeSwitch as SandboxModeSwitch } from './ModeSwitch';
