// Page object for share links and read-only embeds, next to the Designer it builds on.
import { expect, type Page } from '@playwright/test';
import { Designer } from './designer';

export const AUTOSAVE_KEY = 'chflow.autosave.v1';

export class ShareView extends Designer {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the Share dialog, sets its options and returns the link it offers. */
  async shareLink(options: { readOnly?: boolean; view?: 'both' | 'canvas' | 'sql'; theme?: '' | 'light' | 'dark' } = {}): Promise<string> {
    await (await this.command('toolbar.share')).click();
    await expect(this.field('share.dialog')).toBeVisible();
    if (options.readOnly !== undefined) await this.field('share.readOnly').setChecked(options.readOnly);
    if (options.view) await this.field('share.view').selectOption(options.view);
    if (options.theme !== undefined) await this.field('share.theme').selectOption(options.theme);
    return this.field('share.link').inputValue();
  }

  async closeDialog(testId: 'share.dialog' | 'embed.dialog'): Promise<void> {
    await this.field(`${testId}.close`).click();
    await expect(this.field(testId)).toHaveCount(0);
  }

  /** Opens a link in this page and waits for the canvas of an editable designer. */
  async openLink(url: string): Promise<void> {
    await this.open(url);
  }

  /** Opens a read-only link: no palette, a read-only header instead of the toolbar. */
  async openReadOnly(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.field('readonly.header')).toBeVisible();
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  autosaved(): Promise<string | null> {
    return this.page.evaluate((k) => window.localStorage.getItem(k), AUTOSAVE_KEY);
  }
}
