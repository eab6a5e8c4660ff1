import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { snapshotAt, type Side, type TcpState } from '../src/engine';
import { readLink } from '../src/store/deepLink';
import { loadSandboxParts } from '../src/store/engineArrival';
import { EMPTY_SESSION, simulateSandbox } from '../src/sandbox';
import { DEFAULT_INPUTS } from '../src/store/simInputs';
import { expect, test } from './fixtures';
import { expectBadges, expectedStates, expectStep } from './helpers';

// Reading a sandbox link takes the engine and the sandbox's code, which the app fetches when needed.
test.beforeAll(async () => {
  await loadSandboxParts();
});

/** What the engine says a sandbox link shows: its step count and both states at its step. */
function expectedFromUrl(url: string): { n: number; cursor: number; states: Record<Side, TcpState> } {
  const { inputs } = readLink(new URL(url).hash);
  const trace = simulateSandbox(inputs.sandbox ?? EMPTY_SESSION, inputs.options ?? DEFAULT_INPUTS.options);
  const cursor = inputs.cursor ?? 0;
  const snapshot = snapshotAt(trace, cursor);
  return { n: trace.steps.length, cursor, states: { client: snapshot.client.state, server: snapshot.server.state } };
}

const pad = (page: Page, side: 'Client' | 'Server') => page.getByRole('group', { name: `${side} socket calls` });

test('a session made by hand: drop the SYN by keyboard, see the retransmission, fork, and reopen it from the link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#s=handshake&step=0&lang=en');
  // Opening the sandbox may wait for its code (src/store/engineArrival.ts): chosen, then checked.
  await page.getByRole('radio', { name: 'Sandbox' }).click();
  await expect(page.getByRole('radio', { name: 'Sandbox' })).toBeChecked();
  await expect(page).toHaveURL(/#mode=sandbox&step=0/);
  // Next is disabled in an empty sandbox, so the hint names the calls that start it, not →.
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await expect(
    page.getByText('Nothing happens until you make a call: start with listen() on the server, then connect() on the client.'),
  ).toBeVisible();

  await pad(page, 'Server').getByRole('button', { name: 'listen()' }).click();
  await expectStep(page, 1, 1);
  await pad(page, 'Client').getByRole('button', { name: 'connect()' }).click();
  // connect() is step 2; the engine carries the handshake on by itself to step 5.
  await expectStep(page, 2, 5);
  await expectBadges(page, { client: 'SYN-SENT', server: 'LISTEN' });

  // The SYN is on the wire: pick its arrow with the keyboard (Enter) and drop it (X).
  const syn = page.getByRole('button', { name: /^Segment 1: SYN\b/ });
  await syn.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sandbox-selected-segment')).toContainText('On the wire');
  await page.keyboard.press('x');
  await expect(page.getByTestId('sandbox-message')).toContainText('Segment #1 will be lost in the network.');
  await expect(page.getByTestId('sandbox-announcer')).toContainText('Segment #1 will be lost in the network.');
  await expect(page.getByTestId('sandbox-selected-segment')).toContainText('You dropped it at step 2');
  await expect(page).toHaveURL(/f=1\.lose\.2/);

  // Step on: after the 1 s RTO the client sends the SYN again.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, 6);
  // The loss is now in the past: the line under the calls says so.
  await expect(page.getByTestId('sandbox-message')).toHaveText('Segment #1 was lost in the network.');
  await expect(page.getByRole('button', { name: /^Segment 2: SYN\b.*a retransmission/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Segment 1: SYN\b.*lost in the network/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectBadges(page, { client: 'ESTABLISHED', server: 'SYN-RECEIVED' });

  // Back to step 2 and do something else: the client gives up with close() while the SYN is lost.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2, 6);
  await pad(page, 'Client').getByRole('button', { name: 'close()' }).click();
  await expect(page.getByTestId('sandbox-fork-callout')).toContainText('You changed the past: the rest of the story was recomputed.');
  await expect(page.getByTestId('sandbox-call-result')).toContainText('Client called close() in SYN-SENT.');
  await expect(page).toHaveURL(/#mode=sandbox&a=s\.listen\.0,c\.connect\.1,c\.close\.2&f=1\.lose\.2&step=3/);

  const here = expectedFromUrl(page.url());
  expect(here).toMatchObject({ n: 3, cursor: 3, states: { client: 'CLOSED', server: 'LISTEN' } });
  await expectStep(page, here.cursor, here.n);
  await expectBadges(page, here.states);

  // The copied link reopens exactly this story, in a new tab.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const reopened = await context.newPage();
  await reopened.goto(link);
  await expectStep(reopened, here.cursor, here.n);
  await expectBadges(reopened, here.states);
  await expect(reopened.getByRole('radio', { name: 'Sandbox' })).toBeChecked();
  await expect(reopened.getByRole('button', { name: /^Segment 1: SYN\b.*lost in the network/ })).toBeVisible();
  await expect(reopened.getByTestId('sandbox-call-result')).toContainText('Client called close() in SYN-SENT.');
  // And a plain reload of the current URL does too.
  await page.reload();
  await expectStep(page, here.cursor, here.n);
  await expectBadges(page, here.states);
});

test('a segment chosen from the wire list keeps it and its fates in view (no jump to the header)', async ({ page }) => {
  await page.goto('./#mode=sandbox&a=s.listen.0,c.connect.1&step=2&lang=en');
  const segment = page.getByRole('group', { name: 'On the wire at this step' }).getByRole('button').first();
  await segment.focus();
  await page.keyboard.press('Enter');
  await expect(segment).toHaveAttribute('aria-pressed', 'true');
  const drop = page.getByRole('group', { name: 'What the network does with segment #1' }).getByRole('button', { name: /Drop/ });
  await expect(drop).toBeVisible();
  // Settled: a smooth scroll to the inspector would have started by now.
  await page.waitForTimeout(600);
  await expect(segment).toBeFocused();
  await expect(segment).toBeInViewport();
  await expect(drop).toBeInViewport();
});

test('the mode switch keeps the focus both ways while the panels reorder around it', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const guided = page.getByRole('radio', { name: 'Guided scenarios' });
  const sandbox = page.getByRole('radio', { name: 'Sandbox' });
  await guided.focus();
  await page.keyboard.press('ArrowDown');
  await expect(sandbox).toBeChecked();
  await expect(sandbox).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(guided).toBeChecked();
  await expect(guided).toBeFocused();
  // Guided again: the explanation comes first once more.
  const explanation = page.getByRole('region', { name: 'Explanation' });
  expect((await explanation.boundingBox())!.y).toBeLessThan((await page.getByTestId('sandbox-panel').boundingBox())!.y);
});

test('a guided scenario continues in the sandbox from the step on screen', async ({ page }) => {
  await page.goto('./#s=syn-ack-lost&step=5&lang=en');
  const states = expectedStates('syn-ack-lost', 5);
  await expectBadges(page, states);
  await page.getByRole('button', { name: 'Continue from step 5 in the sandbox' }).click();
  await expect(page.getByRole('radio', { name: 'Sandbox' })).toBeChecked();
  // The button is gone: the focus is on the panel it opened, in view where the panel now stands.
  const heading = page.getByRole('heading', { name: 'Sandbox', level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // The learner's calls come first, on screen and in the Tab order alike.
  const sandboxPanel = page.getByTestId('sandbox-panel');
  const explanation = page.getByRole('region', { name: 'Explanation' });
  expect((await sandboxPanel.boundingBox())!.y).toBeLessThan((await explanation.boundingBox())!.y);
  expect(
    await sandboxPanel.evaluate(
      (panel, other) => Boolean(panel.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await explanation.elementHandle(),
    ),
  ).toBe(true);
  await expect(page.getByText('The sandbox goes on from step 5', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/#mode=sandbox&a=/);
  const { n, cursor } = expectedFromUrl(page.url());
  expect(cursor).toBe(5);
  await expectStep(page, 5, n);
  await expectBadges(page, states);
  // It is the learner's story now: a call goes in at this step.
  await expect(page.getByText('A call you make now becomes step 6', { exact: false })).toBeVisible();
});

test('a scenario that needs segments no endpoint sent says why it cannot continue in the sandbox', async ({ page }) => {
  await page.goto('./#s=syn-flood&step=3&lang=en');
  await expect(page.getByText('This scenario cannot go on in the sandbox', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /Continue from step/ })).toHaveCount(0);
});

test('two connections on one listener, each taken with accept(): the queue chip shows it waiting', async ({ page }) => {
  const serverBadge = (state: TcpState) => page.getByRole('img', { name: `Server state: ${state}` }).locator('xpath=ancestor::li[1]');
  // The handshake is over: the connection waits in the listener's queue (backlog 128).
  await page.goto('./#mode=sandbox&a=s.listen.0,c.connect.1&step=5&lang=en');
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
  await expect(serverBadge('ESTABLISHED')).toContainText('accept queue 1/128');
  await pad(page, 'Server').getByRole('button', { name: 'accept()' }).click();
  const card = page.getByTestId('sandbox-call-result');
  await expect(card).toContainText('Server called accept() in ESTABLISHED.');
  await expect(card).toContainText('The application: accept() returns a new connected socket.');
  await expect(serverBadge('ESTABLISHED')).not.toContainText('accept queue');

  // The client aborts and connects again: the listener, still in LISTEN, makes a second connection.
  await pad(page, 'Client').getByRole('button', { name: 'abort()' }).click();
  await page.keyboard.press('End');
  await expectBadges(page, { client: 'CLOSED', server: 'CLOSED' });
  await pad(page, 'Client').getByRole('button', { name: 'connect()' }).click();
  await page.keyboard.press('End');
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
  const second = serverBadge('ESTABLISHED');
  await expect(second).toContainText('Listener: LISTEN');
  await expect(second).toContainText('connection 2');
  await expect(second).toContainText('accept queue 1/128');
  await pad(page, 'Server').getByRole('button', { name: 'accept()' }).click();
  await expect(card).toContainText('The application: accept() returns a new connected socket.');
  await expect(second).not.toContainText('accept queue');
  await expect(page).toHaveURL(/a=s\.listen\.0,c\.connect\.1,s\.accept\.5,c\.abort\.6,c\.connect\.\d+,s\.accept\.\d+/);
});

test('an illegal call still happens: the error is shown in words', async ({ page }) => {
  await page.goto('./#mode=sandbox&a=s.listen.0,c.connect.1&step=5&lang=en');
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
  await pad(page, 'Client').getByRole('button', { name: 'close()' }).click();
  const send = pad(page, 'Client').getByRole('button', { name: 'send(100)' });
  await expect(send).toBeEnabled();
  await send.click();
  const card = page.getByTestId('sandbox-call-result');
  await expect(card).toContainText('Client called send(100) in FIN-WAIT-1.');
  await expect(card).toContainText('Error: Not allowed in this state: the application gets “error: connection closing”.');
});

test('a bogus sandbox link says what it left out, in the reader’s language, and the sandbox works', async ({ page }) => {
  await page.goto('./#mode=sandbox&a=s.listen.0,x.fly.0,c.connect.-1,c.connect.1&f=banana&step=2&lang=zh');
  await expect(page.getByText(/这个沙盒链接有部分内容无法使用，已略去：“x\.fly\.0”/)).toBeVisible();
  await expect(page.getByRole('radio', { name: '沙盒' })).toBeChecked();
  const n = expectedFromUrl(page.url()).n;
  await expect(page.getByRole('slider')).toHaveValue('2');
  await expect(page.getByRole('group', { name: '播放控制' }).getByText(`第 2 步，共 ${n} 步`, { exact: true })).toBeVisible();
  await page.getByRole('group', { name: '客户端的套接字调用' }).getByRole('button', { name: 'abort()' }).click();
  await expect(page.getByRole('slider')).toHaveValue('3');
  await expect(page).toHaveURL(/a=s\.listen\.0,c\.connect\.1,c\.abort\.2/);
});

test('pure garbage in a sandbox link opens an empty, working sandbox with a message', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./#mode=sandbox&a=%%%<script>alert(1)</script>&f=!!&step=zz');
  await expect(page.getByText(/This sandbox link could not be used/)).toBeVisible();
  await pad(page, 'Server').getByRole('button', { name: 'listen()' }).click();
  await expectStep(page, 1, 1);
  await expectBadges(page, { client: 'CLOSED', server: 'LISTEN' });
  expect(errors).toEqual([]);
});

test('reset can be undone; presets start a class at a useful moment', async ({ page }) => {
  await page.goto('./#mode=sandbox&step=0&lang=en');
  await page.getByRole('button', { name: 'Established connection' }).click();
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
  await page.getByRole('button', { name: 'Reset' }).click();
  await expectBadges(page, { client: 'CLOSED', server: 'CLOSED' });
  await expect(page.getByTestId('sandbox-message')).toHaveText('The sandbox is empty again. Undo brings your session back.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
});

for (const lang of ['en', 'zh'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the sandbox: ${lang}, ${theme}`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
      // A lost SYN selected (fate buttons showing) and an illegal call's error card on screen.
      await page.goto(`./#mode=sandbox&a=s.listen.0,c.connect.1,c.listen.2&f=1.lose.2&step=3&lang=${lang}`);
      await expect(page.getByTestId('sandbox-call-result')).toBeVisible();
      await page
        .getByRole('group', { name: lang === 'en' ? 'On the wire at this step' : '本步正在传输的报文段' })
        .getByRole('button')
        .first()
        .click();
      await expect(page.getByTestId('sandbox-selected-segment')).toBeVisible();
      await page.getByText(lang === 'en' ? /Your story so far/ : /你的过程/).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('every sandbox control is reached with Tab and shows where focus is', async ({ page }) => {
  await page.goto('./#mode=sandbox&a=s.listen.0,c.connect.1&f=1.lose.2&step=2&lang=en');
  await page.getByRole('button', { name: /^#1 SYN/ }).click();
  const panel = page.getByTestId('sandbox-panel');
  const wanted = [
    pad(page, 'Server').getByRole('button', { name: 'listen()' }),
    pad(page, 'Client').getByRole('button', { name: 'abort()' }),
    panel.getByRole('button', { name: /Drop/ }),
    panel.getByRole('combobox', { name: 'Delay by' }),
    panel.getByRole('button', { name: 'Deliver normally' }),
    panel.getByRole('button', { name: 'Undo' }),
  ];
  await pad(page, 'Client').getByRole('button', { name: 'listen()' }).focus();
  const reached = new Set<number>();
  for (let i = 0; i < 40 && reached.size < wanted.length; i++) {
    await page.keyboard.press('Tab');
    for (const [index, locator] of wanted.entries()) {
      if (await locator.evaluate((el) => el === document.activeElement)) {
        reached.add(index);
        const outline = await locator.evaluate((el) => getComputedStyle(el).outlineStyle);
        expect(outline).not.toBe('none');
      }
    }
  }
  expect([...reached].sort()).toEqual(wanted.map((_, i) => i));
});
