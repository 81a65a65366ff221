import { expect, type Page } from '@playwright/test';

export const SHOTS = '/tmp/shots-graph';

/** The slice of cytoscape the graph specs read, through window.__assayCy (exposed in test runs only). */
interface CyNode { id(): string; visible(): boolean; hasClass(c: string): boolean; position(): { x: number; y: number }; renderedPosition(): { x: number; y: number }; data(k: string): unknown; selected(): boolean }
interface CyEdge { id(): string; source(): CyNode; target(): CyNode }
interface Cy { center(n: CyNode): void; elements(selector: string): { length: number }; nodes(selector?: string): CyNode[] & { filter(f: (n: CyNode) => boolean): CyNode[] }; edges(): CyEdge[]; getElementById(id: string): CyNode & { emit(e: string): void }; container(): HTMLElement }
declare global {
  interface Window { __assayCy: Cy }
}

export const nodeIds = (page: Page): Promise<string[]> => page.evaluate(() => window.__assayCy.nodes().map((n) => n.id()).filter((id) => !id.startsWith('group:')).sort());
/** How many nodes and edges match a cytoscape selector. */
export const countOf = (page: Page, selector: string): Promise<number> => page.evaluate((s) => window.__assayCy.elements(s).length, selector);
export const visibleCount = (page: Page): Promise<number> => page.evaluate(() => window.__assayCy.nodes().filter((n) => n.visible()).length);
export const isVisible = (page: Page, id: string): Promise<boolean> => page.evaluate((i) => window.__assayCy.getElementById(i).visible(), id);
export const positionOf = (page: Page, id: string): Promise<{ x: number; y: number }> => page.evaluate((i) => window.__assayCy.getElementById(i).position(), id);
export const positions = (page: Page): Promise<Record<string, { x: number; y: number }>> =>
  page.evaluate(() => Object.fromEntries(window.__assayCy.nodes().map((n) => [n.id(), n.position()])));

/**
 * A tap as the app sees a click (selection). The braces matter: `emit` returns the cytoscape element, and Playwright
 * would serialize it (with the whole graph it references) back to the test, gigabytes for the demo graph.
 */
export const tap = (page: Page, id: string): Promise<void> =>
  page.evaluate((i) => {
    window.__assayCy.getElementById(i).emit('tap');
  }, id);

/** The selected nodes' ids, sorted. */
export const selectedIds = (page: Page): Promise<string[]> => page.evaluate(() => window.__assayCy.nodes(':selected').map((n) => n.id()).sort());

/** A real mouse click on a node (with modifier keys held, e.g. Shift to add it to the selection), centred first. */
export async function clickNode(page: Page, id: string, button: 'left' | 'right' = 'left', modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  const at = await page.evaluate((i) => {
    const cy = window.__assayCy;
    cy.center(cy.getElementById(i));
    const p = cy.getElementById(i).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y, { button });
  for (const key of modifiers) await page.keyboard.up(key);
}

/** Two addresses joined through one transaction (a -> tx -> b): a path of length 2 is known to exist. */
export const twoHopPair = (page: Page): Promise<[string, string, string]> =>
  page.evaluate(() => {
    const edges = window.__assayCy.edges();
    for (const inEdge of edges) {
      const tx = inEdge.target().id();
      if (!tx.startsWith('tx:')) continue;
      const out = edges.find((e) => e.source().id() === tx && e.target().id() !== inEdge.source().id());
      if (out) return [inEdge.source().id(), tx, out.target().id()] as [string, string, string];
    }
    throw new Error('no address -> tx -> address pair on the graph');
  });

export async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Open demo case/ }).click();
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', /^[1-9]\d*$/, { timeout: 30_000 });
  await expect(page.getByTestId('graph-toolbar')).toBeVisible();
}

/** Drags a visible address node by (dx, dy) screen pixels with the real mouse (centred first) and waits until it moved. */
export async function dragAnAddress(page: Page, dx: number, dy: number): Promise<string> {
  const at = await page.evaluate(() => {
    const cy = window.__assayCy;
    const node = cy.nodes().filter((n) => n.visible() && n.hasClass('address'))[0]!;
    cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  });
  const before = await positionOf(page, at.id);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + dx, at.y + dy, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => positionOf(page, at.id)).not.toEqual(before);
  return at.id;
}
