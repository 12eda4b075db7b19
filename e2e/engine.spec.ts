// The embedded engine end to end: samples → inferred columns → preview rows, and
// Check with ClickHouse reporting a broken view expression on its node.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const SAMPLES = '{"id": 1, "name": "alpha"}\n{"id": 2, "name": "beta"}\n{"id": 3, "name": "gamma"}';

test('samples, inferred columns, preview and Check with ClickHouse', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse 26\.7\./);

  // A 2×2 grid leaves every handle on screen beside the inspector.
  const topicId = await d.drop('kafkaTopic', 30, 30);
  const tableId = await d.drop('kafkaTable', 300, 30);
  const viewId = await d.drop('materializedView', 30, 230);
  const targetId = await d.drop('mergeTree', 300, 230);
  await d.connect(topicId, tableId);

  await d.select(topicId);
  await d.fill('panel.samples', SAMPLES);
  await d.field('panel.inferColumns').click();
  await expect(d.field('infer.column')).toHaveCount(2);
  await expect(d.field('infer.columns').getByLabel('Column 1 type')).toHaveValue('Int64');
  await expect(d.field('infer.columns').getByLabel('Column 2 name')).toHaveValue('name');
  await d.field('infer.accept').click();
  await expect(d.field('infer.dialog')).toHaveCount(0);
  await expect
    .poll(async () => page.evaluate((id) => (window.__chflow!.pipeline() as { entities: { id: string; columns?: { name: string; type: string }[] }[] }).entities.find((e) => e.id === id)?.columns, tableId))
    .toEqual([expect.objectContaining({ name: 'id', type: 'Int64' }), expect.objectContaining({ name: 'name', type: 'String' })]);

  await d.connect(tableId, viewId);
  await d.connect(viewId, targetId);

  await d.select(viewId);
  const preview = d.field('panel.preview');
  await expect(preview.getByTestId('panel.preview.row')).toHaveCount(3);
  await expect(preview).toContainText('gamma');

  // Break an expression: ClickHouse rejects the view, on that node and field.
  await d.fill('panel.mapping.0.expr', 'id + missing_col');
  await d.field('toolbar.check').click();
  const results = d.field('check.results');
  const failed = results.locator(`[data-testid="check.item"][data-entity-id="${viewId}"]`);
  await expect(failed).toHaveAttribute('data-status', 'error');
  await expect(failed).toContainText('missing_col');
  // The script has no CREATE DATABASE (all in default): the target ran as written, the Kafka table
  // only with its brokers substituted, and only the view failed.
  await expect(results.locator('[data-testid="check.item"]')).toHaveCount(3);
  await expect(results.locator('[data-testid="check.item"][data-status="ok"]')).toHaveCount(1);
  await expect(results.locator(`[data-testid="check.item"][data-entity-id="${tableId}"]`)).toHaveAttribute('data-status', 'substituted');
  await expect(results.locator(`[data-testid="check.item"][data-entity-id="${tableId}"]`)).toContainText('ran with substitutions: brokers set to 127.0.0.1:9');
  await d.field('check.results.close').click();
  await expect(d.node(viewId).getByTestId('node.problems')).toHaveAttribute('title', /ClickHouse: .*missing_col/);

  // Fix it: the engine problem goes with the edit, and the check passes.
  await d.fill('panel.mapping.0.expr', 'id');
  await expect(d.node(viewId).locator('[data-testid="node.problems"][title*="ClickHouse"]')).toHaveCount(0);
  await d.field('toolbar.check').click();
  // Nothing failed, but the Kafka table did not run as written: not plain success.
  await expect(d.field('check.summary')).toHaveAttribute('data-outcome', 'substituted');
  await expect(results.locator('[data-testid="check.item"][data-status="ok"]')).toHaveCount(2);
  await expect(d.field('check.ran')).toContainText('DROP DATABASE IF EXISTS chflow_scratch_');
});
