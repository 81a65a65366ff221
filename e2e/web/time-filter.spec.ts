import { expect, test } from '../support/fixtures';
import { openDemo, visibleCount } from './graph-support';
import { toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-timefilter';
const HOUR = 3600;
const DAY = 86_400;
const BOUND = String.raw`\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d`;

test.describe.configure({ timeout: 120_000 });

test('time filter: wide sliders stepping whole hours over the demo days, a day per PageUp, bounds as UTC dates', async ({ page, host }) => {
  await openDemo(page, host.url);
  const from = page.getByTestId('time-from');
  const to = page.getByTestId('time-to');
  const label = page.getByTestId('time-window');
  const attribute = async (name: string) => Number(await from.getAttribute(name));
  const [lo, hi, step] = [await attribute('min'), await attribute('max'), await attribute('step')];
  // The demo case spans several days: a press is an hour, and about two hundred presses or fewer cross it.
  expect(hi - lo).toBeGreaterThan(2 * DAY);
  expect(step).toBe(HOUR);
  expect(lo % HOUR).toBe(0);
  expect((hi - lo) / step).toBeLessThanOrEqual(200);
  for (const slider of [from, to]) expect((await slider.boundingBox())!.width).toBeGreaterThanOrEqual(160);
  await expect(label).toHaveText(new RegExp(`^${BOUND} – ${BOUND} UTC \\(\\d+ d( \\d+ h)?\\)$`));

  const shown = await visibleCount(page);
  await from.focus();
  await page.keyboard.press('PageUp');
  const afterPage = Number(await from.inputValue());
  await page.keyboard.press('ArrowRight');
  expect(Number(await from.inputValue())).toBe(afterPage + HOUR);
  // The first page lands a day past the grid's start (the case's first moment, rounded down to the hour).
  expect(afterPage - lo).toBeGreaterThanOrEqual(DAY);
  expect(afterPage - lo).toBeLessThanOrEqual(DAY + HOUR);
  await expect(from).toHaveAttribute('aria-valuetext', new RegExp(`^${BOUND} UTC$`));
  await expect(label).toHaveText(new RegExp(`^${BOUND} – ${BOUND} UTC`));
  await expect.poll(() => visibleCount(page)).toBeLessThan(shown);

  await to.focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  expect(Number(await to.inputValue())).toBeLessThanOrEqual(hi - 2 * DAY);
  await page.screenshot({ path: `${SHOTS}/time-filter-dark.png` });
  await page.getByTestId('time-filter').screenshot({ path: `${SHOTS}/time-filter-dark-crop.png` });
  await toggleTheme(page);
  await page.getByTestId('time-filter').screenshot({ path: `${SHOTS}/time-filter-light-crop.png` });
  await page.getByTestId('time-filter').getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => visibleCount(page)).toBe(shown);
});
