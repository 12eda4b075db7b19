// A running pipeline changed safely: mark the seed template as deployed, add a
// column end to end (a topic sample with a new field → inferred Kafka table
// columns → target column → view mapping), read the migration in the dialog,
// then run the old design and that very script on ClickHouse 26.7 (chdb) with
// a real Kafka-protocol broker: the rows from before stay, the rows after it
// carry the new column, none is lost or doubled. Also the Deploy dialog flags
// what Aiven cannot express on the node.
import { expect, test } from '@playwright/test';
import { MockBroker } from '../src/test/broker/mockBroker';
import { closeNamespace, openNamespace, type ChdbNamespace } from '../src/test/chdb';
import { Designer } from './pages/designer';
import { splitStatements } from './support/runSql';

type Entity = { id: string; kind: string; name: string; database: string; columns?: { name: string }[] };

/** The script as run here: the mock broker, a fresh topic and group, Replicated engines local (chdb's are read-only). */
function forTheTestServer(script: string, broker: string, topic: string, group: string): string[] {
  const local = script
    .replace(/kafka_broker_list = '[^']*'/g, `kafka_broker_list = '${broker}'`)
    .replace(/kafka_topic_list = '[^']*'/g, `kafka_topic_list = '${topic}'`)
    .replace(/kafka_group_name = '[^']*'/g, `kafka_group_name = '${group}'`)
    .replace(/ENGINE = Replicated(\w*MergeTree)/g, 'ENGINE = $1');
  return splitStatements(local);
}

async function rowsOf(ns: ChdbNamespace, table: string, want: number): Promise<{ x: number; y: string; z?: string }[]> {
  const until = Date.now() + 100_000;
  for (;;) {
    const rows = ns.rows<{ x: number; y: string; z?: string }>(`SELECT * FROM ${table} ORDER BY x`);
    if (rows.length >= want || Date.now() > until) return rows;
    await new Promise((r) => setTimeout(r, 300));
  }
}

test('mark a baseline, add a column end to end, read the migration and run it with messages flowing', async ({ page }) => {
  test.setTimeout(240_000);
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse 26\.7\./);
  await d.openTemplate('aiven-kafka-replicated');
  const deployedSql = await d.sqlFromHook();
  await (await d.command('migrate.markBaseline')).click();

  const entities = (await d.pipeline()).entities as unknown as Entity[];
  const topic = entities.find((e) => e.kind === 'kafkaTopic')!;
  const kafka = entities.find((e) => e.kind === 'kafkaTable')!;
  const view = entities.find((e) => e.kind === 'materializedView')!;
  const target = entities.find((e) => e.kind === 'mergeTree')!;

  // The new field arrives in the topic's samples; the Kafka table's columns are inferred from them.
  await d.select(topic.id);
  await d.fill('panel.samples', '{"x": 3, "y": "third", "z": "zed"}');
  await d.field('panel.inferColumns').click();
  await expect(d.field('infer.column')).toHaveCount(3);
  await d.field('infer.accept').click();
  await expect
    .poll(async () => ((await d.pipeline()).entities as unknown as Entity[]).find((e) => e.id === kafka.id)?.columns?.map((c) => c.name))
    .toEqual(['x', 'y', 'z']);
  // The target gets the column, the view maps it.
  await d.select(target.id);
  await d.field('panel.columns.add').click();
  await d.fill('panel.columns.2.name', 'z');
  await d.select(view.id);
  await d.field('panel.mapping.sync').click();
  await expect.poll(async () => (await d.sqlFromHook()).includes('    z\nFROM')).toBe(true);

  await (await d.command('migrate.open')).click();
  const script = (await d.field('migrate.script').textContent()) ?? '';
  expect(script).toContain('ALTER TABLE default.destination ADD COLUMN z String AFTER y;');
  // Inference read x as Int64 (it was UInt64): the view is created again rather than given a new SELECT.
  expect(script).toContain('x Int64');
  const order = ['DROP TABLE service_kaf.table_name SYNC;', 'ENGINE = Null;', 'ADD COLUMN z String', 'CREATE MATERIALIZED VIEW default.my_view', 'ENGINE = Kafka'].map((s) => script.indexOf(s));
  expect(order.every((i) => i >= 0) && order.every((i, n) => n === 0 || i > order[n - 1]!), script).toBe(true);
  expect(await d.field('migrate.problems').count()).toBe(0);
  await d.field('migrate.close').click();

  const broker = await MockBroker.start();
  closeNamespace();
  const ns = openNamespace();
  const t = `migrate_e2e_${Date.now()}`;
  try {
    ns.run('CREATE DATABASE IF NOT EXISTS service_kaf');
    for (const sql of forTheTestServer(deployedSql, broker.address, t, `${t}_g`)) expect(ns.run(sql).error).toBe('');
    broker.produce(t, ['{"x": 1, "y": "first", "z": "ignored before"}', '{"x": 2, "y": "second"}']);
    expect((await rowsOf(ns, 'default.destination', 2)).map((r) => r.y)).toEqual(['first', 'second']);

    for (const sql of forTheTestServer(script, broker.address, t, `${t}_g`)) expect(ns.run(sql), sql).toMatchObject({ error: '' });
    broker.produce(t, ['{"x": 3, "y": "third", "z": "zed"}', '{"x": 4, "y": "fourth", "z": "zulu"}']);
    const rows = await rowsOf(ns, 'default.destination', 4);
    expect(rows).toEqual([
      { x: 1, y: 'first', z: '' },
      { x: 2, y: 'second', z: '' },
      { x: 3, y: 'third', z: 'zed' },
      { x: 4, y: 'fourth', z: 'zulu' },
    ]);
  } finally {
    ns.close();
    await broker.stop();
  }
});

test('Deploy to Aiven lists what the integration cannot express and flags it on the node', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const all = (await d.pipeline()).entities as unknown as Entity[];
  const kafka = all.find((e) => e.kind === 'kafkaTable')!;
  // A format ClickHouse reads but Aiven's integration does not list (set on the topic, which the table follows).
  await d.select(all.find((e) => e.kind === 'kafkaTopic')!.id);
  await d.field('panel.format').selectOption('CSVWithNames');
  const badge = page.locator(`[data-entity-id="${kafka.id}"] [data-testid="node.problems"]`);
  await expect(badge).toHaveCount(0);
  await (await d.command('deploy.open')).click();
  await expect(d.field('deploy.issues')).toContainText('AV03');
  // On the node too, while the dialog is open.
  await expect(badge).toHaveAttribute('title', /does not list the format CSVWithNames/);
  await expect(d.field('deploy.output.aiven.json')).toContainText('"data_format": "CSVWithNames"');
  await expect(d.field('deploy.output.aiven.sql')).toContainText('FROM `service_my-kafka`.table_name');
  await d.field('deploy.close').click();
  await expect(badge).toHaveCount(0);
  await d.field('panel.format').selectOption('JSONEachRow');
  await (await d.command('deploy.open')).click();
  await expect(d.field('deploy.issues')).toHaveCount(0);
  await d.field('deploy.tab.clickpipes').click();
  await expect(d.field('deploy.output.clickpipes.tf')).toContainText('resource "clickhouse_clickpipe"');
});
