/**
 * `vite build --mode single`: the whole app in one HTML file that works opened from a folder
 * (file://, where browsers refuse to load module chunks) and as an attachment in a learning
 * platform. Every chunk (languages, dialogs, the sandbox) is inlined by vite-plugin-singlefile,
 * the page's icon becomes a data: URL, and nothing from public/ is needed beside it.
 */
import { readFileSync } from 'node:fs';
import type { BuildEnvironmentOptions, Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_DIR = 'dist-single';

/** The page's icon (index.html's `<link rel="icon">`, a PNG from public/) as a data: URL. */
export function withInlineIcon(html: string, read: (path: string) => Buffer = readFileSync): string {
  return html.replace(
    /href="\/(icon-\d+\.png)"/,
    (_link, file: string) => `href="data:image/png;base64,${read(`public/${file}`).toString('base64')}"`,
  );
}

function inlineFavicon(): Plugin {
  return {
    name: 'tcp-lab:inline-favicon',
    apply: 'build',
    // Before Vite rewrites the public path against `base`.
    transformIndexHtml: { order: 'pre', handler: (html) => withInlineIcon(html) },
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
