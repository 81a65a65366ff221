import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-connection';

test('the host stops: a banner says so with the last answer, retries back off, and Retry tries at once', async ({ page, host }) => {
  const attempts: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/events') attempts.push(Date.now());
  });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: /New case/ })).toBeVisible();
  await expect.poll(() => attempts.length).toBe(1);
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toHaveCount(0);

  await host.stop();
  const stoppedAt = Date.now();
  await expect(banner).toContainText('Lost the connection to the Assay host… retrying');
  await expect(banner.getByTestId('connection-last')).toHaveText(/^Last answer \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\./);
  // Eight seconds without the host: attempts at about 1, 3 and 7 s (a fixed one-second retry would make eight).
  await page.waitForTimeout(Math.max(0, stoppedAt + 8000 - Date.now()));
  const during = attempts.filter((t) => t >= stoppedAt).length;
  expect(during).toBeGreaterThanOrEqual(2);
  expect(during).toBeLessThanOrEqual(4);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/lost-dark.png` });
  await toggleTheme(page);
  await page.screenshot({ path: `${SHOTS}/lost-light.png` });

  const before = attempts.length;
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => attempts.length).toBe(before + 1);
  await expect(banner).toContainText('Lost the connection to the Assay host');
});

/** Cuts the page's event stream in the browser (the host keeps running) while `cut()` says so; counts the attempts. */
async function cuttable(page: Page, cut: () => boolean): Promise<number[]> {
  const attempts: number[] = [];
  await page.route('**/api/events', (route) => {
    attempts.push(Date.now());
    return cut() ? route.abort('connectionrefused') : route.continue();
  });
  return attempts;
}

test('the banner clears by itself when the stream is back', async ({ page, host }) => {
  let cut = true;
  const attempts = await cuttable(page, () => cut);
  await page.goto(host.url);
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toContainText('Lost the connection to the Assay host');
  await expect(banner.getByTestId('connection-last')).toHaveText(/No answer from the host since this page opened/);
  await expect.poll(() => attempts.length).toBe(2);
  cut = false;
  await expect(banner).toHaveCount(0, { timeout: 10_000 });
  expect(attempts).toHaveLength(3);
});

test('Retry reconnects at once, without waiting out the back-off, and the app works again', async ({ page, host }) => {
  let cut = true;
  const attempts = await cuttable(page, () => cut);
  await page.goto(host.url);
  const banner = page.getByTestId('connection-banner');
  // After four failures the next attempt is eight seconds away.
  await expect.poll(() => attempts.length, { timeout: 15_000 }).toBe(4);
  await expect(banner).toContainText(/retrying in [5-8] s/);
  cut = false;
  const clicked = Date.now();
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  expect(Date.now() - clicked).toBeLessThan(4000);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('After the outage');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('After the outage');
});
