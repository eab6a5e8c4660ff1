import { loadSandboxParts } from '../store';

// The app fetches the engine after its first screen answers, and the sandbox's code when the
// sandbox opens (src/store/engineArrival.ts); what needs them waits. Tests start where a page
// that has both stands. src/store/engineArrival.node.test.ts starts from a page without them.
await loadSandboxParts();
