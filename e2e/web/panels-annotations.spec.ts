import { createHash } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { openDemo, selectNode, SHOTS, toggleTheme } from './panels-support';

type CyData = { __assayCy: { nodes(): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] } } };

// Two cores shared with other jobs: the demo graph can take a while to lay out under load.
test.describe.configure({ timeout: 180_000 });

test('annotate an address with a note and a hash-rental deposit with an evidence file; the off-chain link appears', async ({ page, host }) => {
  await openDemo(page, host.url);
  const untagged = await page.evaluate(() =>
    (window as unknown as CyData).__assayCy.nodes().map((n) => ({ id: n.id(), category: n.data('category') })).filter((n) => n.id.startsWith('address:') && n.category === ''),
  );
  const [deposit, payout] = untagged.map((n) => n.id);
  expect(deposit && payout).toBeTruthy();
  await selectNode(page, deposit!);
  await page.keyboard.press('a');
  const panel = page.getByTestId('annotations-panel');
  await expect(panel).toBeVisible();

  await panel.getByTestId('add-note').click();
  await panel.getByTestId('note-form').locator('textarea[name="note"]').fill('Seen in the victim report <script>alert(1)</script>');
  await panel.getByTestId('note-form').locator('input[name="labels"]').fill('reviewed, victim-report');
  await panel.getByTestId('note-form').getByRole('button', { name: 'Add note' }).click();
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await expect(panel.getByTestId('annotation')).toContainText('<script>alert(1)</script>');

  await panel.getByTestId('add-deposit').click();
  const form = page.getByTestId('deposit-form');
  await expect(form).toBeVisible();
  await form.locator('select[name="service"]').selectOption('MiningRigRentals');
  await form.locator('input[name="orderId"]').fill('MRR-443210');
  await form.locator('input[name="periodFrom"]').fill('2023-06-08T05:00');
  await form.locator('input[name="periodTo"]').fill('2023-06-11T05:00');
  await form.locator('input[name="poolUrl"]').fill('stratum+tcp://btc.viabtc.io:3333');
  await form.locator('input[name="worker"]').fill('acct42.rig7');
  const payoutAddress = payout!.split(':')[2]!;
  // A mistyped payout address is refused by the engine, which names the field.
  await form.locator('input[name="payoutAddress"]').fill(`${payoutAddress.slice(0, -1)}${payoutAddress.endsWith('q') ? 'p' : 'q'}`);
  await form.locator('input[name="fiatAmount"]').fill('38500.00');
  const evidence = Buffer.from('%PDF-1.4 subpoena return, MiningRigRentals order MRR-443210\n');
  await form.getByLabel('Evidence document').setInputFiles({ name: 'subpoena-mrr-443210.pdf', mimeType: 'application/pdf', buffer: evidence });
  await expect(form).toContainText('its SHA-256 is recorded');
  await page.screenshot({ path: `${SHOTS}/deposit-form-dark.png` });
  await form.getByRole('button', { name: 'Add deposit' }).click();
  await expect(form.getByRole('alert')).toContainText('Payout address');
  await expect(form.locator('.field.invalid input[name="payoutAddress"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/deposit-form-error.png` });
  await form.locator('input[name="payoutAddress"]').fill(payoutAddress);
  await form.getByRole('button', { name: 'Add deposit' }).click();
  await expect(form).toHaveCount(0);

  const card = panel.locator('[data-testid="annotation"][data-kind="hash_rental_deposit"]');
  await expect(card).toContainText('MRR-443210');
  await expect(card.getByTestId('evidence')).toContainText('subpoena-mrr-443210.pdf');
  const sha = createHash('sha256').update(evidence).digest('hex');
  await expect(card.getByTestId('evidence')).toContainText(sha.slice(0, 10));
  await expect(card.getByTestId('offchain-link')).toContainText(payoutAddress.slice(0, 12));
  await page.screenshot({ path: `${SHOTS}/annotations-dark.png` });
  await toggleTheme(page);
  await page.screenshot({ path: `${SHOTS}/annotations-light.png` });

  // Following the link selects the payout address.
  await card.getByTestId('offchain-link').getByRole('button').click();
  await expect(page.locator('.inspector-body')).toContainText(payoutAddress.slice(0, 12));
  // On the payout address, the Notes panel shows the link that points at it.
  await page.keyboard.press('a');
  await expect(panel.getByTestId('incoming-links')).toContainText(deposit!.split(':')[2]!.slice(0, 12));
  await expect(panel.getByTestId('incoming-links')).toContainText('hash rental deposit');
  await page.screenshot({ path: `${SHOTS}/annotations-payout-light.png` });

  // The audit log records both annotations.
  await page.keyboard.press('b');
  const drawer = page.getByTestId('tables-drawer');
  await drawer.getByRole('tab', { name: 'Audit log' }).click();
  await drawer.getByLabel('Filter rows').fill('annotation.add');
  await expect(drawer.getByTestId('table-total')).toHaveText('2 rows');
});

test('trace from a perpetrator address forward and compare the taint models side by side', async ({ page, host }) => {
  await openDemo(page, host.url);
  const seed = await page.evaluate(() =>
    (window as unknown as CyData).__assayCy.nodes().map((n) => ({ id: n.id(), category: n.data('category') })).find((n) => n.category === 'perpetrator')?.id,
  );
  expect(seed).toBeTruthy();
  await selectNode(page, seed!);
  await page.keyboard.press('t');
  const panel = page.getByTestId('trace-panel');
  await expect(panel.locator('textarea[name="seeds"]')).toHaveValue(seed!.split(':')[2]!);
  await panel.locator('input[name="hops"]').fill('12');
  await panel.getByTestId('run-trace').click();
  const compare = panel.getByTestId('trace-compare');
  await expect(compare).toBeVisible({ timeout: 30_000 });
  for (const model of ['poison', 'haircut', 'fifo', 'lifo', 'tiho', 'address_fifo']) await expect(compare.getByRole('columnheader', { name: model, exact: true })).toHaveCount(1);
  expect(await compare.locator('tbody tr').count()).toBeGreaterThan(0);
  await expect(panel.getByTestId('trace-totals')).toBeVisible();
  await expect(panel.getByTestId('trace-offchain')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/trace-dark.png` });
  // The result survives switching panels.
  await page.keyboard.press('i');
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(compare).toBeVisible();
  await panel.getByTestId('trace-highlight').click();
  await expect(page.getByTestId('graph-focus')).toContainText('trace');
  await toggleTheme(page);
  await panel.locator('.trace-results').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/trace-light.png` });
  await panel.getByTestId('trace-wide').click();
  const wide = page.getByRole('dialog').getByTestId('trace-compare');
  await expect(wide).toBeVisible();
  expect(await wide.locator('tbody tr').count()).toBe(await compare.locator('tbody tr').count());
  await page.screenshot({ path: `${SHOTS}/trace-wide-light.png` });
});
