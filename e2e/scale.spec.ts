// A 500-node design, opened through the test hook: Fit stays readable, search jumps
// to a node, a 64-column table collapses to a count and expands without covering
// its neighbours, and typing still reaches the SQL pane.
import { expect, test, type Page } from '@playwright/test';
import { design } from '../bench/design';
import { applyLayout, layoutPipeline } from '../src/core/layout';
import { col } from '../src/test/pipelines';
import type { KafkaTable, Pipeline } from '../src/core/model/types';
import { Designer } from './pages/designer';

const READABLE = 0.5;

/** The benchmark's 500 nodes with one Kafka table widened to 64 columns, laid out by the app's layout. */
function bigDesign(): Pipeline {
  const p = design(500);
  const wide = Array.from({ length: 64 }, (_, i) => col(`field_${i}`, i % 2 ? 'String' : 'UInt32'));
  const entities = p.entities.map((e) => (e.id === 'k1' ? ({ ...e, columns: wide } as KafkaTable) : e));
  const q = { ...p, entities };
  return applyLayout(q, layoutPipeline(q));
}

const zoom = (page: Page) =>
  page.evaluate(() => {
    const t = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    return new DOMMatrixReadOnly(t).a;
  });

/** Is the node drawn inside the canvas (not clipped by its edges)? */
const inView = (page: Page, id: string) =>
  page.evaluate((nid) => {
    const el = document.querySelector(`.react-flow__node[data-id="${nid}"]`);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
  }, id);

/** Pairs of drawn nodes whose boxes overlap. */
const overlapping = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({ id: el.dataset.id!, r: el.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${boxes[i]!.id}×${boxes[j]!.id}`);
      }
    return out;
  });

test('a 500-node design stays readable, searchable and quick to edit', async ({ page }) => {
  test.setTimeout(180_000);
  const d = new Designer(page);
  await d.open();
  await d.editorText();
  const p = bigDesign();
  await page.evaluate((x) => window.__chflow!.load(x), p as unknown);
  await expect.poll(async () => ((await page.evaluate(() => window.__chflow!.pipeline())) as Pipeline).entities.length).toBe(500);

  // Opening frames the first pipeline at a readable zoom rather than 500 specks.
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
  await expect.poll(() => inView(page, 't0')).toBe(true);

  // Fit after zooming far out does the same.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
  await expect.poll(() => zoom(page)).toBeLessThan(READABLE);
  await page.getByTestId('toolbar.fit').click();
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
  await expect.poll(() => inView(page, 't0')).toBe(true);

  // Search: Ctrl/Cmd+K, type, arrows, Enter: the node is selected and in view.
  await page.keyboard.press('ControlOrMeta+K');
  const box = page.getByTestId('canvas.search.input');
  await expect(box).toBeFocused();
  await box.fill('events_queue_9');
  const hits = page.getByTestId('canvas.search.hit');
  await expect(hits.first()).toContainText('events_queue_9');
  await box.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  const wanted = (await hits.nth(1).locator('.canvas-search-name').textContent())!;
  await box.press('Enter');
  await expect(page.getByTestId('canvas.search')).toHaveCount(0);
  await expect(page.getByTestId('panel.name')).toHaveValue(wanted);
  const id = p.entities.find((e) => e.name === wanted)!.id;
  await expect.poll(() => inView(page, id)).toBe(true);
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveClass(/selected/);
  expect(await zoom(page)).toBeGreaterThanOrEqual(READABLE);

  // A keystroke in the name reaches the SQL pane.
  const name = page.getByTestId('panel.name');
  await name.click();
  await name.press('End');
  await name.press('x');
  await expect.poll(async () => (await d.editorText()).includes(`${wanted}x`)).toBe(true);

  // The 64-column table shows a count, expands on demand without covering anything, and collapses again.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('canvas.search.input').fill('events_queue_1');
  await page.getByTestId('canvas.search.input').press('Enter');
  const wide = page.locator('.react-flow__node[data-id="k1"]');
  await expect.poll(() => inView(page, 'k1')).toBe(true);
  const toggle = wide.getByTestId('node.rowsToggle');
  await expect(toggle).toHaveText('64 columns · show');
  await expect(wide.locator('.node-row')).toHaveCount(0);
  expect(await overlapping(page)).toEqual([]);
  await toggle.click();
  await expect(wide.locator('.node-row')).toHaveCount(64);
  await expect(toggle).toHaveText('Show fewer');
  await expect.poll(() => overlapping(page)).toEqual([]);
  // What sat under it in its column moved down (in the design, so it stays moved).
  const below = p.entities.filter((e) => e.position.x === p.entities.find((x) => x.id === 'k1')!.position.x && e.position.y > p.entities.find((x) => x.id === 'k1')!.position.y);
  if (below.length) {
    const after = (await page.evaluate(() => window.__chflow!.pipeline())) as Pipeline;
    const first = below.sort((a, b) => a.position.y - b.position.y)[0]!;
    expect(after.entities.find((e) => e.id === first.id)!.position.y).toBeGreaterThan(first.position.y);
  }
  // Expanded, the toggle sits at the foot of a tall node, under the SQL pane: use it from the keyboard.
  await toggle.press('Enter');
  await expect(wide.locator('.node-row')).toHaveCount(0);
  await expect(toggle).toHaveText('64 columns · show');
});
