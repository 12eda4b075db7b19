// Share links and read-only embeds: the design travels in the URL fragment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ShareView } from './pages/share';

const TEMPLATE = 'kafka-dedup-replacing';
const OTHER_TEMPLATE = 'json-events-monthly-ttl';

test('a share link opens the same design, with the same SQL, in a fresh browser', async ({ page, browser }) => {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate(TEMPLATE);
  const sql = await d.sqlFromHook();
  expect(sql).toContain('CREATE TABLE');

  const link = await d.shareLink();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=[A-Za-z0-9_-]+$/);
  await expect(d.field('share.length')).toHaveText(`${link.length.toLocaleString('en-US')} characters`);
  await expect(d.field('share.secrets')).toHaveCount(0);
  await d.field('share.copy').click();
  await expect(d.field('share.copied')).toHaveText('Copied');
  expect(await d.clipboard()).toBe(link);
  await d.closeDialog('share.dialog');

  const fresh = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const v = new ShareView(await fresh.newPage());
    await v.openLink(link);
    // An empty designer opens the link straight away, and the address bar forgets it.
    await expect.poll(() => v.sqlFromHook()).toBe(sql);
    await expect(v.field('share.banner')).toHaveCount(0);
    await expect(v.page.locator('.react-flow__node')).toHaveCount((await d.pipeline()).entities.length);
    expect(new URL(v.page.url()).hash).toBe('');
    // It is an ordinary, editable design now.
    await expect(v.field('palette.kafkaTopic')).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('a link never replaces the visitor’s own design without asking; theirs stays one Undo away', async ({ page, browser }) => {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate(TEMPLATE);
  const sharedSql = await d.sqlFromHook();
  const link = await d.shareLink();

  const visitor = await browser.newContext();
  try {
    const v = new ShareView(await visitor.newPage());
    await v.open();
    await v.openTemplate(OTHER_TEMPLATE);
    const ownSql = await v.sqlFromHook();
    await expect.poll(() => v.autosaved()).not.toBeNull();

    // Keep mine: nothing changes.
    await v.page.goto(link);
    await expect(v.field('share.banner')).toBeVisible();
    expect(await v.sqlFromHook()).toBe(ownSql);
    await v.field('share.banner.keep').click();
    await expect(v.field('share.banner')).toHaveCount(0);
    expect(await v.sqlFromHook()).toBe(ownSql);

    // Open it: the shared design, and Undo brings the visitor's back.
    await v.page.goto(link);
    await expect(v.field('share.banner')).toBeVisible();
    await v.field('share.banner.open').click();
    await expect.poll(() => v.sqlFromHook()).toBe(sharedSql);
    await v.undo();
    await expect.poll(() => v.sqlFromHook()).toBe(ownSql);
  } finally {
    await visitor.close();
  }
});

test('secrets are left out of the link, and the dialog says so', async ({ page, browser }) => {
  const d = new ShareView(page);
  await d.open();
  // A design with SASL credentials, opened as a file the way a user would.
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src/core/sql/__golden__/kafka_settings_groups.pipeline.json'), 'utf8'));
  const file = JSON.stringify({ format: 'chflow-design', version: 1, pipeline: golden });
  await d.field('toolbar.open.input').setInputFiles({ name: 'creds.chflow.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect.poll(async () => JSON.stringify(await d.pipeline())).toContain('kafka_sasl_password');

  const link = await d.shareLink();
  await expect(d.field('share.secrets')).toContainText('kafka_sasl_password');
  await expect(d.field('share.secrets')).toContainText('kafka_sasl_username');
  await d.closeDialog('share.dialog');

  const fresh = await browser.newContext();
  try {
    const v = new ShareView(await fresh.newPage());
    await v.openLink(link);
    await expect.poll(async () => (await v.pipeline()).entities.length).toBe(golden.entities.length);
    const opened = JSON.stringify(await v.pipeline());
    expect(opened).not.toContain('kafka_sasl_password');
    expect(opened).not.toContain('kafka_sasl_username');
    expect(opened).toContain('kafka_sasl_mechanism');
  } finally {
    await fresh.close();
  }
});

test('embed mode shows the design and refuses every edit, but copying works', async ({ page, browser }) => {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate(TEMPLATE);
  const sql = await d.sqlFromHook();
  const link = await d.shareLink({ readOnly: true });
  expect(link).toContain('&ro=1');
  await d.closeDialog('share.dialog');

  await (await d.command('toolbar.embed')).click();
  const snippet = await d.field('embed.snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+&amp;ro=1" width="100%" height="480"/);
  await d.field('embed.height').fill('600');
  await d.field('embed.view').selectOption('canvas');
  await expect(d.field('embed.snippet')).toHaveValue(/&amp;ro=1&amp;view=canvas" width="100%" height="600"/);
  await d.closeDialog('embed.dialog');

  const embed = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const v = new ShareView(await embed.newPage());
    await v.openReadOnly(link);
    await expect.poll(() => v.sqlFromHook()).toBe(sql);
    const before = await v.pipeline();
    const nodes = v.page.locator('.react-flow__node');
    await expect(nodes).toHaveCount(before.entities.length);

    // No palette, no editing toolbar, a way out to an editable copy.
    await expect(v.field('palette')).toHaveCount(0);
    await expect(v.field('toolbar')).toHaveCount(0);
    const open = await v.field('readonly.open').getAttribute('href');
    expect(open).toBe(link.replace('&ro=1', ''));

    // Select works; the panel shows the node but nothing in it can change.
    const id = before.entities.find((e) => e.kind === 'kafkaTable')!.id;
    await v.select(id);
    await expect(v.field('panel.readOnly')).toBeVisible();
    await expect(v.field('panel.name')).toBeDisabled();
    await expect(v.field('panel.columns.add')).toBeHidden();
    await expect(v.field('panel.columns.0.delete')).toBeHidden();
    await expect(v.field('node.delete')).toHaveCount(0);

    // Delete keys do nothing, dragging moves nothing.
    await v.node(id).click();
    await v.pressOnCanvas('Delete');
    await v.pressOnCanvas('Backspace');
    // A drag on a node pans the whole view instead: the node keeps its place among the others.
    const other = before.entities.find((e) => e.id !== id)!.id;
    const offset = async () => {
      const [a, b] = [(await v.node(id).boundingBox())!, (await v.node(other).boundingBox())!];
      return { dx: a.x - b.x, dy: a.y - b.y };
    };
    const start = await offset();
    await v.dragNode(id, 200, 120);
    const end = await offset();
    expect(Math.abs(end.dx - start.dx)).toBeLessThan(1);
    expect(Math.abs(end.dy - start.dy)).toBeLessThan(1);
    expect(await v.pipeline()).toEqual(before);
    await expect(nodes).toHaveCount(before.entities.length);

    // Copy works.
    await v.field('sql.copy').click();
    await expect.poll(() => v.clipboard()).toBe(sql);

    // Nothing was written over the visitor's autosave.
    expect(await v.autosaved()).toBeNull();
  } finally {
    await embed.close();
  }
});

test('the view and theme flags: SQL only, dark', async ({ page, browser }) => {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate(TEMPLATE);
  const sql = await d.sqlFromHook();
  const link = await d.shareLink({ readOnly: true, view: 'sql', theme: 'dark' });
  expect(link).toMatch(/&ro=1&view=sql&theme=dark$/);

  const ctx = await browser.newContext({ colorScheme: 'light' });
  try {
    const v = new ShareView(await ctx.newPage());
    await v.openReadOnly(link);
    await expect(v.field('sql.pane')).toBeVisible();
    await expect(v.page.locator('.react-flow')).toHaveCount(0);
    await expect(v.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => v.sqlFromHook()).toBe(sql);
  } finally {
    await ctx.close();
  }
});

test('a broken link says what is wrong and the designer still works', async ({ page }) => {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate(TEMPLATE);
  const link = await d.shareLink();
  await d.closeDialog('share.dialog');
  const own = await d.sqlFromHook();

  await page.goto(link.slice(0, link.length - 25));
  await expect(d.field('notice.text')).toContainText('This link’s design cannot be read');
  expect(await d.sqlFromHook()).toBe(own);
  await d.drop('kafkaTopic', 40, 40);
});
