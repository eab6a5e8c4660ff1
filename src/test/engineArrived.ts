// Not through the store's index, which imports React: a build made in a node test must load it
// as production (scripts/firstPaintJs.build.test.ts).
import { loadSandboxParts } from '../store/engineArrival';

// The app fetches the engine after its first screen answers, and the sandbox's code when the
// sandbox opens (src/store/engineArrival.ts); what needs them waits. Tests start where a page
// that has both stands. src/store/engineArrival.node.test.ts starts from a page without them.
await loadSandboxParts();
