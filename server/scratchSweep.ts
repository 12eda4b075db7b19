// What requests leave behind in the scratch namespace is dropped: databases
// nobody touched for a while, the oldest ones when there are too many, and the
// oldest ones while the namespace holds more data than it may.
import type { Session } from 'chdb';

export const SCRATCH_LIMITS = {
  /** A Check or a preview lasts seconds; a Run a minute. */
  maxAgeMs: 15 * 60_000,
  maxDatabases: 40,
  maxBytes: 512 * 1024 * 1024,
};

const firstSeen = new Map<string, number>();
let lastSweep = 0;

function rows(session: Session, sql: string): string[][] {
  return session
    .query(sql, 'TSVRaw')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}

/** Drops what is too old, too many or too big; cheap enough to run after every request. */
export function sweepScratch(session: Session, now: number, limits = SCRATCH_LIMITS): string[] {
  if (now - lastSweep < 1000 && firstSeen.size < limits.maxDatabases) return [];
  lastSweep = now;
  const dropped: string[] = [];
  try {
    const sizes = new Map(
      rows(session, "SELECT database, sum(bytes_on_disk) FROM system.parts WHERE database LIKE 'chflow\\_scratch\\_%' AND active GROUP BY database").map(
        ([d, b]) => [d!, Number(b)],
      ),
    );
    const names = rows(session, "SELECT name FROM system.databases WHERE name LIKE 'chflow\\_scratch\\_%'").map((r) => r[0]!);
    for (const n of names) if (!firstSeen.has(n)) firstSeen.set(n, now);
    for (const n of [...firstSeen.keys()]) if (!names.includes(n)) firstSeen.delete(n);
    const oldestFirst = [...firstSeen.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n);
    let total = [...sizes.values()].reduce((a, b) => a + b, 0);
    let count = oldestFirst.length;
    for (const n of oldestFirst) {
      const old = now - firstSeen.get(n)! > limits.maxAgeMs;
      if (!old && count <= limits.maxDatabases && total <= limits.maxBytes) continue;
      session.query('DROP DATABASE IF EXISTS `' + n.replace(/[\\`]/g, (c) => '\\' + c) + '` SYNC');
      firstSeen.delete(n);
      dropped.push(n);
      count--;
      total -= sizes.get(n) ?? 0;
    }
  } catch {
    /* a sweep that fails is tried again after the next request */
  }
  return dropped;
}
