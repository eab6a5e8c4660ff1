/**
 * What the store needs of the sandbox's domain code besides the simulator: each sandbox button's
 * change and the link's replay. Fetched when the sandbox opens or a sandbox link is read
 * (engineArrival.ts), so neither the first screen nor a link to a scenario waits for it.
 */
export {
  continueInSandbox,
  enterSandbox,
  loadPreset,
  makeCall,
  parseSandboxLink,
  replaySandbox,
  resetSession,
  setFate,
  undo,
} from '../sandbox';
