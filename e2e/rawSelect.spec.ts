// A view whose SELECT does not fit the mapping grid: imported, its query shown and
// edited in the side panel with the SQL pane following, one undo step per typing
// burst; and Write as SQL / Edit as grid on the seed template leave the script as it was.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const QUERY = 'SELECT\n    id,\n    arrayJoin(items) AS item\nFROM default.orders_queue';
const SCRIPT = [
  "CREATE TABLE default.orders_queue (id UInt64, items Array(String)) ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka:9092', kafka_topic_list = 'orders', kafka_group_name = 'g', kafka_format = 'JSONEachRow';",
  'CREATE TABLE default.order_items (id UInt64, item String) ENGINE = MergeTree ORDER BY id;',
  `CREATE MATERIALIZED VIEW default.order_items_mv TO default.order_items AS\n${QUERY};`,
].join('\n');

async function viewId(d: Designer): Promise<string> {
  const v = (await d.pipeline()).entities.find((e) => e.kind === 'materializedView');
  if (!v) throw new Error('no view');
  return v.id;
}

async function rawSelectOf(d: Designer, id: string): Promise<string | undefined> {
  const v = (await d.pipeline()).entities.find((e) => e.id === id) as { rawSelect?: string } | undefined;
  return v?.rawSelect;
}

test('an imported arrayJoin view shows its query in the panel; editing it updates the SQL pane; undo restores it', async ({ page }) => {
  // Half-typed queries reach the panel's reader on every keystroke: none may break the page.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const d = new Designer(page);
  await d.open();
  await (await d.command('toolbar.importSql')).click();
  await d.fill('import.text', SCRIPT);
  await expect(d.field('import.summary')).toHaveText('3 objects from 3 statements.');
  await d.field('import.apply').click();
  await expect(d.field('import')).toHaveCount(0);

  const id = await viewId(d);
  await d.select(id);
  const field = d.field('panel.rawSelect');
  await expect(field).toHaveValue(QUERY);
  // Kept as written, so the grid, WHERE and GROUP BY (not written) are not offered.
  await expect(d.field('panel.rawSelectSection')).toContainText('do not fit the mapping grid');
  await expect(d.field('panel.rawSelectSection')).toContainText('Check runs the query on the local engine');
  await expect(d.field('panel.mapping')).toHaveCount(0);
  await expect(d.field('panel.where')).toHaveCount(0);
  await expect(d.field('panel.groupBy')).toHaveCount(0);
  await expect(d.field('panel.editAsGrid')).toBeDisabled();
  await expect(d.field('panel.editAsGrid.reason')).toContainText('it uses arrayJoin');
  // Monospace, resizable, laid out as written.
  const style = await field.evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontFamily, resize: s.resize, space: s.whiteSpace };
  });
  expect(style.font).toMatch(/mono/i);
  expect(style.resize).toBe('vertical');
  expect(style.space).toBe('pre');

  const before = await d.editorText();
  expect(before).toContain(`TO default.order_items\nAS ${QUERY};`);

  // Type like a user: a new item after `id,` (Enter keeps the indentation), then a filter at the end.
  await field.click();
  await field.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('id,') + 3;
    el.setSelectionRange(at, at);
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('toString(id) AS label,', { delay: 30 });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('WHERE length(items) > 0', { delay: 30 });
  const edited = 'SELECT\n    id,\n    toString(id) AS label,\n    arrayJoin(items) AS item\nFROM default.orders_queue\nWHERE length(items) > 0';
  await expect(field).toHaveValue(edited);
  await expect.poll(() => d.editorText()).toContain(`AS ${edited};`);
  expect(await rawSelectOf(d, id)).toBe(edited);

  // The whole typing burst is one undo step.
  await d.undo();
  await expect(field).toHaveValue(QUERY);
  await expect.poll(() => d.editorText()).toBe(before);

  // Emptied, the query is an error at the field (the panel stays in SQL mode).
  await field.fill('');
  await expect(d.field('panel.rawSelectSection').getByTestId('panel.problems')).toContainText('query is empty');
  await expect(d.field('panel.rawSelect')).toBeVisible();
  await expect.poll(() => d.editorText()).toContain('is not emitted: its query is empty');
  await d.undo();
  await expect(field).toHaveValue(QUERY);
  expect(errors).toEqual([]);
});

test('Write as SQL on the seed template keeps the SQL pane text; Edit as grid brings the grid back; each is one undo step', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('aiven-kafka-replicated');
  const id = await viewId(d);
  await d.select(id);
  await expect(d.field('panel.mapping')).toBeVisible();
  const before = await d.editorText();

  await d.field('panel.writeAsSql').click();
  const field = d.field('panel.rawSelect');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/^SELECT\n {4}/);
  await expect(d.field('panel.mapping')).toHaveCount(0);
  expect(before).toContain(`AS ${await field.inputValue()};`);
  await expect.poll(() => d.editorText()).toBe(before);
  expect(await d.sqlFromHook()).toBe(before);

  // The grid can hold it again, and writes the same script.
  await expect(d.field('panel.editAsGrid')).toBeEnabled();
  await d.field('panel.editAsGrid').click();
  await expect(d.field('panel.mapping')).toBeVisible();
  await expect(d.field('panel.rawSelect')).toHaveCount(0);
  expect(await rawSelectOf(d, id)).toBeUndefined();
  await expect.poll(() => d.editorText()).toBe(before);

  await d.undo();
  await expect(d.field('panel.rawSelect')).toBeVisible();
  await d.undo();
  await expect(d.field('panel.mapping')).toBeVisible();
  expect(await rawSelectOf(d, id)).toBeUndefined();
  await expect.poll(() => d.editorText()).toBe(before);
});
