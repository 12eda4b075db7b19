// The editing comforts (issue 12): clipboard, selection, menus, inline rename,
// nudge, hover delete; folding and resizing panes; the toolbar at laptop size;
// the minimap; the one in-app dialog. Each runs at 1280×720 and 1440×900, in
// light and dark.
import { expect, test, type Page } from '@playwright/test';
import { Designer } from './pages/designer';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;
const TEMPLATE = 'kafka-dead-letter-stream';

const idOf = async (d: Designer, name: string) => (await d.pipeline()).entities.find((e) => e.name === name)!.id;
const names = async (d: Designer) => (await d.pipeline()).entities.map((e) => e.name);
const selectedIds = (page: Page) => page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

/** Fails the test if the page ever opens a browser-native dialog (alert, confirm, prompt). */
function refuseNativeDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dlg) => {
    seen.push(`${dlg.type()}: ${dlg.message()}`);
    void dlg.dismiss();
  });
  return seen;
}

for (const vp of VIEWPORTS)
  for (const theme of THEMES)
    test.describe(`${vp.width}×${vp.height} ${theme}`, () => {
      test.use({ viewport: vp, colorScheme: theme });

      test('copy, paste, cut, duplicate and select all keep links and stay unique', async ({ page }) => {
        const native = refuseNativeDialogs(page);
        const d = new Designer(page);
        await d.open();
        await d.openTemplate(TEMPLATE);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const before = await d.pipeline();

        // Ctrl/Cmd+A selects every node, and no page text.
        await d.pressOnCanvas('ControlOrMeta+a');
        await expect(page.locator('.react-flow__node.selected')).toHaveCount(before.entities.length);
        expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');

        // Box select (Shift+drag) two linked nodes, then copy and paste them.
        await d.node(await idOf(d, 'clicks_mv')).click();
        const mv = (await d.node(await idOf(d, 'clicks_mv')).boundingBox())!;
        const target = (await d.node(await idOf(d, 'clicks')).boundingBox())!;
        await page.keyboard.down('Shift');
        await page.mouse.move(Math.min(mv.x, target.x) - 12, Math.min(mv.y, target.y) - 12);
        await page.mouse.down();
        await page.mouse.move(Math.max(mv.x + mv.width, target.x + target.width) + 12, Math.max(mv.y + mv.height, target.y + target.height) + 12, { steps: 8 });
        await page.mouse.up();
        await page.keyboard.up('Shift');
        const boxed = await selectedIds(page);
        expect(boxed.sort()).toEqual([await idOf(d, 'clicks_mv'), await idOf(d, 'clicks')].sort());

        await page.keyboard.press('ControlOrMeta+c');
        await page.keyboard.press('ControlOrMeta+v');
        await expect.poll(() => names(d)).toEqual([...before.entities.map((e) => e.name), 'clicks_mv_2', 'clicks_2']);
        const after = await d.pipeline();
        const [mv2, t2] = [await idOf(d, 'clicks_mv_2'), await idOf(d, 'clicks_2')];
        expect(after.links.some((l) => l.source === mv2 && l.target === t2)).toBe(true);
        expect(after.links).toHaveLength(before.links.length + 1);
        // The pasted nodes are the selection now.
        expect((await selectedIds(page)).sort()).toEqual([mv2, t2].sort());

        // Duplicate the pasted pair: names keep counting up.
        await page.keyboard.press('ControlOrMeta+d');
        await expect.poll(() => names(d)).toContain('clicks_mv_3');
        expect(await names(d)).toContain('clicks_3');

        // Cut removes the selection; pasting brings it back as a fresh copy.
        await page.keyboard.press('ControlOrMeta+x');
        await expect.poll(() => names(d)).not.toContain('clicks_3');
        await page.keyboard.press('ControlOrMeta+v');
        await expect.poll(() => names(d)).toContain('clicks_3');

        // Text that is not chflow nodes is refused with a message, and nothing changes.
        const count = (await d.pipeline()).entities.length;
        await page.evaluate(() => navigator.clipboard.writeText('SELECT 1'));
        await d.pressOnCanvas('ControlOrMeta+v');
        await expect(page.getByTestId('notice.text')).toContainText('does not hold chflow nodes');
        expect((await d.pipeline()).entities).toHaveLength(count);
        expect(native).toEqual([]);
      });

      test('context menus, inline rename, nudge and delete on hover', async ({ page }) => {
        const native = refuseNativeDialogs(page);
        const d = new Designer(page);
        await d.open();
        await d.openTemplate(TEMPLATE);
        const id = await idOf(d, 'clicks_errors');

        // Node menu: Rename opens the inline editor; an empty name is refused where it is typed.
        await d.node(id).click({ button: 'right' });
        await expect(page.getByTestId('menu.node')).toBeVisible();
        await page.getByTestId('menu.rename').click();
        const input = page.getByTestId('node.rename');
        await expect(input).toBeFocused();
        await input.fill('   ');
        await input.press('Enter');
        await expect(page.getByTestId('node.rename.error')).toHaveText('A name cannot be empty.');
        await input.fill('bad_rows');
        await input.press('Enter');
        await expect(input).toHaveCount(0);
        expect((await d.entity(id))?.name).toBe('bad_rows');

        // Double-click renames too; Escape keeps the name.
        await d.node(id).locator('.node-name').dblclick();
        await page.getByTestId('node.rename').fill('other');
        await page.getByTestId('node.rename').press('Escape');
        expect((await d.entity(id))?.name).toBe('bad_rows');

        // Arrow keys nudge the selection (Shift: 10 px), as one undo step.
        await d.node(id).click();
        const start = (await d.entity(id))!.position;
        await d.pressOnCanvas('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Shift+ArrowDown');
        await expect.poll(async () => (await d.entity(id))!.position).toEqual({ x: start.x + 2, y: start.y + 10 });
        await d.undo();
        await expect.poll(async () => (await d.entity(id))!.position).toEqual(start);

        // Pane menu: add a node where the menu was opened.
        const pane = (await page.locator('.react-flow__pane').boundingBox())!;
        // Near the top edge, away from the nodes (Fit leaves a margin) and the zoom controls.
        await page.mouse.click(pane.x + pane.width / 2, pane.y + 10, { button: 'right' });
        await expect(page.getByTestId('menu.pane')).toBeVisible();
        const count = (await d.pipeline()).entities.length;
        await page.getByTestId('menu.add.kafkaTopic').click();
        await expect.poll(async () => (await d.pipeline()).entities.length).toBe(count + 1);

        // Edge menu: delete the connection.
        const links = (await d.pipeline()).links.length;
        const edge = page.locator('.react-flow__edge').first();
        const path = (await edge.locator('path').last().boundingBox())!;
        await page.mouse.click(path.x + path.width / 2, path.y + path.height / 2, { button: 'right' });
        await expect(page.getByTestId('menu.edge')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('menu.edge')).toHaveCount(0);
        await page.mouse.click(path.x + path.width / 2, path.y + path.height / 2, { button: 'right' });
        await page.getByTestId('menu.delete').click();
        await expect.poll(async () => (await d.pipeline()).links.length).toBe(links - 1);

        // Hovering an unselected node shows a delete button that removes it.
        await page.mouse.click(pane.x + 5, pane.y + 5);
        const victim = await idOf(d, 'clicks_mv');
        await d.node(victim).hover();
        const del = page.getByTestId('node.hoverDelete');
        await expect(del).toBeVisible();
        await del.click();
        await expect.poll(async () => (await d.pipeline()).entities.some((e) => e.id === victim)).toBe(false);
        expect(native).toEqual([]);
      });

      test('panes fold and resize and are remembered; the toolbar fits; the minimap moves and hides', async ({ page }) => {
        const d = new Designer(page);
        await d.open();
        await d.openTemplate(TEMPLATE);

        // The toolbar is one line inside the window; what does not fit is behind "More".
        const bar = (await page.getByTestId('toolbar').boundingBox())!;
        expect(bar.height).toBeLessThanOrEqual(45);
        const visibleButtons = page.locator('[data-testid="toolbar"] button:visible');
        for (const box of await visibleButtons.evaluateAll((els) =>
          els.filter((e) => getComputedStyle(e).visibility !== 'hidden' && !e.closest('.is-overflowed')).map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
        )) {
          expect(box.right).toBeLessThanOrEqual(vp.width);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(44);
        }
        const more = page.getByTestId('toolbar.actions.more');
        if (vp.width === 1280) {
          await expect(more).toBeVisible();
          const hidden = page.locator('[data-testid="toolbar.actions"] > .is-overflowed:not(.toolbar-separator)').first();
          await expect(hidden).toBeHidden();
          await more.click();
          await expect(hidden).toBeVisible();
          await page.keyboard.press('Escape');
          await expect(hidden).toBeHidden();
        }

        // Side panel: drag its edge wider, fold it, and find both after a reload.
        const side = page.getByTestId('layout.side');
        const w0 = (await side.boundingBox())!.width;
        const handle = (await page.getByTestId('layout.sideSplit').boundingBox())!;
        await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
        await page.mouse.down();
        await page.mouse.move(handle.x - 60, handle.y + 200, { steps: 5 });
        await page.mouse.up();
        await expect.poll(async () => Math.round((await side.boundingBox())!.width)).toBeGreaterThan(w0 + 40);
        const widened = (await side.boundingBox())!.width;
        await page.getByTestId('layout.split.fold').click();
        await expect(page.locator('.app-sql')).toHaveCount(0);
        await d.reload();
        await expect(page.locator('.app-sql')).toHaveCount(0);
        expect(Math.round((await page.getByTestId('layout.side').boundingBox())!.width)).toBe(Math.round(widened));
        await page.getByTestId('layout.sql.show').click();
        await expect(page.locator('.app-sql')).toBeVisible();
        await page.getByTestId('layout.sideSplit.fold').click();
        await expect(page.getByTestId('layout.side.show')).toBeVisible();
        expect((await page.getByTestId('layout.side').boundingBox())!.width).toBeLessThan(40);
        const canvasWide = (await page.getByTestId('canvas').boundingBox())!.width;
        expect(canvasWide).toBeGreaterThan(vp.width - 176 - 40 - 2);
        await page.getByTestId('layout.side.show').click();
        await expect(page.getByTestId('layout.sideSplit')).toBeVisible();

        // Minimap: to another corner, then off; both remembered.
        const map = page.locator('.react-flow__minimap');
        await expect(map).toBeVisible();
        const y0 = (await map.boundingBox())!.y;
        await page.getByTestId('minimap.corner').click();
        await expect.poll(async () => (await map.boundingBox())!.y).toBeLessThan(y0);
        await page.getByTestId('minimap.toggle').click();
        await expect(map).toHaveCount(0);
        await d.reload();
        await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
        await page.getByTestId('minimap.toggle').click();
        await expect.poll(async () => (await page.locator('.react-flow__minimap').boundingBox())!.y).toBeLessThan(y0);

        // The SQL pane, scrolled down, starts at the top when another template arrives.
        const lines = page.locator('.app-sql .monaco-editor .lines-content');
        await page.locator('.app-sql .monaco-editor').hover();
        await page.mouse.wheel(0, 600);
        await expect.poll(async () => parseFloat((await lines.getAttribute('style'))?.match(/top: (-?[\d.]+)px/)?.[1] ?? '0')).toBeLessThan(0);
        await d.openTemplate('kafka-dedup-replacing');
        await expect.poll(async () => parseFloat((await lines.getAttribute('style'))?.match(/top: (-?[\d.]+)px/)?.[1] ?? '0')).toBe(0);
      });

      test('one in-app dialog: confirmations, gallery and shortcuts, never a native one', async ({ page }) => {
        const native = refuseNativeDialogs(page);
        const d = new Designer(page);
        await d.open();
        await d.openTemplate(TEMPLATE);
        const names0 = await names(d);

        await page.getByTestId('toolbar.actions').getByTestId('toolbar.new').evaluate((b: HTMLElement) => b.click());
        const confirm = page.getByTestId('confirm');
        await expect(confirm).toBeVisible();
        await expect(page.getByTestId('confirm.message')).toContainText('discarded');
        // Escape is "no".
        await page.keyboard.press('Escape');
        await expect(confirm).toHaveCount(0);
        expect(await names(d)).toEqual(names0);
        await page.getByTestId('toolbar.new').evaluate((b: HTMLElement) => b.click());
        await page.getByTestId('confirm.ok').click();
        await expect.poll(() => names(d)).toEqual([]);

        // Gallery and shortcuts are the same component.
        await page.getByTestId('toolbar.templates').click();
        await expect(page.locator('dialog.ui-dialog[data-testid="templates.gallery"]')).toBeVisible();
        await page.getByTestId('templates.close').click();
        await d.pressOnCanvas('?');
        await expect(page.locator('dialog.ui-dialog[data-testid="shortcuts.dialog"]')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('shortcuts.dialog')).toHaveCount(0);
        expect(await page.locator('dialog:not(.ui-dialog)').count()).toBe(0);
        expect(native).toEqual([]);
      });
    });
