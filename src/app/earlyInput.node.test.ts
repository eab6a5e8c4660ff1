// @vitest-environment jsdom
// Runs index.html's own head script in a document, so a Node test reads the file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../features/controls';
import { replayEarlyInput, takeEarlyInput } from './earlyInput';

/** index.html's head script, as the page runs it before any of the app's code. */
const HEAD_SCRIPT = (() => {
  const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))?.[1];
  if (!script) throw new Error('index.html has no inline head script');
  return script;
})();

/** Runs the head script on a page holding `body`; what the app would hear is logged. */
function startPage(body: string): string[] {
  document.body.innerHTML = body;
  new Function(HEAD_SCRIPT)();
  const heard: string[] = [];
  for (const button of document.querySelectorAll('button')) {
    button.addEventListener('click', () => heard.push(`click ${button.textContent}`));
  }
  window.addEventListener('keydown', (event) => heard.push(`key ${event.key}`));
  return heard;
}

const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

describe('input before the app is live (index.html head script + earlyInput)', () => {
  let heard: string[] = [];
  beforeEach(() => {
    heard = startPage('<button>Next step</button><button>Back</button><input aria-label="Name">');
  });
  afterEach(() => {
    takeEarlyInput(window);
    document.documentElement.removeAttribute('data-input-waits');
  });

  it('keeps a click on a control and a shortcut key, stopped: nothing half-done, the page says it is starting', () => {
    const next = document.querySelector('button')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    next.dispatchEvent(click);
    press(next, 'ArrowRight');
    expect(click.defaultPrevented).toBe(true);
    expect(heard).toEqual([]);
    expect(document.documentElement.hasAttribute('data-input-waits')).toBe(true);
  });

  it('replays the kept input once the app listens, in order, on the same controls', () => {
    const [next, back] = document.querySelectorAll('button');
    next!.click();
    press(next!, 'ArrowRight');
    back!.click();
    const kept = takeEarlyInput(window);
    expect(document.documentElement.hasAttribute('data-input-waits')).toBe(false);
    replayEarlyInput(kept, document);
    expect(heard).toEqual(['click Next step', 'key ArrowRight', 'click Back']);
  });

  it('after it has stopped, input goes straight to the app and is not kept twice', () => {
    takeEarlyInput(window);
    document.querySelector('button')!.click();
    expect(heard).toEqual(['click Next step']);
    expect(takeEarlyInput(window)).toEqual([]);
  });

  it('finds the same control by its name when the app has drawn the page afresh', () => {
    document.querySelector('button')!.click();
    const kept = takeEarlyInput(window);
    document.body.innerHTML = '<button>Back</button><button>Next step</button>';
    const replayed: string[] = [];
    for (const button of document.querySelectorAll('button')) button.addEventListener('click', () => replayed.push(button.textContent!));
    replayEarlyInput(kept, document);
    expect(replayed).toEqual(['Next step']);
  });

  it('leaves alone what is not a shortcut: Tab, Ctrl+R, typing in a field, Space on a button (its click is kept)', () => {
    const next = document.querySelector('button')!;
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    next.dispatchEvent(tab);
    press(document.body, 'r', { ctrlKey: true });
    press(document.querySelector('input')!, 'a');
    press(next, ' ');
    expect(tab.defaultPrevented).toBe(false);
    expect(heard).toEqual(['key Tab', 'key r', 'key a', 'key  ']);
    expect(takeEarlyInput(window)).toEqual([]);
  });

  it('keeps every key the app has a shortcut for', () => {
    const keys = COMMANDS.flatMap((command) => [...command.keys, ...(command.slideKeys ?? [])]).map((key) => (key === 'Space' ? ' ' : key));
    for (const key of keys) press(document.body, key);
    expect(heard).toEqual([]);
    expect(takeEarlyInput(window).map((input) => input.key)).toEqual(keys);
  });
});

describe('starting the app (index.html head script)', () => {
  const TEMPLATE =
    '<template id="app-start"><link rel="modulepreload" crossorigin href="./assets/store.js"><script type="module" crossorigin src="./assets/index.js"></script></template>';
  const modules = () => [...document.head.querySelectorAll('script[type=module]')].map((e) => e.getAttribute('src'));
  const preloaded = (src: string) => document.head.querySelector(`link[rel=modulepreload][href="${src}"]`) !== null;
  const ran = (src: string, outcome: 'load' | 'error' = 'load') =>
    document.head.querySelector(`script[type=module][src="${src}"]`)!.dispatchEvent(new Event(outcome));
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  afterEach(() => {
    takeEarlyInput(window);
    history.replaceState(null, '', '/');
    Reflect.deleteProperty(document, 'readyState');
    document.head.replaceChildren();
  });

  it('a link (a page hidden until drawn) fetches at once, but runs the app only once the page has been read: #root exists then', async () => {
    history.replaceState(null, '', '/#s=close&step=4');
    document.head.innerHTML = TEMPLATE;
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    new Function(HEAD_SCRIPT)();
    expect(document.documentElement.dataset.prerender).toBe('stale');
    expect(modules()).toEqual(['./assets/store.js']);
    expect(preloaded('./assets/index.js')).toBe(true);
    ran('./assets/store.js');
    await nextTask();
    expect(modules()).toEqual(['./assets/store.js']);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(modules()).toEqual(['./assets/store.js', './assets/index.js']);
  });

  it("runs each chunk the app imports as a module script of its own, at once, and the app in a later task: with them, React DOM's start-up and the app's were one long task (issue 8: total blocking time)", async () => {
    history.replaceState(null, '', '/#s=close&step=4');
    document.head.innerHTML = TEMPLATE;
    new Function(HEAD_SCRIPT)();
    expect(modules()).toEqual(['./assets/store.js']);
    expect(preloaded('./assets/store.js')).toBe(false);
    // The app's code is fetched meanwhile, not run.
    expect(preloaded('./assets/index.js')).toBe(true);
    ran('./assets/store.js');
    expect(modules()).toEqual(['./assets/store.js']);
    await nextTask();
    expect(modules()).toEqual(['./assets/store.js', './assets/index.js']);
  });

  it('runs the app once every chunk has run, and even when one failed to load (its import then fails, as before)', async () => {
    history.replaceState(null, '', '/#s=close&step=4');
    document.head.innerHTML = TEMPLATE.replace('<script', '<link rel="modulepreload" crossorigin href="./assets/react-dom.js"><script');
    new Function(HEAD_SCRIPT)();
    expect(modules()).toEqual(['./assets/store.js', './assets/react-dom.js']);
    ran('./assets/react-dom.js', 'error');
    await nextTask();
    expect(modules()).toEqual(['./assets/store.js', './assets/react-dom.js']);
    ran('./assets/store.js');
    await nextTask();
    expect(modules()).toEqual(['./assets/store.js', './assets/react-dom.js', './assets/index.js']);
  });
});
