import { expect, test } from '../support/fixtures';
import { countOf, openDemo, SHOTS, tap, twoHopPair } from './graph-support';

test.describe.configure({ timeout: 180_000 });

test('a flow (edge) is selected, inspected and annotated like a node; derived edges are not selectable', async ({ page, host }) => {
  await openDemo(page, host.url);

  await test.step('selecting an output edge inspects the flow: transaction, address, amount', async () => {
    const [, tx, payee] = await twoHopPair(page);
    const edge = await page.evaluate(([t, p]) => window.__assayCy.edges().find((e) => e.source().id() === t && e.target().id() === p)!.id(), [tx, payee] as const);
    expect(edge).toMatch(/>o\d+$/);
    await tap(page, edge);
    const inspector = page.getByTestId('inspector-edge');
    await expect(inspector).toContainText('Paid to');
    await expect(inspector).toContainText(/\d\.\d{8}/);
    expect(await countOf(page, 'edge:selected')).toBe(1);

    await page.keyboard.press('a');
    const panel = page.getByTestId('annotations-panel');
    await expect(panel.locator('.kind-badge')).toHaveText('edge');
    await panel.getByTestId('add-note').click();
    await panel.getByTestId('note-form').locator('textarea[name="note"]').fill('Peel to the exchange deposit');
    await panel.getByTestId('note-form').getByRole('button', { name: 'Add note' }).click();
    await expect(panel.getByTestId('annotation')).toContainText('Peel to the exchange deposit');
    await page.keyboard.press('i');
    await expect(page.getByTestId('inspector-edge').getByTestId('inspector-annotations')).toContainText('Peel to the exchange deposit');
    await page.screenshot({ path: `${SHOTS}/30-edge-inspected.png` });
  });

  await test.step('a derived address-flow edge is not selectable', async () => {
    await page.getByTestId('graph-toolbar').getByRole('button', { name: 'Address flow' }).click();
    const flow = await page.evaluate(() => window.__assayCy.edges().map((e) => e.id()).find((id) => id.startsWith('flow:'))!);
    await tap(page, flow);
    expect(await countOf(page, 'edge.flow:selected')).toBe(0);
    await expect(page.getByTestId('inspector-edge')).toBeVisible();
  });
});
