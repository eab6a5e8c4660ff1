/**
 * `npx tsx scripts/makeIcons.ts`: renders public/favicon.svg to PNG icons: 48 px for the page's
 * own icon (index.html: an SVG one is drawn on the page's main thread while the app starts) and
 * the 192 and 512 px the web app manifest names (some installers accept no SVG). Run it after
 * changing the favicon and commit the PNGs.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [48, 192, 512] as const;
const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
