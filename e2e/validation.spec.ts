// A type mismatch between a view and its target: shown on both nodes and in the
// problems list; a click focuses the field; fixing it clears it everywhere.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('a view/target type mismatch is flagged on both nodes, focusable from the list, and clears when fixed', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const p = await d.pipeline();
  const view = p.entities.find((e) => e.kind === 'materializedView')!;
  const target = p.entities.find((e) => e.kind === 'mergeTree')!;
  expect(await d.problems()).toEqual([]);

  // x arrives as UInt64; ClickHouse cannot convert that into Array(UInt64).
  await d.select(target.id);
  await d.fill('panel.columns.0.type', 'Array(UInt64)');

  const badge = (id: string) => d.node(id).getByTestId('node.problems');
  await expect(badge(view.id)).toHaveAttribute('data-severity', 'error');
  await expect(badge(target.id)).toHaveAttribute('data-severity', 'error');
  const items = page.locator('[data-testid="problems.item"][data-code="view.type.incompatible"]');
  await expect(items).toHaveCount(2);
  await expect(d.field('problems.count')).toContainText('2 errors');

  // The view's row: selects the view and focuses the expression of the row writing x.
  await items.and(page.locator(`[data-entity-id="${view.id}"]`)).click();
  await expect(d.field('panel.kind')).toContainText('Materialized view');
  await expect(d.field('panel.mapping.0.expr')).toBeFocused();

  // The target's row: back to the table, focused on the column's type.
  await items.and(page.locator(`[data-entity-id="${target.id}"]`)).click();
  await expect(d.field('panel.kind')).toContainText('MergeTree table');
  await expect(d.field('panel.columns.0.type')).toBeFocused();

  // Fixing the type clears the problem on both nodes and in the list.
  await d.fill('panel.columns.0.type', 'UInt64');
  await expect(items).toHaveCount(0);
  await expect(badge(view.id)).toHaveCount(0);
  await expect(badge(target.id)).toHaveCount(0);
  expect(await d.problems()).toEqual([]);
});
