// generateSql timing for designs of 10, 100 and 1,000 nodes (budget: 2 ms median
// at 1,000 nodes), cold and after a one-entity edit. Run with `npm run bench`.
// The new-ids column is informational: a design whose ids were never seen, so
// every statement is generated (as when a file is first opened in a session).
import type { Pipeline } from '../src/core/model/types';
import { generateSql } from '../src/core/sql/generate';
import { design } from './design';
import { editOne, kindMix, measure } from './timing';

function withNewIds(p: Pipeline, prefix: string): Pipeline {
  for (const e of p.entities) e.id = prefix + e.id;
  for (const l of p.links) {
    l.source = prefix + l.source;
    l.target = prefix + l.target;
  }
  return p;
}

// Cold: every entity is a new object with the same id and content (a file opened
// again, a baseline read back): statements are taken over after comparing the
// content. New ids: nothing can be reused, every statement is written. Edit: one entity replaced per run, as
// when the user types in a panel (the store replaces only the edited entity).
function bench(n: number) {
  const p = design(n);
  const bytes = generateSql(p).text.length;
  const runs = n >= 1000 ? 300 : 1000;
  const cold = measure(runs, () => structuredClone(p), (x) => generateSql(x));
  // Fresh objects under ids never seen: not even the design's shape (order, links) can be reused.
  // (Cloned again so the ids are flat strings, as a parsed file's are, not concatenations.)
  const fresh = measure(runs, (i) => structuredClone(withNewIds(structuredClone(p), `o${n}_${i}_`)), (x) => generateSql(x));
  let current = p;
  const edit = measure(runs, (i) => (current = editOne(current, i)), (x) => generateSql(x));
  return { nodes: p.entities.length, mix: kindMix(p), bytes, cold, fresh, edit };
}

const rows = [10, 100, 1000].map(bench);
const ms = (x: number) => x.toFixed(3).padStart(8);
console.log('generateSql, node ' + process.version + ' (ms; cold = fresh objects, edit = one entity changed)');
console.log('nodes  topics/kafka/views/tables  script KiB  cold median  cold p95  edit median  edit p95  new-ids median');
for (const r of rows)
  console.log(
    `${String(r.nodes).padStart(5)}  ${r.mix.padEnd(25)}  ${(r.bytes / 1024).toFixed(1).padStart(10)}  ${ms(r.cold.median).padStart(11)}  ${ms(r.cold.p95)}  ${ms(r.edit.median).padStart(11)}  ${ms(r.edit.p95)}  ${ms(r.fresh.median).padStart(14)}`,
  );
const big = rows[rows.length - 1]!;
const verdict = (label: string, x: number) => `${label} ${x.toFixed(3)} ms ${x <= 2 ? '≤' : '>'} 2 ms budget at ${big.nodes} nodes${x <= 2 ? '' : ' (OVER)'}`;
console.log(verdict('cold:', big.cold.median));
console.log(verdict('edit:', big.edit.median));
