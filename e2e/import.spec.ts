// SQL import end to end: Aiven's documented (invalid) seed statement pasted into
// Import SQL…, the fix explained, three connected nodes, a column edited, and
// copied SQL that ClickHouse runs. A dropped .sql file arrives untrusted.
import { expect, test } from '@playwright/test';
import { runInFreshNamespace } from '../src/test/chdb';
import { Designer } from './pages/designer';
import { splitStatements } from './support/runSql';

// As Aiven's ClickHouse documentation gives it: TO and ENGINE in one statement.
const AIVEN_SEED =
  'CREATE MATERIALIZED VIEW default.my_view TO destination_name ENGINE = ReplicatedMergeTree ORDER BY x AS SELECT x,y FROM service_kaf.table_name';

interface Entity {
  id: string;
  kind: string;
  name: string;
  database: string;
  columns?: { name: string; type: string }[];
}

test('paste the Aiven seed, see the fix and three connected nodes, edit a column, copy SQL that runs', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await (await d.command('toolbar.importSql')).click();
  const text = d.field('import.text');
  await expect(text).toBeVisible();
  // A real paste, through the clipboard.
  await page.evaluate((sql) => navigator.clipboard.writeText(sql), AIVEN_SEED);
  await text.focus();
  await page.keyboard.press('Control+V');
  await expect(text).toHaveValue(AIVEN_SEED);

  // The refusal is named, with what was done about it.
  const notes = d.field('import.message.note');
  await expect(notes.filter({ hasText: "ClickHouse refuses TO together with ENGINE" })).toContainText(
    'Fixed: the view writes TO default.destination_name and the ENGINE clause became the engine of the new table default.destination_name',
  );
  await expect(d.field('import.summary')).toHaveText('3 objects from 1 statement.');
  await d.field('import.apply').click();
  await expect(d.field('import')).toHaveCount(0);

  // Three nodes, connected source → view → target.
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  const p = (await d.pipeline()) as unknown as { entities: Entity[]; links: { source: string; target: string }[] };
  const byName = (n: string) => p.entities.find((e) => e.name === n)!;
  const queue = byName('table_name');
  const view = byName('my_view');
  const target = byName('destination_name');
  expect([queue.kind, view.kind, target.kind]).toEqual(['kafkaTable', 'materializedView', 'mergeTree']);
  expect(p.links.map((l) => `${l.source}>${l.target}`).sort()).toEqual([`${queue.id}>${view.id}`, `${view.id}>${target.id}`].sort());

  // Edit a column: x is a number on both sides (the import could only guess String).
  await d.select(queue.id);
  await d.fill('panel.columns.0.type', 'UInt64');
  await d.select(target.id);
  await d.fill('panel.columns.0.type', 'UInt64');
  await expect.poll(() => d.sqlFromHook()).toContain('x UInt64');

  // Copy the SQL and run it. On Aiven service_kaf exists (the integration makes it) and
  // databases are Replicated; here the Replicated engine is made local, as chdb has no replicas.
  await d.field('sql.copy').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await d.sqlFromHook());
  expect(copied).toContain('CREATE MATERIALIZED VIEW default.my_view TO default.destination_name\nAS SELECT');
  const statements = splitStatements(copied.replace(/ENGINE = Replicated(\w*MergeTree)/g, 'ENGINE = $1'));
  const { ns, results } = runInFreshNamespace(['CREATE DATABASE service_kaf', ...statements]);
  try {
    expect(results.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
    expect(ns.run('SHOW CREATE TABLE default.destination_name').output).toContain('`x` UInt64');
  } finally {
    ns.close();
  }

  // The two column edits are undone first; then the whole import goes in one step.
  await d.undo();
  await d.undo();
  await expect.poll(() => d.sqlFromHook()).not.toContain('x UInt64');
  expect((await d.pipeline()).entities).toHaveLength(3);
  await d.undo();
  await expect.poll(async () => (await d.pipeline()).entities.length).toBe(0);
});

test('a dropped .sql file opens the import; a syntax error points at line and column; skipped statements are listed', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const drop = async (name: string, content: string) => {
    const data = await page.evaluateHandle(
      ({ n, c }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([c], n, { type: 'text/plain' }));
        return dt;
      },
      { n: name, c: content },
    );
    await page.locator('.react-flow__pane').dispatchEvent('dragover', { dataTransfer: data });
    await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: data });
  };
  await drop('broken.sql', 'CREATE TABLE t (a UInt8)\nENGINE = MergeTree ORDER BY (a;');
  await expect(d.field('import.message.error')).toContainText('line 2, column');
  await expect(d.field('import.apply')).toBeDisabled();
  await d.field('import.close').click();

  await drop('pipeline.sql', 'CREATE TABLE db.t (a UInt8) ENGINE = MergeTree ORDER BY a;\nDROP TABLE old;');
  await expect(d.field('import.text')).toHaveValue(/CREATE TABLE db\.t/);
  await expect(d.field('import.message.skipped')).toContainText('line 2, column 1');
  await d.field('import.apply').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  // (That the file's design is untrusted is checked on the store in src/import/importActions.test.ts.)
});

// SHOW CREATE's own layout: constraints, then projections, after the columns.
const WITH_PROJECTION = `CREATE TABLE default.visits
(
    \`user_id\` UInt32,
    \`url\` String,
    CONSTRAINT url_set CHECK url != '',
    PROJECTION per_user (SELECT user_id, count() GROUP BY user_id)
)
ENGINE = MergeTree
ORDER BY user_id`;

test('a projection and a constraint come through the import into the panel and the SQL, edits show live, and the SQL runs', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await (await d.command('toolbar.importSql')).click();
  await d.field('import.text').fill(WITH_PROJECTION);
  await expect(d.field('import.report')).not.toContainText('PROJECTION');
  await d.field('import.apply').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  // The More menu the command came from stays open over the canvas' top.
  const more = d.field('toolbar.actions.more');
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'true') await more.click();
  const [table] = (await d.pipeline()).entities;
  await d.select(table!.id);

  await expect(d.field('panel.projections')).toContainText('Projections (1)');
  await expect(d.field('panel.projections.0.name')).toHaveValue('per_user');
  await expect(d.field('panel.projections.0.definition')).toHaveValue('(SELECT user_id, count() GROUP BY user_id)');
  await expect(d.field('panel.constraints.0.name')).toHaveValue('url_set');
  await expect(d.field('panel.constraints.0.definition')).toHaveValue("CHECK url != ''");
  await expect.poll(() => d.sqlFromHook()).toContain(
    "    CONSTRAINT url_set CHECK url != '',\n    PROJECTION per_user (SELECT user_id, count() GROUP BY user_id)\n)",
  );

  // Renamed in the panel: the SQL follows; an empty name is a problem under the row.
  await d.fill('panel.projections.0.name', 'by_user');
  await expect.poll(() => d.sqlFromHook()).toContain('PROJECTION by_user (SELECT');
  await d.fill('panel.projections.0.name', '');
  await expect(d.field('panel.projections.0.row').getByTestId('panel.problems')).toContainText('Projection 1 has no name');
  await d.fill('panel.projections.0.name', 'by_user');

  // A second constraint added from the panel.
  await d.field('panel.constraints.add').click();
  await d.fill('panel.constraints.1.definition', 'CHECK user_id > 0');
  await expect.poll(() => d.sqlFromHook()).toContain('CONSTRAINT chk CHECK user_id > 0');

  const sql = await d.sqlFromHook();
  const { ns, results } = runInFreshNamespace(splitStatements(sql));
  try {
    expect(results.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
    const created = ns.run('SHOW CREATE TABLE default.visits').output;
    expect(created).toContain('PROJECTION by_user');
    expect(created).toContain('CONSTRAINT chk CHECK user_id > 0');
  } finally {
    ns.close();
  }
});
