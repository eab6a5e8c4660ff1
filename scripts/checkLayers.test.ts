import { describe, expect, it } from 'vitest';
import { checkLayers, importsOf, KNOWN_EXCEPTIONS, readSources, unitOf } from './checkLayers';

/** Runs the check on a few in-memory files; stale allow-list entries are another test's business. */
function check(files: Record<string, string>): string[] {
  return checkLayers(new Map(Object.entries(files)), { checkStale: false });
}

describe('layer check (npm run lint)', () => {
  it('a feature importing another feature fails, naming the file, the import and the rule', () => {
    expect(
      check({
        'src/features/badges/StateIcon.tsx': "import { Ladder } from '../ladder';\nexport const x = Ladder;\n",
        'src/features/ladder/index.ts': 'export const Ladder = 1;\n',
      }),
    ).toEqual([
      "src/features/badges/StateIcon.tsx: imports '../ladder' (features/badges → features/ladder): a feature never imports another feature: move what both need into src/ui",
    ]);
  });

  it('a dynamic import() counts like a static one: a feature may not load app/', () => {
    expect(check({ 'src/features/lessons/LearnPanel.tsx': "const App = () => import('../../app/App');\n" })).toEqual([
      "src/features/lessons/LearnPanel.tsx: imports '../../app/App' (features/lessons → app): feature may import only engine, export, capture, sandbox, playback, store, i18n, ui",
    ]);
  });

  it('type-only imports and re-exports count too: the engine imports nothing outside itself', () => {
    expect(
      check({
        'src/engine/trace.ts': "import type { SimState } from '../store/simStore';\nexport { t } from '../i18n';\n",
      }),
    ).toEqual([
      "src/engine/trace.ts: imports '../store/simStore' (engine → store): engine may import only itself",
      "src/engine/trace.ts: imports '../i18n' (engine → i18n): engine may import only itself",
    ]);
  });

  it('store, ui and i18n keep to their side', () => {
    expect(
      check({
        'src/store/simStore.ts': "import { ModalDialog } from '../ui';\n",
        'src/ui/ModalDialog.tsx': "import { Controls } from '../features/controls';\n",
        'src/i18n/format.ts': "import { appStore } from '../store';\n",
      }),
    ).toEqual([
      "src/store/simStore.ts: imports '../ui' (store → ui): store may import only engine, export, sandbox, i18n, playback",
      "src/ui/ModalDialog.tsx: imports '../features/controls' (ui → features/controls): ui may import only engine, export, sandbox, playback, store, i18n",
      "src/i18n/format.ts: imports '../store' (i18n → store): i18n may import only engine, capture",
    ]);
  });

  it("a language table may not merge a feature's strings, and i18n may not read the store: no cycle back through them", () => {
    expect(
      check({
        'src/i18n/en/base.ts': "import { enBadges } from '../../features/badges/messages.en';\n",
        'src/i18n/useT.ts': "import { useSim } from '../store/hooks';\n",
        'src/store/simStore.ts': "import type { Locale } from '../i18n';\n",
        'src/features/badges/messages.en.ts': "import { useSim } from '../../store';\n",
      }),
    ).toEqual([
      "src/i18n/en/base.ts: imports '../../features/badges/messages.en' (i18n → features/badges): i18n may import only engine, capture",
      "src/i18n/useT.ts: imports '../store/hooks' (i18n → store): i18n may import only engine, capture",
      'folder cycle: features/badges → store → i18n → features/badges (each arrow is an import; break one)',
    ]);
    expect(KNOWN_EXCEPTIONS.filter(({ file }) => file.startsWith('src/i18n/'))).toEqual([]);
  });

  it('the sandbox model is as pure as the engine: it may not read the store back', () => {
    expect(
      check({
        'src/sandbox/actions.ts': "import { selectTrace } from '../store/traceSelectors';\nimport type { Trace } from '../engine';\n",
        'src/store/simStore.ts': "import { makeCall } from '../sandbox';\n",
      }),
    ).toEqual([
      "src/sandbox/actions.ts: imports '../store/traceSelectors' (sandbox → store): sandbox may import only engine",
      'folder cycle: sandbox → store → sandbox (each arrow is an import; break one)',
    ]);
  });

  it('app/ and the entry point may import anything', () => {
    expect(
      check({
        'src/app/App.tsx': "import { Ladder } from '../features/ladder';\nimport { ModalDialog } from '../ui';\n",
        'src/main.tsx': "import { App } from './app/App';\nimport './ui/primitives.css';\n",
      }),
    ).toEqual([]);
  });

  it('two folders importing each other are a cycle even when each import is allowed', () => {
    expect(
      check({
        'src/store/speed.ts': "import { timeScale } from '../playback/timeScale';\n",
        'src/playback/playbackDriver.ts': "import { appStore } from '../store';\n",
      }),
    ).toEqual(['folder cycle: playback → store → playback (each arrow is an import; break one)']);
  });

  it('the capture reader may take types from the engine, nothing that runs', () => {
    expect(
      check({
        'src/capture/types.ts': "import type { ControlBit } from '../engine';\nexport type { Trace } from '../engine';\n",
        'src/capture/read.ts': "import { simulate } from '../engine';\nimport { en } from '../i18n/en';\n",
      }),
    ).toEqual([
      "src/capture/read.ts: imports '../engine' (capture → engine): capture may take only types from engine: write `import type`",
      "src/capture/read.ts: imports '../i18n/en' (capture → i18n): capture may import only engine (types)",
    ]);
  });

  it('src/ never reaches outside itself', () => {
    expect(check({ 'src/store/deepLink.ts': "import { parseArgs } from '../../scripts/traceArgs';\n" })).toEqual([
      "src/store/deepLink.ts: imports '../../scripts/traceArgs' (store → outside src/): the app is built from src/ alone",
    ]);
  });

  it('imports written in comments or strings are not imports', () => {
    expect(importsOf('a.ts', "// import x from '../store'\nconst s = \"import('../app')\";\n")).toEqual([]);
  });

  it('an allow-list entry whose import has gone is reported, so the list shows only what is left', () => {
    const problems = checkLayers(new Map([['src/engine/seq.ts', 'export const x = 1;\n']]));
    expect(problems).toHaveLength(KNOWN_EXCEPTIONS.length);
    expect(problems[0]).toMatch(
      /^scripts\/checkLayers\.ts: the known exception src\/capture\/fuzz\.node\.test\.ts → i18n matches no import any more: delete it$/,
    );
  });

  it('units: each feature is its own, src/main.tsx composes like app/', () => {
    expect([
      unitOf('src/features/ladder/layout.ts'),
      unitOf('src/ui/seq-format/index.ts'),
      unitOf('src/main.tsx'),
      unitOf('src/engine'),
      unitOf('e2e/x.ts'),
    ]).toEqual(['features/ladder', 'ui', 'app', 'engine', undefined]);
  });

  it("the repository's own src/ keeps every rule", () => {
    expect(checkLayers(readSources('.'))).toEqual([]);
  });
});
