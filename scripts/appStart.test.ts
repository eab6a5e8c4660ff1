import { describe, expect, it } from 'vitest';
import { initialScriptUrls } from './firstPaintJs';
import { withDeferredAppStart } from './appStart';

const BUILT = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <script>/* head script */</script>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/store-b.js">
    <link rel="modulepreload" crossorigin href="./assets/engine-c.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d.css">
  </head>
  <body><div id="root"><p>first screen</p></div></body>
</html>`;

describe('withDeferredAppStart', () => {
  const html = withDeferredAppStart(BUILT);

  it('takes the module script and its preloads out of the page: nothing is fetched before the first paint', () => {
    const live = html.replace(/<template[\s\S]*?<\/template>/, '');
    expect(live).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(live).toContain('<link rel="stylesheet" crossorigin href="./assets/index-d.css">');
  });

  it('lists them, preloads first, in an inert template before the head script that starts the app', () => {
    expect(html).toMatch(
      /<template id="app-start"><link rel="modulepreload" crossorigin href=".\/assets\/store-b.js"><link [^>]*engine-c.js"><script type="module" crossorigin src=".\/assets\/index-a.js"><\/script><\/template>\s*<script>\/\* head script \*\/<\/script>/,
    );
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('<template'));
  });

  it('still names every script of the first screen, for the first-paint budget', () => {
    expect(initialScriptUrls(html).sort()).toEqual(initialScriptUrls(BUILT).sort());
  });

  it('fails the build on a page it does not understand', () => {
    expect(() => withDeferredAppStart(BUILT.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(/one module script/);
    expect(() => withDeferredAppStart(BUILT.replace('<script>/* head script */</script>', ''))).toThrow(/head script/);
  });
});
