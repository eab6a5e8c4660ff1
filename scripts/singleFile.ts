/**
 * `vite build --mode single`: the whole app in one HTML file that works opened from a folder
 * (file://, where browsers refuse to load module chunks) and as an attachment in a learning
 * platform. Every chunk (languages, dialogs, the sandbox) is inlined by vite-plugin-singlefile,
 * the favicon becomes a data: URL, and nothing from public/ is needed beside it.
 */
import { readFileSync } from 'node:fs';
import type { BuildEnvironmentOptions, Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_DIR = 'dist-single';

function inlineFavicon(): Plugin {
  return {
    name: 'tcp-lab:inline-favicon',
    apply: 'build',
    transformIndexHtml: {
      // Before Vite rewrites the public path against `base`.
      order: 'pre',
      handler(html) {
        const svg = readFileSync('public/favicon.svg');
        return html.replace(/href="\/favicon\.svg"/, `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
      },
    },
  };
}

/**
 * A Web Worker is a file of its own, which one HTML file cannot carry (a blob: worker would need
 * `worker-src blob:` in the policy). The capture reader runs on the page instead in this build
 * (features/capture-import/captureHost.ts), so the worker chunk Vite still emits is dropped.
 */
function dropWorkerChunks(): Plugin {
  return {
    name: 'tcp-lab:drop-worker-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) if (/(^|\/)captureWorker-[\w-]+\.js$/.test(name)) delete bundle[name];
    },
  };
}

export function singleFileBuild(): { plugins: PluginOption[]; build: BuildEnvironmentOptions } {
  return {
    plugins: [inlineFavicon(), viteSingleFile({ removeViteModuleLoader: true }), dropWorkerChunks()],
    build: { outDir: SINGLE_FILE_DIR, copyPublicDir: false, emptyOutDir: true },
  };
}
