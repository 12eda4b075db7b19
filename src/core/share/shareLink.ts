// A whole design in a URL fragment, no server: `#d=<base64url(deflate-raw(JSON))>`
// followed by the view flags. The JSON is the design file format (same marker,
// version and migrations as .chflow.json files), written compactly. The
// fragment never reaches a server, so the design stays between the people who
// hold the link.
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import type { Pipeline } from '../model/types';
import { canonicalPipeline, DESIGN_FORMAT, DESIGN_VERSION, parseDesign } from '../persistence/designFile';
import { fromBase64Url, toBase64Url } from './base64url';
import { DESIGN_PARAM, fragmentParams, readFlags, writeFlags, type ShareFlags } from './flags';

import { topicsWithSamples } from './samples';
import { removeSecrets } from './secrets';

// Kept importable from here too; they live in flags.ts so the start-up check needs no inflater.
export { DESIGN_PARAM, hasSharedDesign } from './flags';

/** A decompressed design larger than this is refused: a few bytes of deflate can expand enormously. */
export const MAX_DESIGN_BYTES = 8 * 1024 * 1024;

export interface EncodedShare {
  /** The fragment without `#`: `d=…&ro=1…`. */
  fragment: string;
  /** What was left out because it looked like a secret (see secrets.ts). */
  removed: string[];
  /** Names of the topics whose sample messages were left out (none when they were asked for). */
  samplesLeftOut: string[];
}

/** What travels besides the design itself. */
export interface ShareContent {
  /**
   * The topics' sample messages. Off unless asked for: samples are often
   * copied from a real topic, and a link is easily passed on.
   */
  samples?: boolean;
}

/** Topics that hold sample messages, by name. */
export { topicsWithSamples };

function withoutSamples(p: Pipeline): Pipeline {
  if (topicsWithSamples(p).length === 0) return p;
  return {
    ...p,
    entities: p.entities.map((e) => {
      if (e.kind !== 'kafkaTopic' || e.samples === undefined) return e;
      const { samples: _left, ...rest } = e;
      return rest;
    }),
  };
}

export function encodeShareDetailed(pipeline: Pipeline, opts: Partial<ShareFlags> = {}, content: ShareContent = {}): EncodedShare {
  const { pipeline: clean, removed } = removeSecrets(pipeline);
  const samplesLeftOut = content.samples ? [] : topicsWithSamples(clean);
  const sent = content.samples ? clean : withoutSamples(clean);
  const json = JSON.stringify({ format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline: canonicalPipeline(sent) });
  const data = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  return { fragment: [`${DESIGN_PARAM}=${data}`, ...writeFlags(opts)].join('&'), removed, samplesLeftOut };
}

/** The fragment (without `#`) that carries the design, secrets and (unless asked for) samples removed, and the given flags. */
export function encodeShare(pipeline: Pipeline, opts: Partial<ShareFlags> = {}, content: ShareContent = {}): string {
  return encodeShareDetailed(pipeline, opts, content).fragment;
}

/** `base` (any URL) with its fragment replaced by the share fragment. */
export function shareUrl(base: string, fragment: string): string {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}#${fragment}`;
}

export type DecodedShare =
  | { ok: true; pipeline: Pipeline; flags: ShareFlags; warnings: string[] }
  | { ok: false; error: string; flags: ShareFlags };

function inflateCapped(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > MAX_DESIGN_BYTES) throw new RangeError('too large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    const STEP = 16 * 1024;
    for (let i = 0; i < bytes.length; i += STEP) inflater.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
    if (bytes.length === 0) inflater.push(bytes, true);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'too large')
      return { ok: false, error: `the design would be larger than ${MAX_DESIGN_BYTES / 1024 / 1024} MB once unpacked` };
    return { ok: false, error: `the data does not unpack (${e instanceof Error ? e.message : String(e)}); the link was probably cut short or altered` };
  }
  if (!ended) return { ok: false, error: 'the data ends too early; the link was probably cut short' };
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  try {
    return { ok: true, text: strFromU8(all) };
  } catch (e) {
    return { ok: false, error: `the data is not text (${e instanceof Error ? e.message : String(e)})` };
  }
}

function decodeUnsafe(fragment: string): DecodedShare {
  const params = fragmentParams(fragment);
  const flags = readFlags(params);
  const fail = (error: string): DecodedShare => ({ ok: false, error: `This link’s design cannot be read: ${error}`, flags });
  const data = params.get(DESIGN_PARAM);
  if (data === undefined) return fail('it carries no design (no “d=” part)');
  // Line breaks and spaces creep in when a long link is wrapped in an e-mail.
  const compact = data.replace(/\s+/g, '');
  if (compact === '') return fail('the “d=” part is empty');
  const bytes = fromBase64Url(compact);
  if (!bytes.ok) return fail(bytes.error);
  const text = inflateCapped(bytes.bytes);
  if (!text.ok) return fail(text.error);
  const parsed = parseDesign(text.text);
  if (!parsed.ok) return fail(parsed.error);
  return { ok: true, pipeline: parsed.pipeline, flags, warnings: parsed.warnings };
}

/** Reads a share fragment (with or without `#`); never throws. */
export function decodeShare(fragment: string): DecodedShare {
  try {
    if (typeof fragment !== 'string') return { ok: false, error: 'This link’s design cannot be read: no fragment', flags: readFlags(new Map()) };
    return decodeUnsafe(fragment);
  } catch (e) {
    return {
      ok: false,
      error: `This link’s design cannot be read: ${e instanceof Error ? e.message : String(e)}`,
      flags: readFlags(new Map()),
    };
  }
}
