/**
 * The app's code starts after the first paint (issue 8: LCP). Vite writes the entry as
 * `<script type="module" src>` and its imports as `<link rel="modulepreload">`; the browser
 * fetches and runs them before it paints the prerendered page, so on a slow phone that page (and
 * Lighthouse's FCP and LCP) waits for all of the JavaScript. This plugin moves those tags into an
 * inert `<template id="app-start">` just before the head script; index.html's head script adds them
 * to the page once it has been painted (at once when the page is hidden until the app draws it).
 * The page still lists every script the first screen loads (scripts/firstPaintJs.ts reads them).
 * The single-file build has its code inline: it has nothing to move and does not use this plugin.
 */
import type { Plugin } from 'vite';

export const APP_START_TEMPLATE_ID = 'app-start';
const ENTRY = /\s*<script type="module" crossorigin src="[^"]+"><\/script>/g;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

/** The page with its module script and preloads moved into the app-start template. */
export function withDeferredAppStart(html: string): string {
  const entries = html.match(ENTRY) ?? [];
  if (entries.length !== 1) throw new Error(`appStart: expected one module script in index.html, found ${entries.length}`);
  if (!/<script>/.test(html)) throw new Error('appStart: index.html has no inline head script to start the app');
  const tags = [...(html.match(PRELOAD) ?? []), ...entries].map((tag) => tag.trim());
  const template = `<template id="${APP_START_TEMPLATE_ID}">${tags.join('')}</template>`;
  return (
    html
      .replace(ENTRY, '')
      .replace(PRELOAD, '')
      // Before the head script that reads it; not first in the head, where <meta charset> belongs.
      .replace(/<script>/, (script) => `${template}\n    ${script}`)
  );
}

export function deferAppStart(): Plugin {
  return {
    name: 'tcp-lab:defer-app-start',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withDeferredAppStart },
  };
}
