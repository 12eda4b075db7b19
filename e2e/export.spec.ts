// Images of the whole design, the templates gallery, layout, theme and the
// shortcuts sheet, driven through the toolbar as a user would.
import { inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';
import { runScript } from './support/runSql';

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA at (x, y). */
  pixel(x: number, y: number): number[];
}

/** Decodes an 8-bit RGBA PNG (what canvas.toDataURL writes): header, then every row unfiltered. */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colorType = bytes[25]!;
  expect([bytes[24], colorType, bytes[28]]).toEqual([8, 6, 0]); // 8-bit RGBA, not interlaced
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const v = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + i] = (v + pred) & 0xff;
    }
  }
  return { width, height, colorType, pixel: (x, y) => [...out.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] };
}

/** The four corner pixels (inside the margin, so background only). */
const corners = (png: Png) => [png.pixel(1, 1), png.pixel(png.width - 2, 1), png.pixel(1, png.height - 2), png.pixel(png.width - 2, png.height - 2)];

const hex = (rgb: number[]) => '#' + rgb.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('');

test('PNG export covers every node, not just the ones in view, light, dark and transparent', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('kafka-fan-out-two-targets');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  // Measured while every node is on screen: off-screen nodes leave the DOM.
  const bounds = await d.nodeBounds();
  expect(bounds.count).toBe(6);
  // Zoom in on one corner so most nodes are out of view.
  for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomin').click();
  expect(await d.visibleNodeCount()).toBeLessThan(6);

  const light = await d.exportImage('png', { dark: false, transparent: false });
  expect(light.name).toBe('pipeline.png');
  expect(light.bytes.length).toBeGreaterThan(5_000);
  const png = readPng(light.bytes);
  // At zoom 1 the image must hold the bounds of all nodes (it is drawn at 2 device pixels per CSS pixel, plus a margin).
  expect(png.width).toBeGreaterThanOrEqual(bounds.width);
  expect(png.height).toBeGreaterThanOrEqual(bounds.height);
  const ratio = png.width / Math.ceil(bounds.width + 64);
  expect(ratio).toBeGreaterThanOrEqual(1);
  expect(png.height).toBeGreaterThanOrEqual(Math.floor(bounds.height * ratio));
  for (const c of corners(png)) expect([hex(c), c[3]]).toEqual(['#f8fafc', 255]);
  // Something is drawn: the middle of the image is not all background.
  const row = Array.from({ length: 200 }, (_, i) => hex(png.pixel(Math.floor((png.width * i) / 200), Math.floor(png.height / 4))));
  expect(new Set(row).size).toBeGreaterThan(2);

  const dark = readPng((await d.exportImage('png', { dark: true, transparent: false })).bytes);
  for (const c of corners(dark)) expect([hex(c), c[3]]).toEqual(['#0f172a', 255]);
  expect([dark.width, dark.height]).toEqual([png.width, png.height]);

  const clear = readPng((await d.exportImage('png', { dark: false, transparent: true })).bytes);
  for (const c of corners(clear)) expect(c[3]).toBe(0);

  // The page is back in its own theme after a dark export.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('SVG export is the whole design as vector markup', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('kafka-dead-letter-stream');
  const svg = await d.exportImage('svg');
  expect(svg.name).toBe('pipeline.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const bounds = await d.nodeBounds();
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
  expect(width).toBeGreaterThanOrEqual(bounds.width);
  // Every link is drawn as a vector curve with a literal colour (no stylesheet outside the app).
  const paths = text.match(/<path [^>]*>/g) ?? [];
  expect(paths).toHaveLength(5);
  for (const p of paths) expect(p).toMatch(/stroke="#[0-9a-f]{6}"/);
  expect(text).not.toContain('foreignObject');
  expect(text).not.toContain('var(--');
  expect(svg.bytes.length).toBeLessThan(40_000);
  for (const name of ['clicks_topic', 'clicks_queue', 'clicks_mv', 'clicks', 'clicks_errors_mv', 'clicks_errors']) expect(text).toContain(`>${name}<`);
});

test('a template from the gallery shows its preview and its SQL runs on ClickHouse', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.field('toolbar.templates').click();
  const gallery = d.field('templates.gallery');
  await expect(gallery).toBeVisible();
  await expect(gallery.locator('.template-preview')).toHaveCount(7);
  const card = d.field('template.per-minute-rollup-aggregating');
  // The real shape: a frame per node with its name, as in the design.
  await expect(card.locator('g[data-id]')).toHaveCount(4);
  await expect(card.locator('text', { hasText: 'payments_per_minute_mv' })).toHaveCount(1);
  await gallery.locator('li', { has: card }).locator('summary').click();
  await page.screenshot({ path: 'test-results/gallery.png' });
  const readBack = d.field('template.per-minute-rollup-aggregating.readBack');
  await expect(readBack).toContainText('uniqMerge(users)');
  const readBackText = await readBack.innerText();
  await card.click();
  await expect(gallery).toBeHidden();

  const sql = await d.sqlFromHook();
  const pipeline = await d.pipeline();
  expect(pipeline.entities.map((e) => e.name).sort()).toEqual(['payments_per_minute', 'payments_per_minute_mv', 'payments_queue', 'payments_topic']);
  expect(sql).toContain('uniqState(user_id) AS users');
  await expect.poll(() => d.editorText()).toBe(sql);
  // The script as shown, then the read-back query from the gallery, on ClickHouse 26.7.
  const report = runScript(sql + '\n' + readBackText + ';');
  expect(report.failures).toEqual([]);
  expect(report.results.length).toBeGreaterThanOrEqual(4);
});

test('L lays the design out as one undo step, F fits it, and the shortcuts sheet lists them', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openTemplate('kafka-fan-out-two-targets');
  const before = (await d.pipeline()).entities as unknown as { id: string; position: { x: number; y: number } }[];
  await d.pressOnCanvas('l');
  await expect.poll(async () => JSON.stringify((await d.entity(before[5]!.id))?.position)).not.toBe(JSON.stringify(before[5]!.position));
  const after = (await d.pipeline()).entities as unknown as { id: string; position: { x: number; y: number } }[];
  // Left to right by link.
  for (const l of (await d.pipeline()).links) {
    const s = after.find((e) => e.id === l.source)!;
    const t = after.find((e) => e.id === l.target)!;
    expect(s.position.x).toBeLessThan(t.position.x);
  }
  await expect.poll(() => d.visibleNodeCount()).toBe(6);
  await d.undo();
  await expect.poll(async () => ((await d.pipeline()).entities as unknown as typeof before).map((e) => e.position)).toEqual(before.map((e) => e.position));

  // F brings every node back into view after zooming in.
  for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(() => d.visibleNodeCount()).toBeLessThan(6);
  await d.pressOnCanvas('f');
  await expect.poll(() => d.visibleNodeCount()).toBe(6);

  // Letters typed in a field are text, not shortcuts.
  await d.select(before[0]!.id);
  const name = page.locator('[data-testid="panel"] input').first();
  await name.click();
  await page.keyboard.type('l');
  expect(JSON.stringify((await d.pipeline()).entities.map((e) => (e as unknown as { position: unknown }).position))).toBe(
    JSON.stringify(before.map((e) => e.position)),
  );

  await d.pressOnCanvas('?');
  const sheet = d.field('shortcuts.dialog');
  await expect(sheet).toBeVisible();
  for (const text of ['Undo', 'Redo', 'Fit the whole design in view', 'Lay the design out left to right by stage', 'Save the design file']) await expect(sheet).toContainText(text);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await d.field('toolbar.shortcuts').click();
  await expect(sheet).toBeVisible();
});

test('the theme follows the system, and a chosen theme is kept across reloads', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const d = new Designer(page);
  await d.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await d.field('toolbar.theme').click(); // system → light
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('.react-flow')).toHaveClass(/\blight\b/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim())).toBe('#f8fafc');
  await d.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(d.field('toolbar.theme')).toHaveAttribute('data-theme-preference', 'light');
  await context.close();
});
