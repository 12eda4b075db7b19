// Run: the seed template with sample messages goes through a real Kafka-protocol
// broker into default.destination, shown as rows in the Run dialog.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('Run on the seed template shows the sample rows in default.destination', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse 26\.7\./);
  await d.openTemplate('aiven-kafka-replicated');
  const topicId = (await d.pipeline()).entities.find((e) => e.kind === 'kafkaTopic')!.id;
  await d.select(topicId);
  await d.fill('panel.samples', '{"x": 1, "y": "first"}\n{"x": 2, "y": "second"}');

  await d.field('toolbar.run').click();
  const dest = page.locator('[data-testid="run.target"][data-target="default.destination"]');
  await expect(dest).toHaveAttribute('data-rows', '2', { timeout: 40_000 });
  await expect(dest).toContainText('first');
  await expect(dest).toContainText('second');
  await expect(d.field('run.summary')).toHaveAttribute('data-outcome', 'ok');
  await expect(d.field('run.notes')).toContainText('runs as MergeTree');
});

test('on a static host (no local engine) Run says how to get it, and nothing is sent', async ({ page }) => {
  // A static host answers /engine/session with an HTML page (here a 404), as GitHub Pages would.
  const engineCalls: string[] = [];
  await page.route('**/engine/**', (route) => {
    engineCalls.push(route.request().url());
    return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
  });
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).not.toContainText(/Embedded ClickHouse/);
  await d.openTemplate('aiven-kafka-replicated');
  await d.field('toolbar.run').click();
  await expect(d.field('run.summary')).toHaveAttribute('data-outcome', 'failed');
  await expect(d.field('run.summary')).toContainText('Run needs the local engine that `npm start` serves');
  // Only the probe for the engine went out; no statement, broker or produce call.
  expect(engineCalls.every((u) => new URL(u).pathname === '/engine/session')).toBe(true);
});
