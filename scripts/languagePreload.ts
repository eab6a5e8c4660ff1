/**
 * The language's text starts downloading with the app's code instead of after it. main.tsx can
 * only ask for a language chunk once its own code has arrived and run (a chained request);
 * index.html's head script already knows the reader's language, so it adds a
 * `<link rel="modulepreload">` for that language's chunks. This plugin gives the script their
 * file names, which exist only after bundling: it replaces `{} /*language-chunks*\/` with
 * `{ en: [first part], zh: [...], "fresh-en": [...], "fresh-zh": [...] }`: the chunks main.tsx
 * waits for before the first screen answers (src/i18n/messages.ts loads the second part after
 * them, unhurried).
 * The single-file build has no chunks: the marker stays an empty map.
 */
import type { Plugin } from 'vite';

const MARKER = '{} /*language-chunks*/';
/**
 * Per language, the text modules main.tsx waits for (src/i18n/messages.ts' first part): the
 * prerendered page hydrates with its first part alone (src/app/renderFirstScreen.node.test.ts).
 * scripts/firstPaintJs.ts counts the same chunks.
 */
export const LANGUAGE_MODULES: Readonly<Record<'en' | 'zh', readonly string[]>> = {
  en: ['src/i18n/en/core.ts'],
  zh: ['src/i18n/zh/index.ts'],
};

/**
 * The engine and the sandbox's domain code (src/store/engineArrival.ts): the prerendered page
 * fetches it once it answers, with its trace in the page; a page drawn afresh waits for it.
 */
export const ENGINE_MODULE = 'src/store/engineParts.ts';

/**
 * Per language, what a page drawn afresh (a link to another moment) waits for besides the first
 * part of its text: the diagram and the panels (src/app/featurePanels.tsx), their text
 * (src/i18n/<language>/view.ts) and the engine, preloaded under the key `fresh-<language>` with
 * the chunks they import, so that wait is not a request chained after the app's code. The
 * prerendered page waits for none of it.
 */
export const FRESH_RENDER_MODULES: Readonly<Record<'en' | 'zh', readonly string[]>> = {
  en: ['src/i18n/en/view.ts', 'src/app/panels.ts', ENGINE_MODULE],
  zh: ['src/i18n/zh/view.ts', 'src/app/panels.ts', ENGINE_MODULE],
};

/**
 * `{"en":["./assets/…"],…,"fresh-en":[…]}` from the bundle's chunk file names by their source module;
 * `withImports` adds the chunks a chunk imports (all but the app's entry, loaded anyway).
 */
export function languageChunkMap(
  fileOf: (module: string) => string | undefined,
  withImports: (file: string) => readonly string[] = (file) => [file],
): string {
  const map: Record<string, string[]> = {};
  const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
    ...Object.entries(LANGUAGE_MODULES),
    ...Object.entries(FRESH_RENDER_MODULES).map(([locale, modules]) => [`fresh-${locale}`, modules] as const),
  ];
  for (const [key, modules] of groups) {
    const files = modules.map(fileOf).filter((file): file is string => file !== undefined);
    if (files.length) map[key] = [...new Set(files.flatMap(withImports))].map((file) => `./${file}`);
  }
  return JSON.stringify(map);
}

export function languagePreload(): Plugin {
  return {
    name: 'tcp-lab:language-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const byModule = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.facadeModuleId) byModule.set(file.facadeModuleId.replace(/\\/g, '/'), file.fileName);
        }
        const fileOf = (module: string) => [...byModule].find(([id]) => id.endsWith(`/${module}`))?.[1];
        const importsOf = (fileName: string): string[] => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' ? [fileName, ...chunk.imports.flatMap(importsOf)] : [];
        };
        // The app's entry and what it imports: index.html loads those anyway.
        const loadedAnyway = new Set(
          Object.values(bundle).flatMap((file) => (file.type === 'chunk' && file.isEntry ? importsOf(file.fileName) : [])),
        );
        const withImports = (fileName: string): string[] => importsOf(fileName).filter((file) => !loadedAnyway.has(file));
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            if (!file.source.includes(MARKER)) this.error(`${file.fileName} has no ${MARKER} for the language chunks`);
            file.source = file.source.replace(MARKER, languageChunkMap(fileOf, withImports));
          }
        }
      },
    },
  };
}
