// The in-page instruments (canvasProbes.browser.js) and their shape as seen from here.
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface Probe {
  __bench: {
    open(p: unknown): Promise<number>;
    nodeInView(skip: number): string;
    startKeys(): void;
    keys: number[];
    stopKeys(): { key: number[]; intervals: number[]; longTasks: number[] };
    startDrag(): void;
    stopDrag(): { drag: number[]; intervals: number[]; longTasks: number[] };
  };
  __chflowOnEditorChange?: () => void;
}

export async function installProbes(page: Page): Promise<void> {
  await page.addScriptTag({ path: join(import.meta.dirname, 'canvasProbes.browser.js') });
}
