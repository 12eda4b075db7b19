// The exported SVG is a real vector image: parsed by a strict XML parser it has
// no foreignObject (no HTML inside), every node's name is a <text>, it is small,
// a browser draws it as an image, and what is selected or hovered on screen
// makes no difference to it. Gallery previews draw each template's nodes.
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const TEMPLATE = 'kafka-fan-out-two-targets';

function parseStrict(text: string) {
  const doc = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`SVG is not well-formed XML (${level}): ${msg}`);
    },
  }).parseFromString(text, 'image/svg+xml');
  return doc.documentElement!;
}

for (const vp of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const)
  for (const theme of ['light', 'dark'] as const)
    test.describe(`${vp.width}×${vp.height} ${theme}`, () => {
      test.use({ viewport: vp, colorScheme: theme });

      test('SVG export: vector shapes and text only, every name, no selection or hover', async ({ page }) => {
        const d = new Designer(page);
        await d.open();
        await d.openTemplate(TEMPLATE);
        const design = await d.pipeline();

        const plain = await d.exportImage('svg', { dark: theme === 'dark' });
        expect(plain.name).toBe('pipeline.svg');
        const text = plain.bytes.toString('utf8');
        const root = parseStrict(text);
        expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
        expect(root.getElementsByTagName('foreignObject').length).toBe(0);
        expect(text).not.toMatch(/<(div|span|p|style|script)\b/);
        expect(text).not.toContain('var(--');
        const texts = Array.from(root.getElementsByTagName('text')).map((t) => t.textContent);
        for (const e of design.entities) expect(texts).toContain(e.name);
        expect(root.getElementsByTagName('path').length).toBe(design.links.length);
        expect(plain.bytes.length).toBeLessThan(30_000);
        // The theme's background, as a literal colour.
        const bg = root.getElementsByTagName('rect')[0]!.getAttribute('fill');
        expect(bg).toBe(theme === 'dark' ? '#0f172a' : '#f8fafc');

        // A browser draws it: decoded as an image at the size it declares, with more than one colour.
        const drawn = await page.evaluate(async (svg) => {
          const img = new Image();
          img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
          await img.decode();
          const c = document.createElement('canvas');
          [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          const colours = new Set<number>();
          for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
        }, text);
        expect(drawn.width).toBe(Number(root.getAttribute('width')));
        expect(drawn.height).toBe(Number(root.getAttribute('height')));
        expect(drawn.colours).toBeGreaterThan(3);

        // Select one node and hover another: the image is byte for byte the same.
        const [first, second] = design.entities;
        await d.node(first!.id).click();
        await d.node(second!.id).hover();
        await expect(page.getByTestId('node.hoverDelete')).toBeVisible();
        const busy = await d.exportImage('svg', { dark: theme === 'dark' });
        expect(busy.bytes.toString('utf8')).toBe(text);
      });

      test('gallery previews draw each template’s own nodes and names', async ({ page }) => {
        const d = new Designer(page);
        await d.open();
        await d.field('toolbar.templates').click();
        const cards = page.locator('.template-card-choose');
        const ids = (await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace(/^template\./, '')))).slice(0, 3);
        const drawn = new Map<string, { nodes: number; texts: string[] }>();
        for (const id of ids) {
          const preview = d.field(`template.${id}`).locator('.template-preview svg');
          await expect(preview).toBeVisible();
          expect(await preview.locator('foreignObject').count()).toBe(0);
          drawn.set(id, { nodes: await preview.locator('g[data-id]').count(), texts: await preview.locator('text').allTextContents() });
        }
        await d.field('templates.close').click();
        // Each preview holds exactly the nodes, by name, that opening the template gives.
        for (const id of ids) {
          await d.openTemplate(id);
          const design = await d.pipeline();
          expect(drawn.get(id)!.nodes).toBe(design.entities.length);
          for (const e of design.entities) expect(drawn.get(id)!.texts).toContain(e.name);
        }
      });
    });
