// A stranger's design (share link, design file) runs nothing on the engine until
// the user has read the statements and allowed it once; every request to
// /engine/ is counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Designer } from './pages/designer';
import { EngineRequests, SESSION } from './pages/engineRequests';
import { ShareView } from './pages/share';

const HOSTILE = "(SELECT * FROM file('/etc/passwd'))";
const SAMPLES = '{"x": 1, "y": "a"}\n{"x": 2, "y": "b"}';

/** A stranger's design file: topic → Kafka table → view → table, the view reading a local file. */
function hostileFile(): string {
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src/core/sql/__golden__/seed_aiven.pipeline.json'), 'utf8'));
  for (const [i, e] of golden.entities.entries()) {
    e.position = { x: (i % 2) * 320, y: Math.floor(i / 2) * 260 };
    if (e.kind === 'kafkaTopic') e.samples = SAMPLES;
    if (e.kind === 'materializedView') e.mappings[1].expr = HOSTILE;
  }
  return JSON.stringify({ format: 'chflow-design', version: 1, pipeline: golden });
}

async function openFile(d: Designer, name = 'evil.chflow.json'): Promise<void> {
  await d.field('toolbar.open.input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(hostileFile()) });
  await expect(d.page.locator('.react-flow__node')).toHaveCount(4);
}

/** The share link the app itself makes for the hostile design. */
async function hostileLink(browser: Browser): Promise<string> {
  const ctx = await browser.newContext();
  try {
    const s = new ShareView(await ctx.newPage());
    await s.open();
    await openFile(s);
    return await s.shareLink();
  } finally {
    await ctx.close();
  }
}

async function consentDialog(page: Page) {
  const dialog = page.getByTestId('consent.dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a hostile share link shows its design and SQL but runs nothing until the user consents', async ({ page, browser }) => {
  // Two contexts, three page loads and two checks on a machine shared with other suites.
  test.setTimeout(120_000);
  const url = await hostileLink(browser);
  const engine = new EngineRequests(page);
  const d = new Designer(page);
  await d.open(url);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse/);
  expect(await d.sqlFromHook()).toContain(HOSTILE);
  await expect.poll(() => d.editorText()).toContain(HOSTILE);

  // Typing samples into it is an edit: the design stays a stranger's.
  // Infer columns asks with its query; declining runs nothing.
  await d.select('t');
  await d.fill('panel.samples', SAMPLES);
  await d.field('panel.inferColumns').click();
  let dialog = await consentDialog(page);
  await expect(dialog.getByTestId('consent.statement')).toHaveCount(1);
  await expect(dialog.getByTestId('consent.statement')).toContainText(`DESCRIBE format(JSONEachRow, '{"x": 1`);
  await d.field('consent.decline').click();
  await expect(d.field('consent.dialog')).toHaveCount(0);
  await expect(d.field('infer.dialog')).toHaveCount(0);

  // Selecting the view does not preview it; it offers to.
  await d.select('v');
  await expect(d.field('panel.preview.message')).toContainText('came from a share link');
  await expect(d.field('panel.preview.consent')).toBeVisible();

  // Check asks with the plan's statements and where the design came from.
  await d.select('k');
  await d.field('toolbar.check').click();
  dialog = await consentDialog(page);
  await expect(dialog.getByTestId('consent.source')).toContainText('a share link');
  await expect(dialog.getByTestId('consent.engine')).toContainText('Embedded ClickHouse');
  const statements = await dialog.getByTestId('consent.statement').allTextContents();
  expect(statements.length).toBeGreaterThanOrEqual(5);
  expect(statements.some((s) => s.includes(HOSTILE) && s.startsWith('CREATE MATERIALIZED VIEW'))).toBe(true);
  expect(statements.at(-1)).toMatch(/^DROP DATABASE IF EXISTS chflow_scratch_/);
  await d.field('consent.decline').click();
  await expect(d.field('check.results')).toHaveCount(0);
  await expect(d.field('notice.text')).toContainText('Nothing was run');

  // A reload keeps it untrusted (the autosave carries the flag).
  await expect.poll(() => d.autosaveText()).toContain('"trusted":false');
  await d.reload();
  await d.select('v');
  await expect(d.field('panel.preview.consent')).toBeVisible();
  // The preview's debounce is 350 ms: give any stray query time to leave.
  await page.waitForTimeout(800);
  expect(engine.beyondSession()).toEqual([]);
  expect(engine.seen).toContain(SESSION);

  // Consent: only the shown statements go out (with the view's panel closed, so no preview joins in).
  await d.select('k');
  await d.field('toolbar.check').click();
  dialog = await consentDialog(page);
  const shown = await dialog.getByTestId('consent.statement').allTextContents();
  await d.field('consent.run').click();
  await expect(d.field('check.summary')).not.toHaveAttribute('data-outcome', 'pending');
  expect(engine.queries.length).toBeGreaterThan(0);
  for (const q of engine.queries) expect(shown).toContain(q);
  await d.field('check.results.close').click();

  // The rest of this design runs without asking: the preview goes out at once.
  const before = engine.queries.length;
  await d.select('t');
  await d.select('v');
  await expect.poll(() => engine.queries.length).toBeGreaterThan(before);
  expect(engine.queries.at(-1)).toContain(HOSTILE);
  await expect(d.field('consent.dialog')).toHaveCount(0);

  // And after a reload too: the consent was saved with the design.
  await expect.poll(() => d.autosaveText()).toContain('"trusted":true');
  await d.reload();
  await d.field('toolbar.check').click();
  await expect(d.field('check.summary')).not.toHaveAttribute('data-outcome', 'pending');
  await expect(d.field('consent.dialog')).toHaveCount(0);
});

test('a design file opened with Open… asks before Check; a template does not', async ({ page }) => {
  const engine = new EngineRequests(page);
  const d = new Designer(page);
  await d.open();
  await expect(d.field('engine.status')).toContainText(/Embedded ClickHouse/);
  await openFile(d);
  await d.field('toolbar.check').click();
  const dialog = await consentDialog(page);
  await expect(dialog.getByTestId('consent.source')).toContainText('the file evil.chflow.json');
  await d.field('consent.decline').click();
  await page.waitForTimeout(300);
  expect(engine.beyondSession()).toEqual([]);

  // A built-in template is the user's own: Check runs straight away.
  await d.openTemplate('kafka-dedup-replacing');
  await expect.poll(() => d.sqlFromHook()).not.toContain(HOSTILE);
  await d.field('toolbar.check').click();
  // (Its Kafka table runs with a stand-in broker here, which the check reports as substituted.)
  await expect(d.field('check.summary')).toHaveAttribute('data-outcome', /^(ok|substituted)$/);
  await expect(d.field('consent.dialog')).toHaveCount(0);
  expect(engine.queries.length).toBeGreaterThan(0);
});
