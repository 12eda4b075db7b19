// The designer end to end: drag, connect, edit, live SQL that runs on ClickHouse.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';
import { runScript, runScriptLocally } from './support/runSql';

test('build a pipeline from an empty canvas, copy its SQL and run it on ClickHouse', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await expect(page.getByTestId('canvas.empty')).toBeVisible();

  const topic = await d.drop('kafkaTopic', 30, 30);
  const kafka = await d.drop('kafkaTable', 300, 30);
  const view = await d.drop('materializedView', 30, 230);
  const table = await d.drop('mergeTree', 300, 230);
  // Each node lands where it is dropped (top-left corner at the drop point, zoom 1).
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const box = (await d.node(kafka).boundingBox())!;
  expect(Math.abs(box.x - pane.x - 300)).toBeLessThan(30);
  expect(Math.abs(box.y - pane.y - 30)).toBeLessThan(30);

  // The topic: its settings flow into the Kafka table when they connect.
  await d.select(topic);
  await d.fill('panel.topic', 'clicks');
  await d.fill('panel.brokers', 'broker-1:9092,broker-2:9092');
  await d.field('panel.format').selectOption('JSONEachRow');
  await d.fill('panel.consumerGroup', 'ch_clicks');
  await d.connect(topic, kafka);

  // The Kafka table: add and rename columns, pick types through the picker.
  await d.select(kafka);
  await d.fill('panel.name', 'clicks_queue');
  await d.field('panel.columns.add').click();
  await d.fill('panel.columns.0.name', 'user');
  await d.fill('panel.columns.0.name', 'user_id');
  await d.pickType('panel.columns.0.type', 'UInt64');
  await d.field('panel.columns.add').click();
  await d.fill('panel.columns.1.name', 'url');
  await d.field('panel.columns.add').click();
  await d.fill('panel.columns.2.name', 'amount');
  await d.pickType('panel.columns.2.type', 'Decimal', { precision: '18', scale: '4' });
  await d.field('panel.columns.add').click();
  await d.fill('panel.columns.3.name', 'ts');
  await d.fill('panel.columns.3.type', 'DateTime');
  await d.field('panel.setting.kafka_num_consumers').fill('2');

  // Connecting carries columns: the view maps every source column, the target takes the view's output.
  await d.connect(kafka, view);
  await d.connect(view, table);
  const pipeline = await d.pipeline();
  const target = pipeline.entities.find((e) => e.id === table) as unknown as { columns: { name: string; type: string }[] };
  expect(target.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
    'user_id UInt64',
    'url String',
    'amount Decimal(18, 4)',
    'ts DateTime',
  ]);

  // The target: engine and ORDER BY.
  await d.select(table);
  await d.fill('panel.name', 'clicks');
  await d.field('panel.engine').selectOption('ReplacingMergeTree');
  await d.field('panel.param.ver').selectOption('ts');
  await d.fill('panel.orderBy', '');
  await d.field('panel.orderBy.pick.user_id').click();
  await d.field('panel.orderBy.pick.url').click();
  await d.fill('panel.partitionBy', 'toYYYYMM(ts)');

  const sql = await d.sqlFromHook();
  expect(sql).toContain("kafka_broker_list = 'broker-1:9092,broker-2:9092'");
  expect(sql).toContain("kafka_topic_list = 'clicks'");
  expect(sql).toContain('kafka_num_consumers = 2');
  expect(sql).toContain('ENGINE = ReplacingMergeTree(ts)');
  expect(sql).toContain('PARTITION BY toYYYYMM(ts)');
  expect(sql).toContain('ORDER BY (user_id, url)');
  expect(sql).toMatch(/CREATE MATERIALIZED VIEW default\.events_mv TO default\.clicks\s+AS SELECT/);
  // Tables come before the view that reads and writes them.
  expect(sql.indexOf('CREATE TABLE default.clicks\n')).toBeLessThan(sql.indexOf('CREATE MATERIALIZED VIEW'));
  expect(sql.indexOf('CREATE TABLE default.clicks_queue')).toBeLessThan(sql.indexOf('CREATE MATERIALIZED VIEW'));

  // The editor shows exactly the generated script; Copy puts it on the clipboard.
  await expect.poll(() => d.editorText()).toBe(sql);
  await d.field('sql.copy').click();
  await expect(d.field('sql.copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(sql);
  expect(await d.problems()).toEqual([]);

  const run = runScript(copied);
  expect(run.failures).toEqual([]);
  expect(run.results.length).toBe(3);
});

test('every keystroke in a panel reaches the SQL pane', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const table = await d.drop('mergeTree', 40, 40);
  await d.select(table);
  const name = d.field('panel.name');
  await name.fill('');
  await name.pressSequentially('orders', { delay: 20 });
  await expect.poll(() => d.editorText()).toContain('default.orders');
  await name.press('Backspace');
  await expect.poll(() => d.editorText()).toMatch(/default\.order(?!s)/);
});

test('a refused connection shows its reason and changes nothing', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const topic = await d.drop('kafkaTopic', 30, 30);
  const view = await d.drop('materializedView', 330, 30);
  await d.dragConnection(topic, view, false);
  await expect(d.field('canvas.connectionHint')).toContainText('Kafka engine table');
  await page.mouse.up();
  await expect(d.field('notice')).toContainText('Kafka engine table');
  expect((await d.pipeline()).links).toEqual([]);
});

test('selecting a node highlights its statement; nodes and edges can be deleted', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const p = await d.pipeline();
  const view = p.entities.find((e) => e.kind === 'materializedView')!;
  await d.node(view.id).click();
  await d.editorText();
  await expect(page.locator('[data-testid="sql.editor"] .sql-selected-line').first()).toBeVisible();

  // Visible delete control on the selected node, then the keyboard on an edge.
  await d.field('node.delete').click();
  await expect.poll(async () => (await d.pipeline()).entities.length).toBe(p.entities.length - 1);
  expect(await d.sqlFromHook()).not.toContain('CREATE MATERIALIZED VIEW');
  const edge = page.locator('.react-flow__edge').first();
  await edge.click({ force: true });
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await d.pipeline()).links.length).toBe(0);
});

test('the Aiven template loads and its SQL runs on ClickHouse', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const sql = await d.sqlFromHook();
  expect(sql).toMatch(/CREATE TABLE service_kaf\.table_name[\s\S]*ENGINE = Kafka/);
  expect(sql).toMatch(/CREATE TABLE default\.destination[\s\S]*ENGINE = ReplicatedMergeTree\s+ORDER BY x;/);
  expect(sql).toMatch(/CREATE MATERIALIZED VIEW default\.my_view TO default\.destination\s+AS SELECT\s+x,\s+y\s+FROM service_kaf\.table_name;/);
  expect(sql).not.toMatch(/TO [^\n]*\n?\s*ENGINE/);
  await expect.poll(() => d.editorText()).toBe(sql);
  // On Aiven the integration makes service_kaf and the Replicated database gives the table its path.
  // A plain server refuses ReplicatedMergeTree without arguments (the validator warns without the design option).
  const onPlain = runScript('CREATE DATABASE service_kaf;\n' + sql);
  expect(onPlain.failures.map((f) => f.error).join('\n')).toMatch(/Macro 'uuid' in engine arguments/);
  expect(runScriptLocally('CREATE DATABASE service_kaf;\n' + sql).failures).toEqual([]);
});

test('download saves pipeline.sql with the whole script', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const [download] = await Promise.all([page.waitForEvent('download'), d.field('sql.download').click()]);
  expect(download.suggestedFilename()).toBe('pipeline.sql');
  const body = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(body).toBe(await d.sqlFromHook());
});

test('no request leaves 127.0.0.1', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  await d.editorText();
  await d.drop('kafkaTopic', 30, 300);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
