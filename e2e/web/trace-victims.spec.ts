import { expect, test } from '../support/fixtures';
import { openDemo, panelTab, SHOTS } from './panels-support';

test.describe.configure({ timeout: 120_000 });

test('a trace seeded with the victims reaches the stolen funds and says how it read the seeds', async ({ page, host }) => {
  await openDemo(page, host.url);
  const victims = await page.evaluate(() =>
    (window as unknown as { __assayCy: { nodes(): { filter(f: (n: { data(k: string): unknown }) => boolean): { map<T>(f: (n: { id(): string }) => T): T[] } } } }).__assayCy
      .nodes()
      .filter((n) => n.data('legend') === 'victim')
      .map((n) => n.id().replace(/^address:BTC:/, '')),
  );
  expect(victims.length).toBeGreaterThan(1);
  await panelTab(page, 'Trace');
  const panel = page.getByTestId('trace-panel');
  await panel.locator('textarea[name="seeds"]').fill(victims.slice(0, 3).join('\n'));
  await panel.getByTestId('run-trace').click();
  const results = panel.getByTestId('trace-results');
  await expect(results).toContainText(/[1-9][\d,]* outputs reached/, { timeout: 60_000 });
  await expect(results.getByTestId('trace-note').first()).toContainText('received nothing in this case, so the trace starts from the transactions they spent in');
  await page.screenshot({ path: `${SHOTS}/trace-from-victims.png` });
});
