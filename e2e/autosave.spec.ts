// Never lose work: the design comes back after a reload, and an unreadable save
// is set aside with a message instead of being replaced.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const KEY = 'chflow.autosave.v1';
const CORRUPT = 'chflow.autosave.corrupt.';

test('build a design, reload, and it is back (restore is not an undo step)', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const topic = await d.drop('kafkaTopic', 40, 40);
  const table = await d.drop('kafkaTable', 320, 40);
  await d.connect(topic, table);
  await d.select(table);
  await d.fill('panel.name', 'orders_queue');
  await expect.poll(() => d.autosaveText()).toContain('orders_queue');
  const sql = await d.sqlFromHook();
  const before = await d.pipeline();

  await d.reload();
  expect(await d.pipeline()).toEqual(before);
  expect(await d.sqlFromHook()).toBe(sql);
  await expect(d.node(table)).toBeVisible();
  await expect(d.field('toolbar.undo')).toBeDisabled();
  await expect(d.field('notice')).toHaveCount(0);
});

test('a change made just before leaving is saved when the page is hidden', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('kafka-dedup-replacing');
  await expect.poll(() => d.autosaveText()).toContain('chflow-autosave');
  // Undo and leave in the same task, long before the debounced save: only pagehide can write it.
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-testid="toolbar.undo"]')!.click();
    window.location.reload();
  });
  await expect(page.getByTestId('palette.kafkaTopic')).toBeVisible();
  await expect(page.getByTestId('canvas.empty')).toBeVisible();
  expect((await d.pipeline()).entities).toEqual([]);
});

test('a corrupt autosave is kept aside with a message, can be downloaded, and the app still works', async ({ page }) => {
  const d = new Designer(page);
  const broken = '{"format":"chflow-autosave","version":1,"savedAt":"2026-01-01T00:00:00.000Z","design":{"format":"chflow-design","vers';
  await d.seedStorage(KEY, broken);
  await d.open();

  await expect(d.field('notice')).toHaveAttribute('data-kind', 'error');
  const message = (await d.field('notice.text').textContent()) ?? '';
  expect(message).toContain('could not be restored');
  expect(message).toContain('cut off');
  const kept = await d.storageKeys(CORRUPT);
  expect(kept).toHaveLength(1);
  expect(message).toContain(kept[0]!);
  expect(await d.autosaveText(kept[0]!)).toBe(broken);
  expect((await d.pipeline()).entities).toEqual([]);

  // The copy can be downloaded from the toolbar.
  await d.field('toolbar.recover').click();
  const [download] = await Promise.all([page.waitForEvent('download'), d.field('recover.0.download').click()]);
  expect(download.suggestedFilename()).toMatch(/^chflow-autosave-corrupt-.*\.json$/);
  const fs = await import('node:fs/promises');
  expect(await fs.readFile((await download.path())!, 'utf8')).toBe(broken);
  await page.keyboard.press('Escape');

  // The app works and saves again; the copy stays where it is.
  const id = await d.drop('kafkaTopic', 80, 80);
  await expect.poll(() => d.autosaveText()).toContain(id);
  await d.reload();
  await expect(d.node(id)).toBeVisible();
  await expect(d.field('notice')).toHaveCount(0);
  expect(await d.storageKeys(CORRUPT)).toEqual(kept);
  await expect(d.field('toolbar.recover')).toBeVisible();
});

test('a save from a newer chflow is not overwritten and says so', async ({ page }) => {
  const d = new Designer(page);
  const future = JSON.stringify({ format: 'chflow-autosave', version: 9, savedAt: '2030-01-01T00:00:00.000Z', design: {} });
  await d.seedStorage(KEY, future);
  await d.open();
  await expect(d.field('notice.text')).toContainText('newer chflow');
  const kept = await d.storageKeys(CORRUPT);
  expect(kept).toHaveLength(1);
  expect(await d.autosaveText(kept[0]!)).toBe(future);
});
