// Whether the open design may run SQL on an engine. A design someone else wrote
// (a share link, an embed, a file) can carry hostile SQL in any expression, so it
// starts untrusted and stays so, edits included, until the user allows it once.
// The flag belongs to the document: every state of it in the undo history shares
// one cell, so consent covers the whole document and Undo back into another
// document brings that document's own flag back.
import type { Pipeline } from '../core/model/types';

export type DesignOrigin = 'new' | 'template' | 'link' | 'embed' | 'file' | 'unknown';

export interface DesignTrust {
  trusted: boolean;
  origin: DesignOrigin;
  /** Where the design came from, in words: "a share link", "the file x.chflow.json". */
  source: string;
}

const ORIGINS: readonly DesignOrigin[] = ['new', 'template', 'link', 'embed', 'file', 'unknown'];
/** Designs the user made: from scratch or from a built-in template. */
const OWN: ReadonlySet<DesignOrigin> = new Set(['new', 'template']);

const SOURCES: Record<DesignOrigin, string> = {
  new: 'a new design',
  template: 'a built-in template',
  link: 'a share link',
  embed: 'an embedded (read-only) link',
  file: 'a design file',
  unknown: 'an unknown place',
};

/** The trust a design gets when it arrives from `origin`; `source` names it more precisely. */
export function trustFor(origin: DesignOrigin, source?: string): DesignTrust {
  return { trusted: OWN.has(origin), origin, source: source?.trim() || SOURCES[origin] };
}

export const isDesignOrigin = (v: unknown): v is DesignOrigin => typeof v === 'string' && (ORIGINS as readonly string[]).includes(v);

/** What a replace without a stated origin gets: untrusted, so a new import path cannot run SQL by forgetting to say. */
export const UNSTATED_TRUST: DesignTrust = Object.freeze({ trusted: false, origin: 'unknown', source: SOURCES.unknown });

/** One per document; shared by all its states. */
interface TrustCell {
  trust: DesignTrust;
}

const cells = new WeakMap<Pipeline, TrustCell>();

/** Starts a new document at `p`. */
export function startDocument(p: Pipeline, trust: DesignTrust): DesignTrust {
  cells.set(p, { trust });
  return trust;
}

/** `after` is an edit of `before`: same document, same trust. */
export function continueDocument(before: Pipeline, after: Pipeline): void {
  const cell = cells.get(before);
  if (cell) cells.set(after, cell);
  else cells.set(after, { trust: UNSTATED_TRUST });
}

/** The trust of the document `p` belongs to; a state never seen (should not happen) is untrusted. */
export function trustOf(p: Pipeline): DesignTrust {
  return cells.get(p)?.trust ?? UNSTATED_TRUST;
}

/** The user allowed the document `p` belongs to to run; returns its new trust. */
export function grantTrust(p: Pipeline): DesignTrust {
  let cell = cells.get(p);
  if (!cell) {
    cell = { trust: UNSTATED_TRUST };
    cells.set(p, cell);
  }
  cell.trust = { ...cell.trust, trusted: true };
  return cell.trust;
}
