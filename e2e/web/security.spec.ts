import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from '../support/fixtures';

test('the API and the page refuse requests without the session; the printed URL opens one browser only', async ({ page, host }) => {
  const anonymous = await playwrightRequest.newContext();
  try {
    const call = await anonymous.post(`${host.origin}/api/call`, { data: { method: 'app.info', params: {} } });
    expect(call.status()).toBe(403);
    expect((await anonymous.get(`${host.origin}/`)).status()).toBe(403);
    expect((await anonymous.get(`${host.origin}/api/events`)).status()).toBe(403);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Assay' })).toBeVisible();
    // The page's own API token works from anywhere that holds it; the URL's token, replayed, opens nothing.
    const apiToken = await page.locator('meta[name="assay-token"]').getAttribute('content');
    const withToken = await anonymous.post(`${host.origin}/api/call`, { data: { method: 'app.info', params: {} }, headers: { 'x-assay-token': apiToken ?? '' } });
    expect(await withToken.json()).toMatchObject({ ok: true, result: { runtime: 'browser-host' } });
    const withUrlToken = await anonymous.post(`${host.origin}/api/call`, { data: { method: 'app.info', params: {} }, headers: { 'x-assay-token': host.token } });
    expect(withUrlToken.status()).toBe(403);
    expect((await anonymous.get(host.url, { maxRedirects: 0 })).status()).toBe(403);
  } finally {
    await anonymous.dispose();
  }
});

test('the token leaves the address bar and the page runs under a strict CSP', async ({ page, host }) => {
  const response = await page.goto(host.url);
  expect(page.url()).toBe(`${host.origin}/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { name: 'Assay' })).toBeVisible();
});
