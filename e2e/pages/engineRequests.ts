// Counts what a page sends to the local engine (/engine/), from every frame.
import type { Page } from '@playwright/test';

export const SESSION = 'GET /engine/session';

export class EngineRequests {
  /** `METHOD /path` of every request to /engine/, in order. */
  readonly seen: string[] = [];
  /** Bodies of the queries (POST), in order. */
  readonly queries: string[] = [];

  constructor(page: Page) {
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/engine/')) return;
      this.seen.push(`${r.method()} ${url.pathname}`);
      if (r.method() === 'POST') this.queries.push(r.postData() ?? '');
    });
  }

  /** Everything but session discovery. */
  beyondSession(): string[] {
    return this.seen.filter((s) => s !== SESSION);
  }
}
