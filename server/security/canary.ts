// Files the security suite watches: a secret outside the scratch area that no
// response may ever contain, and paths that writes would create. /etc/passwd is
// a second read target, recognised by its first line.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Canary {
  dir: string;
  /** A file with the secret inside: the read target. */
  secretPath: string;
  secret: string;
  /** Must never exist: the write target. */
  writePath: string;
  /** Text from /etc/passwd that only a read of it would produce ('' when there is no such file). */
  passwdMarker: string;
  /** The secret or /etc/passwd text if `text` holds either, else ''. */
  leak(text: string): string;
  /** What changed in the canary's directory since it was planted ([] when nothing). */
  changes(): string[];
  remove(): void;
}

function passwdLine(): string {
  try {
    // The first entry's name and uid fields, e.g. `root:x:0:0:`: never part of a query or an error we write.
    const first = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? '';
    const fields = first.split(':');
    return fields.length >= 4 ? fields.slice(0, 4).join(':') + ':' : '';
  } catch {
    return '';
  }
}

export function plantCanary(): Canary {
  const dir = mkdtempSync(join(tmpdir(), 'chflow-canary-'));
  const secret = 'canary-' + randomBytes(16).toString('hex');
  const secretPath = join(dir, 'secret.txt');
  writeFileSync(secretPath, `${secret}\n${secret},${secret}\n`);
  const before = statSync(secretPath);
  const listing = readdirSync(dir).sort().join(',');
  const passwdMarker = passwdLine();
  const encodings = [secret, Buffer.from(secret).toString('hex'), Buffer.from(secret).toString('base64').slice(0, 24).toLowerCase()];
  return {
    dir,
    secretPath,
    secret,
    writePath: join(dir, 'written.txt'),
    passwdMarker,
    leak(text) {
      // The secret as text, as hex (hex(), a hex dump) or as base64 counts.
      const lower = text.toLowerCase();
      if (encodings.some((e) => lower.includes(e))) return secret;
      if (passwdMarker && text.includes(passwdMarker)) return passwdMarker;
      return '';
    },
    changes() {
      const out: string[] = [];
      const now = readdirSync(dir).sort().join(',');
      if (now !== listing) out.push(`files in ${dir} changed: [${listing}] -> [${now}]`);
      if (existsSync(this.writePath)) out.push(`${this.writePath} was written`);
      if (!existsSync(secretPath)) out.push(`${secretPath} was removed`);
      else {
        const s = statSync(secretPath);
        if (s.mtimeMs !== before.mtimeMs || s.size !== before.size) out.push(`${secretPath} was modified`);
        if (readFileSync(secretPath, 'utf8') !== `${secret}\n${secret},${secret}\n`) out.push(`${secretPath} content changed`);
      }
      return out;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
