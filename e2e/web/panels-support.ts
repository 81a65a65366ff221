import type { Page } from '@playwright/test';

export const SHOTS = '/tmp/shots-panels';

type Cy = { nodes(selector?: string): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] } };

// One way to open the demo and select a node for every spec.
export { openDemo, tap as selectNode } from './graph-support';

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
