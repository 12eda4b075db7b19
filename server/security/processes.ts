// The engine processes this test process started, found through /proc (Linux):
// the host keeps its child private, and a test that kills the engine must do
// it from outside, as a crash would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** PIDs of this process's children running server/engineChild.ts. */
export function engineChildren(): number[] {
  const tasks = `/proc/${process.pid}/task`;
  if (!existsSync(tasks)) return [];
  const pids = readdirSync(tasks).flatMap((t) => {
    try {
      return readFileSync(`${tasks}/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return [...new Set(pids)].filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('engineChild');
    } catch {
      return false;
    }
  });
}

export const hasProc = (): boolean => existsSync(`/proc/${process.pid}/task`);
