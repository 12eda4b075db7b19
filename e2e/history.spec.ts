// Undo and redo: a drag, a rename and a template load, by toolbar and by keys.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('a whole drag is one undo step, and redo puts it back', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await expect(d.field('toolbar.undo')).toBeDisabled();
  await expect(d.field('toolbar.redo')).toBeDisabled();

  const id = await d.drop('kafkaTopic', 60, 60);
  const start = (await d.entity(id))!.position;
  await d.dragNode(id, 220, 140);
  await expect.poll(async () => (await d.entity(id))!.position.x).toBeGreaterThan(start.x + 150);
  const moved = (await d.entity(id))!.position;

  await d.undo();
  expect((await d.entity(id))!.position).toEqual(start);
  await expect(d.field('toolbar.redo')).toBeEnabled();
  await d.redo();
  expect((await d.entity(id))!.position).toEqual(moved);
  await expect(d.field('toolbar.redo')).toBeDisabled();

  // One more undo for the drag, one for the drop: then nothing is left to undo.
  await d.undo();
  await d.undo();
  expect((await d.pipeline()).entities).toEqual([]);
  await expect(d.node(id)).toHaveCount(0);
  await expect(d.field('toolbar.undo')).toBeDisabled();
});

test('typing a name is one step per pause; Ctrl+Z and Ctrl+Shift+Z work outside text fields', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const id = await d.drop('kafkaTable', 80, 80);
  const original = (await d.entity(id))!.name;
  await d.select(id);
  await d.typeInto('panel.name', 'orders_queue');
  await expect.poll(async () => (await d.entity(id))!.name).toBe('orders_queue');
  await page.waitForTimeout(800);
  await d.typeInto('panel.name', 'clicks');
  await expect.poll(async () => (await d.entity(id))!.name).toBe('clicks');

  await d.pressOnCanvas('ControlOrMeta+z');
  await expect.poll(async () => (await d.entity(id))!.name).toBe('orders_queue');
  await expect(d.field('panel.name')).toHaveValue('orders_queue');
  await d.pressOnCanvas('ControlOrMeta+z');
  expect((await d.entity(id))!.name).toBe(original);
  await d.pressOnCanvas('ControlOrMeta+Shift+z');
  expect((await d.entity(id))!.name).toBe('orders_queue');
  await d.pressOnCanvas('Control+y');
  expect((await d.entity(id))!.name).toBe('clicks');

  // Inside the name field the keys belong to the field, not to the design history.
  // (A design undo would leave something to redo; the field's own undo does not.)
  await expect(d.field('toolbar.redo')).toBeDisabled();
  await d.field('panel.name').click();
  await d.field('panel.name').press('ControlOrMeta+z');
  await page.waitForTimeout(100);
  await expect(d.field('toolbar.redo')).toBeDisabled();
});

test('a template load is one step: undo brings the previous design back, redo the template', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const mine = await d.drop('mergeTree', 100, 100);
  const ownSql = await d.sqlFromHook();
  await d.openTemplate('aiven-kafka-replicated');
  await expect(d.node(mine)).toHaveCount(0);
  const templateSql = await d.sqlFromHook();
  expect(templateSql).not.toBe(ownSql);

  // Select a template node: undoing the load removes it, so the selection goes too.
  const first = (await d.pipeline()).entities[0]!.id;
  await d.select(first);
  await d.undo();
  await expect(d.field('panel')).toHaveCount(0);
  await expect(d.node(mine)).toBeVisible();
  expect(await d.sqlFromHook()).toBe(ownSql);
  expect((await d.pipeline()).entities.map((e) => e.id)).toEqual([mine]);

  await d.redo();
  await expect(d.node(first)).toBeVisible();
  expect(await d.sqlFromHook()).toBe(templateSql);
});
