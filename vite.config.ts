import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { deferAppStart } from './scripts/appStart';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';
import { languagePreload } from './scripts/languagePreload';
import { offlineSupport } from './scripts/offline';
import { prerenderFirstScreen } from './scripts/prerender';
import { singleFileBuild } from './scripts/singleFile';

export default defineConfig(({ mode }) => {
  // `npm run build:single` (mode "single"): one self-contained HTML file, see scripts/singleFile.ts.
  const single = mode === 'single' ? singleFileBuild() : null;
  return {
    // Relative asset URLs: the built site works from any folder (static hosting, embedding).
    base: './',
    // The policy comes last: it hashes the inline code of the page as the other plugins left it.
    plugins: [
      react(),
      prerenderFirstScreen(),
      // The single-file build has its code inline: it starts as the page is read, nothing to defer.
      ...(single ? single.plugins : [offlineSupport(), deferAppStart()]),
      languagePreload(),
      contentSecurityPolicy(),
    ],
    build: {
      // Vite's own "modern browsers" target (Chrome/Edge 111+, Firefox 114+, Safari 16.4+).
      target: 'baseline-widely-available',
      // Everything the page loads before it answers in two files: split by which lazily loaded
      // parts share it, the same code took several files, each compressed on its own, 2.6 KB gzip
      // more (issue 8: first-paint JS, scripts/firstPaintJs.ts). `$initial`: the modules the
      // entry imports statically, at any depth. React DOM is the one file apart (the first group
      // wins a module): index.html's head script runs it in a task of its own before the app's;
      // evaluated with the app, it made the load's longest task (issue 8: TBT). The single-file
      // build inlines everything anyway.
      ...(single
        ? {}
        : {
            rolldownOptions: {
              // The engine and the sandbox's domain code are pure: importing a module of theirs does
              // nothing but define it. Said here, a module only the engine's chunk uses stays in that
              // chunk even where a barrel (src/engine/index.ts) is imported for a type or a constant;
              // otherwise the barrel put all of the engine into the first paint (issue 8).
              treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/](engine|sandbox)[\\/]/, sideEffects: false }] },
              output: {
                codeSplitting: {
                  groups: [
                    { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]|src[\\/]app[\\/]reactDomClient/ },
                    { name: 'app', tags: ['$initial'] },
                    // The engine and the sandbox's domain code the first screen does not use, each one
                    // file (src/store/engineParts.ts and sandboxParts.ts, chunks of their own found by
                    // name, import them), not one per set of parts that share a module; the sandbox's
                    // buttons and link replay apart, so a link to a scenario does not wait for them.
                    { name: 'engine', test: /src[\\/](engine[\\/](?!capture)|sandbox[\\/](?!actions|presets|link\.))/ },
                    { name: 'sandbox', test: /src[\\/]sandbox[\\/]/ },
                  ],
                },
              },
            },
          }),
      ...single?.build,
    },
    test: {
      // Ceilings for a loaded 2-core machine, not expectations: no test waits for a duration.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // Pure code (*.test.ts) runs in node; a file can opt into jsdom with a @vitest-environment pragma.
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
            setupFiles: ['src/test/engineArrived.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            // jsdom, not happy-dom: happy-dom never finishes framer-motion exit animations.
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/test/setup.ts'],
          },
        },
      ],
    },
  };
});
