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
    this.page.once('dialog', (dlg) => void dlg.accept());
    await this.field('toolbar.templates').click();
    await this.field(`template.${id}`).click();
    await expect.poll(async () => (await this.pipeline()).entities.length).toBeGreaterThan(0);
  }

  /** Codes of the problems list, in order. */
  problems(): Promise<string[]> {
    return this.page.evaluate(() => (window.__chflow!.diagnostics() as { code: string }[]).map((d) => d.code));
  }
}
