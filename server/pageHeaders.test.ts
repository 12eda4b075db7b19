// The frame headers as a browser receives them: the middleware in front of a
// small server that answers like Vite (index.html for any page path).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_POLICY, isEmbedUrl, pageSecurityHeaders } from './pageHeaders';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) =>
    pageSecurityHeaders(req, res, () => {
      const isAsset = /\.js$/.test((req.url ?? '').split('?')[0]!);
      res.setHeader('Content-Type', isAsset ? 'text/javascript' : 'text/html');
      res.end(isAsset ? '1' : '<!doctype html><div id="root"></div>');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const frameHeaders = async (path: string) => {
  const res = await fetch(base + path);
  return { csp: res.headers.get('content-security-policy'), xfo: res.headers.get('x-frame-options') };
};

describe('frame headers', () => {
  it('editable pages may be framed only by their own origin', async () => {
    for (const path of ['/', '/index.html', '/?lang=en', '/some/spa/path', '/assets/index.js']) {
      expect(await frameHeaders(path), path).toEqual({ csp: FRAME_POLICY, xfo: 'SAMEORIGIN' });
    }
  });

  it('the embed page may be framed by anyone', async () => {
    for (const path of ['/?embed=1', '/?embed', '/index.html?lang=en&embed=1']) {
      expect(await frameHeaders(path), path).toEqual({ csp: null, xfo: null });
    }
  });

  it('engine answers are left to the endpoint', async () => {
    expect(await frameHeaders('/engine/session')).toEqual({ csp: null, xfo: null });
  });

  it('reads the embed marker only from the query', () => {
    expect(isEmbedUrl('/?embed=1')).toBe(true);
    expect(isEmbedUrl('/?embedded=1')).toBe(false);
    expect(isEmbedUrl('/embed')).toBe(false);
    expect(isEmbedUrl('/#embed')).toBe(false);
  });
});
