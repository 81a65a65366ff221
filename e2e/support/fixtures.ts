import { test as base, expect } from '@playwright/test';
import { startServe, type StartedHost } from './host';

/**
 * `host`: a fresh `assay serve` per test. `page` is wrapped to record every request it makes and fail the test if
 * any goes to a host other than the app's own origin (the offline guarantee), if the page throws, or if the CSP
 * refuses something the app itself tried (a sign the app depends on what the policy forbids).
 */
export const test = base.extend<{ host: StartedHost }>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startServe();
    await use(host);
    await host.stop();
  },
  page: async ({ page, host }, use) => {
    const foreign: string[] = [];
    const broken: string[] = [];
    page.on('pageerror', (error) => broken.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) broken.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== host.origin) foreign.push(request.url());
    });
    await use(page);
    expect(foreign, 'requests to hosts other than the app').toEqual([]);
    expect(broken, 'page errors and CSP refusals').toEqual([]);
  },
});

export { expect };
