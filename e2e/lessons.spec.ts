import { expect, test } from './fixtures';

test('the what-if map loads the scenario in which the FIN is lost, and closes', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const open = page.getByRole('button', { name: 'What if it fails?' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'What if it fails here?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Imagine the network fails at each step');
  // The seven segments of handshake and wave, then the three cases where retrying is not enough.
  await expect(dialog.getByRole('listitem')).toHaveCount(7 + 3);
  await expect(dialog.getByRole('heading', { name: 'When retrying is not enough' })).toBeVisible();
  await dialog.getByRole('button', { name: 'The client’s FIN is lost' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('fin-lost');
  await expect(page).toHaveURL(/#s=fin-lost&step=0/);
  await expect(open).toBeFocused();
});

test('the what-if map asks its question in Chinese and works from the keyboard', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=zh');
  const open = page.getByRole('button', { name: '断网会怎样？' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '如果在这一步断网了？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('想象下在3握4挥的每一次步骤时网络中断了，会发生什么？')).toBeVisible();
  // Focus is inside the dialog; Tab moves between its buttons, never behind it.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('Learn opens in Chinese and shows a misconception gently corrected', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=zh');
  await page.getByRole('button', { name: '学习' }).click();
  const drawer = page.getByRole('dialog', { name: '学习' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { name: '课程' })).toBeVisible();
  const card = drawer.locator('[data-misconception="bare-fin"]');
  await card.scrollIntoViewIfNeeded();
  await expect(card).toContainText('不少教材说……');
  await expect(card).toContainText('挥手的报文段被画成单独的“FIN=1, seq=u”。');
  await expect(card).toContainText('实际上……');
  await expect(card).toContainText('实际抓包看到的是“FIN, ACK”');

  await drawer.getByRole('button', { name: '常见误区' }).click();
  await expect(drawer.getByRole('heading', { name: '常见误区' })).toBeFocused();
  await drawer.getByText('为什么是三次握手，而不是两次？').click();
  await expect(drawer.getByText(/双方各自选定起始序列号/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});

test('Compare shows the old duplicate SYN against a two-way handshake, side by side', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-way-handshake');
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why three? Two runs side by side' });
  await expect(dialog).toBeVisible();
  const real = dialog.getByRole('region', { name: 'Old duplicate SYN' });
  const two = dialog.getByRole('region', { name: 'What if only two? (not real TCP)' });
  await expect(real.getByText('At the end: client ESTABLISHED, server ESTABLISHED.')).toBeVisible();
  await expect(two.getByText('At the end: client CLOSED, server ESTABLISHED.')).toBeVisible();
  await expect(real.getByRole('group', { name: /^Sequence diagram/ })).toBeVisible();
  await expect(two.getByRole('group', { name: /^Sequence diagram/ })).toBeVisible();
  await expect(real.getByRole('button', { name: /^Segment \d+: RST / })).toBeVisible();
  // Both ladders sit next to each other on a laptop screen.
  const [a, b] = [await real.boundingBox(), await two.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
});
