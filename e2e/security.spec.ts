import { existsSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { expect, test } from './fixtures';

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=en');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toBeNull();
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
});

// The suite's fixture fails any test that causes a violation; this proves the policy does block
// and the report does arrive, so a clean suite means something.
plain('an injected inline script is blocked by the policy and reported', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}/#s=close&step=0&lang=en`);
  await page.locator('.app').waitFor();
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve({ ran: 'injected' in window, directive: event.effectiveDirective });
        });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
});

test('the shipped site has no build manifest (it lists every file of the build)', () => {
  // playwright.config.ts checks that dist/ was built before the browser tests.
  expect(existsSync('dist/index.html')).toBe(true);
  expect(existsSync('dist/.vite')).toBe(false);
});
