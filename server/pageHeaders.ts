// Who may put chflow's pages in a frame. The editable designer may be framed only
// by its own origin: a foreign page could otherwise overlay it and trick clicks
// (consent to run a design, Check) against the local engine. The read-only embed
// page, marked by `?embed` in its address, may be framed by anyone: it never
// runs anything and cannot edit. The embed marker is in the query on purpose:
// the fragment (#d=…&ro=1) never reaches the server.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type NextFn = (err?: unknown) => void;

/** Where the engine endpoint is mounted; its answers are not pages. */
const ENGINE_PREFIX = '/engine/';
const EMBED_PARAM = 'embed';

export const FRAME_POLICY = "frame-ancestors 'self'";

/** True for the embed page: any `embed` query parameter, as the app reads it. */
export function isEmbedUrl(url: string): boolean {
  const q = url.indexOf('?');
  if (q < 0) return false;
  const query = url.slice(q + 1).split('#')[0]!;
  return new URLSearchParams(query).has(EMBED_PARAM);
}

/**
 * Sets the frame policy on the app's pages (every answer outside /engine/ but
 * the embed page). Scripts and styles get it too: it means nothing to them, and
 * a rule that tried to spot HTML could miss a page served under an odd path
 * (Vite answers any path with index.html).
 */
export function pageSecurityHeaders(req: IncomingMessage, res: ServerResponse, next: NextFn): void {
  const url = req.url ?? '/';
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith(ENGINE_PREFIX) && !isEmbedUrl(url)) {
    res.setHeader('Content-Security-Policy', FRAME_POLICY);
    // Browsers that predate frame-ancestors.
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  }
  next();
}
