import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Page } from '@playwright/test';
import { hostileFileName, hostileStrings } from '../../electron/core/reliability/hostile/hostile-strings';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';

const BLOCKS = path.resolve(ROOT, '../shared/data/bitcoin-etl-fixtures/bitcoin/block_with_transactions');
const BLOCK_FILES = [
  'rpc_response_getblock_000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141_2.json',
  'rpc_response_getblock_000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266_2.json',
];
/** Two addresses of blocks 50001-50002 that carry the labels: about 500 hostile tags each. */
const TARGETS = ['1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ'];
const COUNT = 1000;

/**
 * Script ran, an element was built from a payload, the layout spilled sideways, or a payload's bidi control shares its
 * paragraph with other text (it would reorder the app's words beside it): each is a failure.
 */
async function damage(page: Page): Promise<{ pwned: unknown; injected: number; pageOverflow: number; panelOverflow: number; bidiSpills: string[] }> {
  return page.evaluate(() => {
    const panel = document.querySelector('.panel-content');
    const isolates = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return ['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi) || !style.display.startsWith('inline');
    };
    const bidiSpills: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u202A-\u202E\u2066-\u2069]/.test(node.textContent ?? '')) continue;
      let box = node.parentElement;
      while (box && !isolates(box)) box = box.parentElement;
      if (box && box.textContent?.trim() !== node.textContent?.trim()) bidiSpills.push((box.textContent ?? '').slice(0, 80));
    }
    return {
      bidiSpills,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: document.querySelectorAll('[onerror],[onload],[onbegin],[ontoggle],iframe,img[src="x"],math').length,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      panelOverflow: panel ? panel.scrollWidth - panel.clientWidth : 0,
    };
  });
}

test(`${COUNT} hostile labels render as text: no script, no dialog, no sideways overflow`, async ({ page, host }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const labels = hostileStrings(COUNT);
  const csv = stringify([['address', 'label', 'actor', 'source', 'chain'], ...labels.map((l, i) => [TARGETS[i % 2], l, labels[(i + 7) % COUNT], labels[(i + 13) % COUNT], 'BTC'])]);
  const csvName = hostileFileName(1, '.csv');

  await page.goto(host.url);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('<svg onload="window.__pwned=1"> \u202Eeltit');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('<svg onload="window.__pwned=1"> \u202Eeltit');

  await page.getByTestId('import-input').setInputFiles([
    ...BLOCK_FILES.map((f) => ({ name: f, mimeType: 'application/json', buffer: fs.readFileSync(path.join(BLOCKS, f)) })),
    { name: csvName, mimeType: 'text/csv', buffer: Buffer.from(csv) },
  ]);
  await page.getByTestId('import-dialog').getByRole('button', { name: /^Import \d+ files?$/ }).click();
  await expect(page.getByTestId('import-result')).toContainText(csvName, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Close dialog' }).click();
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', /^[1-9]\d*$/, { timeout: 30_000 });

  for (const address of TARGETS) {
    await page.evaluate((id) => {
      const cy = (window as unknown as { __assayCy: { $id(id: string): { emit(e: string): void; length: number } } }).__assayCy;
      cy.$id(id).emit('tap');
    }, `address:BTC:${address}`);
    const inspector = page.getByTestId('inspector-address');
    await expect(inspector).toContainText(address);
    await expect(inspector.locator('.tag-chip')).toHaveCount(COUNT / 2, { timeout: 30_000 });
    // Label i went to TARGETS[i % 2]: the first two payloads, shown verbatim as text.
    await expect(inspector).toContainText(labels[TARGETS.indexOf(address)]!);
    expect(await damage(page), `inspector of ${address}`).toEqual({ pwned: undefined, injected: 0, pageOverflow: 0, panelOverflow: 0, bidiSpills: [] });
  }

  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByTestId('sources')).toContainText(csvName);
  expect(await damage(page), 'sources panel').toEqual({ pwned: undefined, injected: 0, pageOverflow: 0, panelOverflow: 0, bidiSpills: [] });
  expect(dialogs).toEqual([]);
});
