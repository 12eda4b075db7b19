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
