import { expect, test } from '../support/fixtures';
import { countOf, dragAnAddress, openDemo } from './graph-support';

test.describe.configure({ timeout: 120_000 });

test('dragging a node keeps Address flow and the time filter on (one workbench answers the drag)', async ({ page, host }) => {
  await openDemo(page, host.url);
  const tools = page.getByTestId('graph-toolbar');
  const flowButton = tools.getByRole('button', { name: 'Address flow' });
  await flowButton.click();
  await expect(flowButton).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => countOf(page, 'edge.flow')).toBeGreaterThan(0);
  // The window's start moved to the middle of the case's span hides the older half of the graph.
  const from = page.getByTestId('time-from');
  const [min, max] = [Number(await from.getAttribute('min')), Number(await from.getAttribute('max'))];
  await from.fill(String(Math.round((min + max) / 2)));
  await expect.poll(() => countOf(page, '.time-hidden')).toBeGreaterThan(0);
  const flows = await countOf(page, 'edge.flow');
  const hidden = await countOf(page, '.time-hidden');

  // A real drag with the mouse on a visible address node.
  await dragAnAddress(page, 40, 30);

  expect(await countOf(page, 'edge.flow')).toBe(flows);
  expect(await countOf(page, '.time-hidden')).toBe(hidden);
  await expect(flowButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('time-filter').getByRole('button', { name: 'Reset' })).toBeVisible();
});
