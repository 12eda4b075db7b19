// The CLI refuses what is not a design file, before reading it: FIFOs (which
// would block forever), devices, directories, sockets and files over the limit.
// Run through the real bin/chflow.mjs in a child process with a timeout, so a
// hang shows up as a failure rather than a stuck suite.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../core/persistence/designFile';
import { findTemplate } from '../core/templates';
import { MAX_DESIGN_FILE_BYTES, readDesignFile, readDesignStdin } from './readDesignFile';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'chflow.mjs');
let dir: string;
let socketServer: Server | undefined;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chflow-limits-'));
  writeFileSync(at('ok.chflow.json'), serializeDesign(findTemplate('aiven-kafka-replicated')!.build()));
  mkdirSync(at('folder.chflow.json'));
  expect(spawnSync('mkfifo', [at('pipe.chflow.json')]).status).toBe(0);
  symlinkSync(at('pipe.chflow.json'), at('link-to-pipe.json'));
  // Sparse: 64 MiB + 1 byte on paper, nothing on disk.
  writeFileSync(at('huge.chflow.json'), '');
  truncateSync(at('huge.chflow.json'), MAX_DESIGN_FILE_BYTES + 1);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(at('sock'), resolve));
  socketServer = server;
});

afterAll(async () => {
  await new Promise((resolve) => (socketServer ? socketServer.close(resolve) : resolve(undefined)));
  rmSync(dir, { recursive: true, force: true });
});

function chflow(args: string[], stdin: 'pipe' | number = 'pipe') {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, stdio: [stdin, 'pipe', 'pipe'] });
  return { ...r, ms: Date.now() - started };
}

describe('chflow refuses what is not a design file, without reading it', () => {
  it.each([
    ['a FIFO', 'pipe.chflow.json', /pipe\.chflow\.json: it is a named pipe \(FIFO\), not a design file/],
    ['a symbolic link to a FIFO', 'link-to-pipe.json', /link-to-pipe\.json: it is a named pipe \(FIFO\), not a design file/],
    ['a directory', 'folder.chflow.json', /folder\.chflow\.json: it is a directory, not a design file/],
    ['a socket', 'sock', /sock: it is a socket, not a design file/],
    ['a file over 64 MiB', 'huge.chflow.json', /huge\.chflow\.json: it is 67,108,865 bytes; the limit for design files is 64 MiB/],
  ])('%s: exit 2 with the reason', (_what, name, message) => {
    for (const command of ['sql', 'validate']) {
      const r = chflow([command, at(name)]);
      expect(r.error, 'the command must not hang').toBeUndefined();
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^chflow: could not read .*${message.source}`));
    }
  });

  it('/dev/zero: a character device, refused at once', () => {
    const r = chflow(['sql', '/dev/zero']);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('chflow: could not read /dev/zero: it is a character device, not a design file\n');
  });

  it('/dev/zero as standard input: read up to the limit plus one byte, then refused', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = chflow(['sql', '-'], zero);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('chflow: could not read standard input: it is larger than 64 MiB; the limit for design files is 64 MiB\n');
    } finally {
      closeSync(zero);
    }
  });

  it('an ordinary design file still works', () => {
    const r = chflow(['validate', at('ok.chflow.json')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('readDesignFile and readDesignStdin limits', () => {
  it('reads a file of exactly the limit and refuses one byte more', () => {
    writeFileSync(at('ten'), '0123456789');
    expect(readDesignFile(at('ten'), 10)).toEqual({ ok: true, text: '0123456789' });
    expect(readDesignFile(at('ten'), 9)).toEqual({ ok: false, error: 'it is 10 bytes; the limit for design files is 9 bytes' });
  });

  it('stops reading an endless source at the limit plus one byte', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(readDesignStdin(zero, 1000)).toEqual({ ok: false, error: expect.stringMatching(/^it is larger than/) });
    } finally {
      closeSync(zero);
    }
    const ten = openSync(at('ten'), 'r');
    try {
      expect(readDesignStdin(ten, 10)).toEqual({ ok: true, text: '0123456789' });
    } finally {
      closeSync(ten);
    }
  });

  it('names a missing file', () => {
    expect(readDesignFile(at('nope.json'))).toEqual({ ok: false, error: 'no such file' });
  });
});
