// Base64url without padding (RFC 4648 §5): the alphabet that survives a URL
// fragment, chat apps and e-mail without percent-encoding. Written here because
// the core has neither btoa nor Buffer. Decoding also accepts the standard
// alphabet and stray padding, since people paste links through tools that add them.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUES.set('+', 62);
VALUES.set('/', 63);

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export function fromBase64Url(text: string): Base64Result {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return { ok: false, error: 'its length is impossible for base64 (the link was probably cut short)' };
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = VALUES.get(clean[i]!);
    if (v === undefined) return { ok: false, error: `character ${JSON.stringify(clean[i])} at position ${i + 1} is not base64` };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out.subarray(0, o) };
}
