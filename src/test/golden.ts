// Golden SQL cases: src/core/sql/__golden__/<case>.pipeline.json is the input,
// <case>.sql the reviewed output. Shared by the golden and the chdb tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../core/model/types';

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'core', 'sql', '__golden__');

export interface GoldenCase {
  name: string;
  pipeline: Pipeline;
  sqlPath: string;
  /** The stored expected SQL, or undefined when the file does not exist yet. */
  expected: string | undefined;
  /**
   * Statements the server needs before the script (e.g. a named collection, which lives
   * on the server, not in the design), from <case>.setup.sql, one per `;`-terminated line.
   */
  setup: string[];
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.pipeline.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.pipeline.json'.length);
      const sqlPath = join(GOLDEN_DIR, `${name}.sql`);
      const setupPath = join(GOLDEN_DIR, `${name}.setup.sql`);
      const setup = existsSync(setupPath)
        ? readFileSync(setupPath, 'utf8')
            .split(/;\s*\n/)
            .map((x) => x.trim())
            .filter((x) => x !== '')
        : [];
      return {
        name,
        pipeline: JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as Pipeline,
        sqlPath,
        expected: existsSync(sqlPath) ? readFileSync(sqlPath, 'utf8') : undefined,
        setup,
      };
    });
}
