import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerOfflineWorkerWhenIdle } from './offlineWorker';

/** A page with a service worker container and an idle callback the test runs when it says so. */
function fakePage({ idleCallback = true, register = vi.fn(() => Promise.resolve()) } = {}) {
  const idle: (() => void)[] = [];
  const win = {
    navigator: { serviceWorker: { register } },
    requestIdleCallback: idleCallback ? (callback: () => void) => idle.push(callback) : undefined,
    setTimeout: (callback: () => void) => idle.push(callback),
  };
  const goIdle = async () => {
    for (const callback of idle.splice(0)) callback();
    await flush();
  };
  return { win: win as unknown as Window, register, goIdle, idle };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllEnvs());

describe('the offline worker is registered once the first screen is done and the page is idle', () => {
  it('not before the first screen is done, nor before the page is idle; then once, for the whole site', async () => {
    vi.stubEnv('PROD', true);
    const page = fakePage();
    let done!: () => void;
    registerOfflineWorkerWhenIdle(new Promise<void>((resolve) => (done = resolve)), page.win);
    await page.goIdle();
    expect(page.register).not.toHaveBeenCalled();
    done();
    await flush();
    expect(page.register).not.toHaveBeenCalled();
    await page.goIdle();
    expect(page.register).toHaveBeenCalledTimes(1);
    expect(page.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('waits on a timer where the browser has no idle callback (Safari)', async () => {
    vi.stubEnv('PROD', true);
    const page = fakePage({ idleCallback: false });
    registerOfflineWorkerWhenIdle(Promise.resolve(), page.win);
    await flush();
    expect(page.idle).toHaveLength(1);
    await page.goIdle();
    expect(page.register).toHaveBeenCalledTimes(1);
  });

  it('a refused registration leaves the app as it was: nothing thrown, nothing unhandled', async () => {
    vi.stubEnv('PROD', true);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const page = fakePage({ register: vi.fn(() => Promise.reject(new Error('SecurityError'))) });
      registerOfflineWorkerWhenIdle(Promise.resolve(), page.win);
      await flush();
      await page.goIdle();
      await flush();
      expect(page.register).toHaveBeenCalledTimes(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('never in development, nor in the single-file build (a file:// page cannot have one)', async () => {
    for (const env of [
      { PROD: false, MODE: 'development' },
      { PROD: true, MODE: 'single' },
    ]) {
      vi.stubEnv('PROD', env.PROD);
      vi.stubEnv('MODE', env.MODE);
      const page = fakePage();
      registerOfflineWorkerWhenIdle(Promise.resolve(), page.win);
      await flush();
      await page.goIdle();
      expect({ ...env, registered: page.register.mock.calls.length }).toEqual({ ...env, registered: 0 });
    }
  });
});
