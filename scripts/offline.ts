/**
 * Works offline after the first visit, and installs as an app (a school Chromebook, a phone):
 * vite-plugin-pwa generates a Workbox service worker that precaches the whole build (every
 * language and lazy chunk, so a dialog or 中文 opened later in a lost network still loads) and
 * the web app manifest. Not in the single-file build: file:// pages cannot register a worker.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offlineSupport() {
  return VitePWA({
    // A new build takes over on the next load; the app has no state a reload would lose (the
    // link holds it).
    registerType: 'autoUpdate',
    // The app registers the worker itself, once its first screen is done (src/app/offlineWorker.ts),
    // not on the page's load event as the plugin's registerSW.js did (issue 8: total blocking time).
    injectRegister: false,
    includeAssets: ['favicon.svg', 'robots.txt'],
    manifest: {
      name: 'TCP Handshake Lab',
      short_name: 'TCP Lab',
      description: 'See how TCP opens and closes a connection, one segment at a time (RFC 9293). English and 简体中文.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0f172a',
      theme_color: '#0f172a',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The link lives in the hash, so every moment is the same document: index.html.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit is served by the worker at once, so it works offline without a second load.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}
