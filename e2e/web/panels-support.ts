import { expect, type Page } from '@playwright/test';

export const SHOTS = '/tmp/shots-panels';

type Cy = {
  nodes(selector?: string): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] };
  getElementById(id: string): { emit(e: string): void };
};

/** Opens (generating it on first use) the demo case and waits for its graph. */
export async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Open demo case/ }).click();
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', /^[1-9]\d*$/, { timeout: 30_000 });
}

/** Selects a graph node as a tap would. */
export async function selectNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => (window as unknown as { __assayCy: Cy }).__assayCy.getElementById(nodeId).emit('tap'), id);
}

/** Address node ids on the graph. */
export const addressNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __assayCy: Cy }).__assayCy.nodes().map((n) => n.id()).filter((id) => id.startsWith('address:')));

export async function panelTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Switches theme with the toolbar button. */
export async function toggleTheme(page: Page): Promise<void> {
  await page.getByRole('button', { name: /(Light|Dark) theme/ }).click();
}
