import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type Profile } from '../src/engine';
import { expect, test } from './fixtures';
import { expectBadges, expectedStates, expectStep, stateBadge, stepCount } from './helpers';

/**
 * Every scenario, walked through the real UI: the badges after each step must match what the
 * engine computed. Plus a few facts stated by hand, so the test does not only agree with itself.
 */
for (const scenario of SCENARIO_IDS) {
  test(`${scenario}: stepping with the Next button shows each side's state`, async ({ page }) => {
    const n = stepCount(scenario);
    await page.goto(`./#s=${scenario}&step=0&lang=en`);
    await expectBadges(page, expectedStates(scenario, 0));
    const next = page.getByRole('button', { name: 'Next step' });
    for (let k = 1; k <= n; k++) {
      await next.click();
      await expectStep(page, k, n);
      await expectBadges(page, expectedStates(scenario, k));
    }
    await expect(next).toBeDisabled();
  });

  test(`${scenario}: a deep link to the last step lands there, paused`, async ({ page }) => {
    const n = stepCount(scenario);
    await page.goto(`./#s=${scenario}&step=${n}&lang=en`);
    await expectStep(page, n, n);
    await expectBadges(page, expectedStates(scenario, n));
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });
}

test('the handshake, by hand: SYN-SENT, then SYN-RECEIVED, then both ESTABLISHED', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const next = page.getByRole('button', { name: 'Next step' });
  await next.click(); // listen()
  await expect(stateBadge(page, 'Server', 'LISTEN')).toBeVisible();
  await next.click(); // connect()
  await expect(stateBadge(page, 'Client', 'SYN-SENT')).toBeVisible();
  await next.click(); // SYN arrives
  await expect(stateBadge(page, 'Server', 'SYN-RECEIVED')).toBeVisible();
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(stateBadge(page, 'Client', 'ESTABLISHED')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'ESTABLISHED')).toBeVisible();
});

test('the active closer waits in TIME-WAIT, then both sides end CLOSED', async ({ page }) => {
  const n = stepCount('close');
  await page.goto(`./#s=close&step=${n - 1}&lang=en`);
  await expect(stateBadge(page, 'Client', 'TIME-WAIT')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'CLOSED')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stateBadge(page, 'Client', 'CLOSED')).toBeVisible();
});

test('play runs to the end and pauses', async ({ page }) => {
  const n = stepCount('handshake');
  await page.goto('./#s=handshake&step=0&lang=en');
  await page.getByRole('button', { name: 'Play' }).click();
  await expectStep(page, n, n);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(stateBadge(page, 'Server', 'ESTABLISHED')).toBeVisible();
});

test('choosing a scenario in the picker starts it at step 0', async ({ page }) => {
  await page.goto('./#s=handshake&step=3&lang=en');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('simultaneous-close');
  await expectStep(page, 0, stepCount('simultaneous-close'));
  await expect(page).toHaveURL(/s=simultaneous-close&step=0/);
});

/** The step after which the server has taken the client's new SYN in TIME-WAIT, under a profile. */
function synInTimeWait(profile: Profile): number {
  const trace = simulateScenario('time-wait-reuse', { ...DEFAULT_OPTIONS, profile });
  const step = trace.steps.find((s) => s.side === 'server' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');
  expect(step).toBeDefined();
  return (step?.index ?? 0) + 1;
}

test('time-wait-reuse: RFC 9293 answers the new SYN from TIME-WAIT; Linux’s listener accepts a new connection', async ({ page }) => {
  await page.goto(`./#s=time-wait-reuse&step=${synInTimeWait('rfc9293')}&lang=en`);
  await expect(stateBadge(page, 'Server', 'TIME-WAIT')).toBeVisible();
  await expect(page.getByText('Linux would end TIME-WAIT here and hand this SYN to the listening socket', { exact: false })).toBeVisible();

  await page.goto(`./#s=time-wait-reuse&step=${synInTimeWait('linux')}&lang=en&profile=linux`);
  await expect(stateBadge(page, 'Server', 'SYN-RECEIVED')).toBeVisible();
  await expect(page.getByText('the old connection is dropped and the listener answers', { exact: false })).toBeVisible();
  await expect(page.getByText('RFC 9293 read to the letter keeps the old connection in TIME-WAIT', { exact: false })).toBeVisible();

  await page.goto(`./#s=time-wait-reuse&step=${synInTimeWait('linux')}&lang=zh&profile=linux`);
  await expect(page.getByText('严格按字面执行的 RFC 9293 让旧连接继续留在 TIME-WAIT', { exact: false })).toBeVisible();
});

test('accept-queue-full: the client is connected while the server, its accept queue full, drops the ACK and waits in SYN-RECEIVED', async ({
  page,
}) => {
  const trace = simulateScenario('accept-queue-full', { ...DEFAULT_OPTIONS, profile: 'linux' });
  const dropped = trace.steps.findIndex((s) => s.rule === 'accept-queue-full') + 1;
  await page.goto(`./#s=accept-queue-full&step=${dropped}&lang=en&profile=linux`);
  await expectBadges(page, { client: 'ESTABLISHED', server: 'SYN-RECEIVED' });
  await expect(page.getByText('accept queue 3/3')).toBeVisible();
  await expect(page.getByText("but the listener's accept queue is full (3 of 3): the server drops it", { exact: false })).toBeVisible();
  await expect(page.getByRole('img', { name: /Another client of the server/ })).toBeVisible();

  // accept() at 2.5 s made room: the ACK answering the next SYN,ACK completes the handshake.
  await page.goto(`./#s=accept-queue-full&step=${trace.steps.length}&lang=en&profile=linux`);
  await expectBadges(page, { client: 'ESTABLISHED', server: 'ESTABLISHED' });
  await expect(page.getByText(/^accept queue \d+\/\d+$/)).toHaveCount(0);

  await page.goto(`./#s=accept-queue-full&step=${dropped}&lang=zh&profile=linux`);
  await expect(page.getByText('全连接队列 3/3')).toBeVisible();
});
