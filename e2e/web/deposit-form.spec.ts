import { expect, test } from '../support/fixtures';
import { openDemo, SHOTS } from './panels-support';

test.describe.configure({ timeout: 120_000 });

test('deposit form: service from the address tag, evidence fields, amounts the analyst way, errors beside their fields', async ({ page, host }) => {
  await openDemo(page, host.url);
  // Found by its tag label, as an analyst would.
  const search = page.getByRole('searchbox', { name: 'Find a transaction or address' });
  await search.fill('Hashing24 deposit');
  await search.press('Enter');
  await expect(page.getByTestId('inspector-address')).toContainText('Hashing24');
  await page.getByRole('tab', { name: 'Notes', exact: true }).click();
  const panel = page.getByTestId('annotations-panel');
  await panel.getByTestId('add-deposit').click();
  const form = page.getByTestId('deposit-form');
  await expect(form.locator('select[name="service"]')).toHaveValue('Hashing24');
  await expect(form).toContainText('The address is tagged Hashing24');

  await form.locator('input[name="orderId"]').fill('H24-9931');
  await form.locator('input[name="periodFrom"]').fill('2023-06-08T20:00');
  await form.locator('input[name="periodTo"]').fill('2023-06-10T20:00');
  await form.locator('input[name="poolUrl"]').fill('not a url');
  await form.locator('input[name="payoutAddress"]').fill('bc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw');
  await form.locator('input[name="fiatAmount"]').fill('2,650.00');
  await form.locator('input[name="btcAmount"]').fill('0.09');
  await form.locator('input[name="depositTime"]').fill('2023-06-08T19:40');
  await form.locator('input[name="accountHolder"]').fill('J. Doe <jd@example.org>');
  await form.locator('input[name="legalProcess"]').fill('Subpoena 23-117');
  await form.getByRole('button', { name: 'Add deposit' }).click();
  // The bad pool URL is named beside its own field; the amount typed with a thousands separator is accepted.
  const poolField = form.locator('.field', { has: page.locator('input[name="poolUrl"]') });
  await expect(poolField.getByTestId('field-error')).toContainText('expected a URL such as stratum+tcp://');
  await expect(form.getByTestId('field-error')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/deposit-form-field-error.png` });
  await form.locator('input[name="poolUrl"]').fill('stratum+tcp://btc.viabtc.io:3333');
  await form.getByRole('button', { name: 'Add deposit' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel.locator('[data-testid="annotation"][data-kind="hash_rental_deposit"]')).toContainText('H24-9931');
});
