// Reading a design file without trusting what the path points at. A design is
// at most a few megabytes; a path to a FIFO would block forever, /dev/zero or a
// huge file would fill memory. So the type and size are checked before a byte
// is read, the file is opened without blocking and checked again through the
// open descriptor (the path may have been swapped in between), and at most
// the limit plus one byte is read (the file may grow while being read).
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Design files and standard input larger than this are refused. */
export const MAX_DESIGN_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const MIB = 1024 * 1024;
const limitText = (limit: number) => (limit % MIB === 0 ? `${limit / MIB} MiB` : `${limit} bytes`);
const tooLarge = (what: string, limit: number) => `${what}; the limit for design files is ${limitText(limit)}`;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why this file must not be read, or null when it may. */
function refusal(st: Stats, limit: number): string | null {
  if (!st.isFile()) return `it is ${kindOf(st)}, not a design file`;
  if (st.size > limit) return tooLarge(`it is ${st.size.toLocaleString('en-US')} bytes`, limit);
  return null;
}

// A pipe handed over in non-blocking mode answers EAGAIN until data arrives.
const pause = new Int32Array(new SharedArrayBuffer(4));
function readSome(fd: number, into: Buffer, length: number): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/** Reads from `fd` until end of file or until more than `limit` bytes arrived. */
function readCapped(fd: number, limit: number): { bytes: Buffer; over: boolean } {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(Math.min(limit + 1, 1024 * 1024));
  while (total <= limit) {
    const n = readSome(fd, chunk, Math.min(chunk.length, limit + 1 - total));
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return { bytes: Buffer.concat(chunks), over: total > limit };
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a design file';
  if (code === 'ELOOP') return 'too many symbolic links';
  return e instanceof Error ? e.message : String(e);
}

/** The text of a regular file of at most `limit` bytes, or why it was not read. */
export function readDesignFile(path: string, limit = MAX_DESIGN_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    const why = refusal(statSync(path), limit);
    if (why) return { ok: false, error: why };
    // O_NONBLOCK: should the path have become a FIFO since the stat, open must not hang on it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  }
  try {
    const why = refusal(fstatSync(fd), limit);
    if (why) return { ok: false, error: why };
    const { bytes, over } = readCapped(fd, limit);
    if (over) return { ok: false, error: tooLarge(`it grew past ${limitText(limit)} while being read`, limit) };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  } finally {
    closeSync(fd);
  }
}

/** Standard input (a pipe, a terminal or a redirected file), at most `limit` bytes. */
export function readDesignStdin(fd = 0, limit = MAX_DESIGN_FILE_BYTES): ReadResult {
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, error: 'it is a directory, not a design file' };
    if (st.isFile() && st.size > limit) return { ok: false, error: tooLarge(`it is ${st.size.toLocaleString('en-US')} bytes`, limit) };
    const { bytes, over } = readCapped(fd, limit);
    if (over) return { ok: false, error: tooLarge(`it is larger than ${limitText(limit)}`, limit) };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  }
}
