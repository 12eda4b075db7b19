// Who may frame chflow. A page on another origin (another port of 127.0.0.1)
// frames the app: the editable designer is refused by the server's
// frame-ancestors header, the embed page (?embed=1, from the Embed dialog)
// renders read-only. On a static host that sends no headers, the editable app
// notices the foreign frame itself and turns read-only.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EngineRequests } from './pages/engineRequests';
import { ShareView } from './pages/share';

const DIST = join(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist-e2e');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

async function listen(handler: RequestListener): Promise<{ base: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A page of another origin holding one iframe per named source. */
function framer(frames: Record<string, string>): RequestListener {
  const body = Object.entries(frames)
    .map(([name, src]) => `<iframe name="${name}" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="640" height="360"></iframe>`)
    .join('\n');
  return (_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><title>someone else's page</title>${body}`);
  };
}

/** The built app as a static host serves it: files only, no security headers. */
const staticHost: RequestListener = (req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIST, path);
  if (!file.startsWith(DIST) || !existsSync(file) || path.endsWith('/')) file = join(DIST, 'index.html');
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.end(readFileSync(file));
};

// Each test loads the designer, a template and two or three framed copies of the app.
test.describe.configure({ timeout: 120_000 });

const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));

/** The links the app itself hands out for the template: editable share link, and the Embed dialog's iframe src. */
async function links(page: Page): Promise<{ share: string; readOnlyShare: string; embed: string }> {
  const d = new ShareView(page);
  await d.open();
  await d.openTemplate('kafka-dedup-replacing');
  const share = await d.shareLink();
  await d.closeDialog('share.dialog');
  const readOnlyShare = await d.shareLink({ readOnly: true });
  await d.closeDialog('share.dialog');
  await (await d.command('toolbar.embed')).click();
  const snippet = await d.field('embed.snippet').inputValue();
  await d.closeDialog('embed.dialog');
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  return { share, readOnlyShare, embed: src };
}

function frame(page: Page, name: string): Frame {
  const f = page.frame({ name });
  if (!f) throw new Error(`no frame ${name}`);
  return f;
}

test('another site cannot frame the editable designer; the embed page renders read-only', async ({ page, baseURL }) => {
  const { share, readOnlyShare, embed } = await links(page);
  expect(new URL(embed).search).toBe('?embed=1');
  expect(embed.startsWith(`${baseURL}/?embed=1#d=`)).toBe(true);
  expect(new URL(share).search).toBe('');

  // A fresh page for the framer, so only the frames' requests are counted.
  const visitor = await page.context().newPage();
  const engine = new EngineRequests(visitor);
  // The old embed link (ro=1 only in the fragment) looks like the editable page to the server.
  // Chromium does not render cross-origin frames outside the viewport: the one that must render comes first.
  const host = await listen(framer({ embed, editable: share, plain: `${baseURL}/`, oldEmbed: readOnlyShare }));
  try {
    await visitor.goto(host.base);
    const embedded = frame(visitor, 'embed');
    await expect(embedded.getByTestId('readonly.header')).toBeVisible();
    await expect(embedded.locator('.react-flow__node').first()).toBeVisible();
    await expect(embedded.getByTestId('palette')).toHaveCount(0);
    await expect(embedded.getByTestId('toolbar')).toHaveCount(0);
    await expect(embedded.getByTestId('readonly.framed')).toHaveCount(0);

    for (const name of ['editable', 'plain', 'oldEmbed']) {
      const f = frame(visitor, name);
      // Chromium replaces a frame refused by frame-ancestors with its error page.
      await expect.poll(() => f.url(), { message: name }).toMatch(/^chrome-error:/);
      expect(await f.locator('#root').count(), name).toBe(0);
    }
    expect(engine.seen).toEqual([]);
  } finally {
    await visitor.close();
    await close(host.server);
  }
});

test('on a static host without headers the framed designer turns itself read-only and runs nothing', async ({ page }) => {
  const { share, readOnlyShare } = await links(page);
  const app = await listen(staticHost);
  const fragment = (url: string) => url.slice(url.indexOf('#'));
  const visitor = await page.context().newPage();
  const engine = new EngineRequests(visitor);
  const host = await listen(framer({ editable: `${app.base}/${fragment(share)}`, oldEmbed: `${app.base}/${fragment(readOnlyShare)}` }));
  try {
    await visitor.goto(host.base);
    const editable = frame(visitor, 'editable');
    await expect(editable.getByTestId('readonly.framed')).toContainText('inside another site');
    await expect(editable.locator('.react-flow__node').first()).toBeVisible();
    await expect(editable.getByTestId('palette')).toHaveCount(0);
    await expect(editable.getByTestId('toolbar.check')).toHaveCount(0);
    // Selecting a view shows its panel, disabled, and no preview is attempted.
    await editable.locator('.react-flow__node').first().click();
    await expect(editable.getByTestId('panel.readOnly')).toBeVisible();

    // The old fragment-only embed link still works here, read-only, without the warning.
    const old = frame(visitor, 'oldEmbed');
    await expect(old.getByTestId('readonly.header')).toBeVisible();
    await expect(old.locator('.react-flow__node').first()).toBeVisible();
    await expect(old.getByTestId('readonly.framed')).toHaveCount(0);
    await visitor.waitForTimeout(500);
    expect(engine.seen).toEqual([]);
  } finally {
    await visitor.close();
    await close(host.server);
    await close(app.server);
  }
});
