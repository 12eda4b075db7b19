// A live server's pipeline drawn and compared end to end, on the embedded engine:
// a pipeline's objects are created in a scratch database through the engine
// endpoint, From server… draws the pipeline around its Kafka table, Drift… finds
// nothing, a renamed column shows as drift (the table and the view writing it),
// and the migration from the server's state adds it and re-points the view.
import { expect, test, type Page } from '@playwright/test';
import { Designer } from './pages/designer';

async function onEngine(page: Page, statements: string[]): Promise<void> {
  await page.evaluate(async (sqls) => {
    const session = (await (await fetch('/engine/session')).json()) as { token: string };
    for (const sql of sqls) {
      const res = await fetch('/engine/', { method: 'POST', body: sql, headers: { 'X-Chflow-Token': session.token } });
      if (!res.ok) throw new Error(`${sql}: ${await res.text()}`);
    }
  }, statements);
}

test('draw the pipeline the server runs, find no drift, then the drift of a renamed column and its migration', async ({ page }) => {
  const db = `chflow_scratch_e2e${Date.now().toString(36)}`;
  // Brokers at a loopback port nothing listens on: the local engine's Kafka tables never connect.
  const ddl = [
    `CREATE DATABASE ${db}`,
    `CREATE TABLE ${db}.orders_queue (id UInt64, amount Float64, region String) ENGINE = Kafka SETTINGS kafka_broker_list = '127.0.0.1:9', kafka_topic_list = 'orders', kafka_group_name = 'g1', kafka_format = 'JSONEachRow'`,
    `CREATE TABLE ${db}.orders (id UInt64, amount Float64, region String) ENGINE = MergeTree ORDER BY id`,
    `CREATE TABLE ${db}.by_region (region String, amount Float64) ENGINE = MergeTree ORDER BY region`,
    `CREATE MATERIALIZED VIEW ${db}.orders_mv TO ${db}.orders AS SELECT id, amount, region FROM ${db}.orders_queue`,
    `CREATE MATERIALIZED VIEW ${db}.by_region_mv TO ${db}.by_region AS SELECT region, amount FROM ${db}.orders_queue`,
  ];
  const objects = ['orders_queue', 'orders', 'by_region', 'orders_mv', 'by_region_mv'].map((n) => `${db}.${n}`);
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse/);
  await onEngine(page, ddl);

  try {
    await (await d.command('serverImport.open')).click();
    await d.field('serverImport.by.pipeline').click();
    await d.field(`serverImport.pipeline.${db}.orders_queue`).click();
    await expect(d.field('serverImport.summary')).toHaveText('5 objects to import.');
    await d.field('serverImport.apply').click();
    await expect(d.field('serverImport')).toHaveCount(0);
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const imported = await d.pipeline();
    expect(imported.entities.map((e) => `${e.database}.${e.name}`).sort()).toEqual([...objects].sort());
    expect(imported.links).toHaveLength(4);

    await (await d.command('drift.open')).click();
    await expect(d.field('drift.none')).toBeVisible();
    await d.field('drift.close').click();

    const target = imported.entities.find((e) => e.name === 'orders')!;
    await d.select(target.id);
    await d.fill('panel.columns.1.name', 'renamed_col'); // amount (id is the sorting key)
    await (await d.command('drift.open')).click();
    // The table's column is renamed and the view that writes it follows the rename.
    await expect(d.field('drift.item.different')).toHaveCount(2);
    await expect(d.field('drift.item.different').nth(0)).toContainText(`${db}.orders: differs`);
    await expect(d.field('drift.item.different').nth(1)).toContainText(`${db}.orders_mv: differs`);
    await d.field('drift.migrate').click();
    // A server knows no column identity, so a rename read from it is a new column plus a
    // dropped one; the drop is destructive and stays commented out until chosen.
    const script = d.field('migrate.script');
    await expect(script).toContainText(`ALTER TABLE ${db}.orders ADD COLUMN renamed_col Float64 AFTER id;`);
    await expect(script).toContainText(`-- ALTER TABLE ${db}.orders DROP COLUMN amount;`);
    await expect(script).toContainText(`ALTER TABLE ${db}.orders_mv MODIFY QUERY SELECT id, amount AS renamed_col, region FROM ${db}.orders_queue;`);
  } finally {
    await onEngine(page, [`DROP DATABASE IF EXISTS ${db}`]);
  }
});
