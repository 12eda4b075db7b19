// Page object for the designer: every spec drives the app through these verbs.
import { expect, type Locator, type Page } from '@playwright/test';

export type Kind = 'kafkaTopic' | 'kafkaTable' | 'materializedView' | 'mergeTree';

interface HookPipeline {
  entities: { id: string; kind: Kind; name: string; database: string }[];
  links: { id: string; source: string; target: string }[];
}

export class Designer {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByTestId('palette.kafkaTopic')).toBeVisible();
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  /** A toolbar command; on a window too narrow for the whole toolbar it is behind "More", which is opened first. */
  async command(testId: string): Promise<Locator> {
    const el = this.field(testId);
    if (await el.isVisible()) return el;
    const more = this.field('toolbar.actions.more');
    if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    return el;
  }

  pipeline(): Promise<HookPipeline> {
    return this.page.evaluate(() => window.__chflow!.pipeline() as HookPipeline);
  }

  /** Drags a palette item onto the canvas at a point relative to the pane; returns the new entity id. */
  async drop(kind: Kind, x: number, y: number): Promise<string> {
    const before = new Set((await this.pipeline()).entities.map((e) => e.id));
    await this.page.getByTestId(`palette.${kind}`).dragTo(this.page.locator('.react-flow__pane'), {
      targetPosition: { x, y },
    });
    const after = await this.pipeline();
    const added = after.entities.filter((e) => !before.has(e.id));
    expect(added, `one ${kind} node added`).toHaveLength(1);
    const id = added[0]!.id;
    await expect(this.node(id)).toBeVisible();
    return id;
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  handle(id: string, type: 'source' | 'target'): Locator {
    return this.node(id).locator(`.react-flow__handle.${type}`).first();
  }

  /** Drags from a node's output handle to another node's input handle with real mouse events. */
  async dragConnection(sourceId: string, targetId: string, release = true): Promise<void> {
    const from = await this.handle(sourceId, 'source').boundingBox();
    const to = await this.handle(targetId, 'target').boundingBox();
    if (!from || !to) throw new Error('handle not visible');
    const m = this.page.mouse;
    await m.move(from.x + from.width / 2, from.y + from.height / 2);
    await m.down();
    await m.move(from.x + 40, from.y + 10, { steps: 4 });
    await m.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    if (release) await m.up();
  }

  async connect(sourceId: string, targetId: string): Promise<void> {
    const count = (await this.pipeline()).links.length;
    await this.dragConnection(sourceId, targetId);
    await expect.poll(async () => (await this.pipeline()).links.length).toBe(count + 1);
  }

  async select(id: string): Promise<void> {
    await this.node(id).locator('.node-header, header').first().click();
    await expect(this.page.getByTestId('panel')).toBeVisible();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async fill(testId: string, value: string): Promise<void> {
    const f = this.field(testId);
    await f.fill(value);
  }

  sqlFromHook(): Promise<string> {
    return this.page.evaluate(() => window.__chflow!.sql());
  }

  async editorText(): Promise<string> {
    await this.page.waitForFunction(() => (window as unknown as { __chflowMonacoReady?: boolean }).__chflowMonacoReady === true);
    return this.page.evaluate(() => window.__chflow!.editorText() ?? '');
  }

  /** Sets a column type through the structured picker: family, then its parameters. */
  async pickType(testId: string, family: string, params: Record<string, string> = {}): Promise<void> {
    await this.field(`${testId}.open`).click();
    await this.field('typePicker.family').selectOption(family);
    for (const [name, value] of Object.entries(params)) await this.field(`typePicker.param.${name}`).fill(value);
    await this.field('typePicker.apply').click();
    await expect(this.field('typePicker')).toHaveCount(0);
  }

  async openTemplate(id: string): Promise<void> {
    const replacing = (await this.pipeline()).entities.length > 0;
    await this.field('toolbar.templates').click();
    await this.field(`template.${id}`).click();
    // A design in the way is replaced only after the app's own confirmation dialog.
    if (replacing) await this.field('confirm.ok').click();
    await expect.poll(async () => (await this.pipeline()).entities.length).toBeGreaterThan(0);
  }

  /** Codes of the problems list, in order. */
  problems(): Promise<string[]> {
    return this.page.evaluate(() => (window.__chflow!.diagnostics() as { code: string }[]).map((d) => d.code));
  }

  // ---- history and autosave ----

  /** One entity of the design as the store holds it (position included). */
  entity(id: string): Promise<{ id: string; name: string; position: { x: number; y: number } } | undefined> {
    return this.page.evaluate(
      (eid) => (window.__chflow!.pipeline() as { entities: { id: string; name: string; position: { x: number; y: number } }[] }).entities.find((e) => e.id === eid),
      id,
    );
  }

  async undo(): Promise<void> {
    await this.field('toolbar.undo').click();
  }

  async redo(): Promise<void> {
    await this.field('toolbar.redo').click();
  }

  /** Presses a shortcut with focus away from any text field (on the canvas). */
  async pressOnCanvas(keys: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(keys);
  }

  /** Drags a node by its header with real mouse events, in many small moves. */
  async dragNode(id: string, dx: number, dy: number): Promise<void> {
    const header = this.node(id).locator('.node-header, header').first();
    const box = await header.boundingBox();
    if (!box) throw new Error('node not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const m = this.page.mouse;
    await m.move(x, y);
    await m.down();
    await m.move(x + dx / 2, y + dy / 2, { steps: 8 });
    await m.move(x + dx, y + dy, { steps: 8 });
    await m.up();
  }

  /** Types into a field key by key, as a user does (fill would set the value in one go). */
  async typeInto(testId: string, text: string, delay = 40): Promise<void> {
    const f = this.field(testId);
    await f.click();
    await f.press('ControlOrMeta+A');
    await f.pressSequentially(text, { delay });
  }

  /** The raw autosave text in localStorage (null when there is none). */
  autosaveText(key = 'chflow.autosave.v1'): Promise<string | null> {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** localStorage keys starting with a prefix. */
  storageKeys(prefix: string): Promise<string[]> {
    return this.page.evaluate((pre) => Object.keys(window.localStorage).filter((k) => k.startsWith(pre)).sort(), prefix);
  }

  /** Puts `text` under a localStorage key before the app's first load in this page (not on reloads). */
  async seedStorage(key: string, text: string): Promise<void> {
    await this.page.addInitScript(
      ([k, v]) => {
        if (window.sessionStorage.getItem('e2e.seeded.' + k)) return;
        window.sessionStorage.setItem('e2e.seeded.' + k, '1');
        window.localStorage.setItem(k, v);
      },
      [key, text] as const,
    );
  }

  /** Reloads the page and waits for the designer to be ready again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByTestId('palette.kafkaTopic')).toBeVisible();
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  // ---- images, layout, view ----

  /** Exports an image through the toolbar's Export menu; returns the file's name and bytes. */
  async exportImage(format: 'png' | 'svg', options: { dark?: boolean; transparent?: boolean } = {}): Promise<{ name: string; bytes: Buffer }> {
    await this.field('toolbar.export').click();
    if (options.dark !== undefined) await this.field('export.dark').setChecked(options.dark);
    if (options.transparent !== undefined) await this.field('export.transparent').setChecked(options.transparent);
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.field(`export.${format}`).click()]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  }

  /** The box around every node in flow coordinates (zoom 1), from React Flow's own node transforms and sizes. */
  nodeBounds(): Promise<{ x: number; y: number; width: number; height: number; count: number }> {
    return this.page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      const boxes = els.map((el) => {
        const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(el.style.transform);
        return { x: Number(m?.[1] ?? 0), y: Number(m?.[2] ?? 0), w: el.offsetWidth, h: el.offsetHeight };
      });
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const r = Math.max(...boxes.map((b) => b.x + b.w));
      const b = Math.max(...boxes.map((bx) => bx.y + bx.h));
      return { x, y, width: r - x, height: b - y, count: boxes.length };
    });
  }

  /** Node ids whose box is at least partly inside the visible canvas. */
  visibleNodeCount(): Promise<number> {
    return this.page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      return [...document.querySelectorAll('.react-flow__node')].filter((n) => {
        const r = n.getBoundingClientRect();
        return r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
      }).length;
    });
  }
}
