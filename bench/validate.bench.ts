// validate() timing for designs of 100, 500 and 1,000 nodes (issue 12: validation
// must never hold up typing). Budgets at 500 nodes: 12 ms median cold (fresh objects,
// as when a design is opened) and 4 ms median after a one-entity edit (the store's
// incremental validator, as the UI runs it after a pause in typing); 1,000 nodes
// cold in proportion (24 ms). Run with `npm run bench`.
import type { Pipeline } from '../src/core/model/types';
import { incrementalValidator, validate } from '../src/core/rules/validate';
import { design } from './design';
import { editOne, kindMix, measure, type Stats } from './timing';

/** A one-entity edit that changes what validation reads: a rename (entity `i * 7` in turn). */
function renameOne(p: Pipeline, i: number): Pipeline {
  const at = (i * 7) % p.entities.length;
  const entities = p.entities.slice();
  const e = entities[at]!;
  entities[at] = { ...e, name: `${e.name.replace(/_r\d+$/, '')}_r${i}` };
  return { ...p, entities };
}

function bench(n: number) {
  const p = design(n);
  const diagnostics = validate(p).length;
  const runs = n >= 1000 ? 200 : 500;
  const cold = measure(runs, () => structuredClone(p), (x) => validate(x));
  const incremental = incrementalValidator();
  let current = p;
  incremental(current);
  const edit = measure(runs, (i) => (current = editOne(current, i)), (x) => incremental(x));
  const rename = measure(runs, (i) => (current = renameOne(current, i)), (x) => incremental(x));
  return { nodes: p.entities.length, mix: kindMix(p), diagnostics, cold, edit, rename };
}

const rows = [100, 500, 1000].map(bench);
const ms = (x: number) => x.toFixed(3).padStart(8);
const pair = (s: Stats) => `${ms(s.median)} ${ms(s.p95)}`;
console.log('validate, node ' + process.version + ' (ms, median and p95; cold = fresh objects, edit = one entity changed, rename = one entity renamed)');
console.log('nodes  topics/kafka/views/tables  problems    cold median/p95    edit median/p95  rename median/p95');
for (const r of rows)
  console.log(`${String(r.nodes).padStart(5)}  ${r.mix.padEnd(25)}  ${String(r.diagnostics).padStart(8)}  ${pair(r.cold)}  ${pair(r.edit)}  ${pair(r.rename)}`);
const at = (nodes: number) => rows.find((r) => r.nodes === nodes)!;
const verdict = (label: string, x: number, budget: number, nodes: number) =>
  `${label} ${x.toFixed(3)} ms ${x <= budget ? '≤' : '>'} ${budget} ms budget at ${nodes} nodes${x <= budget ? '' : ' (OVER)'}`;
console.log(verdict('cold:', at(500).cold.median, 12, 500));
console.log(verdict('edit:', Math.max(at(500).edit.median, at(500).rename.median), 4, 500));
console.log(verdict('cold:', at(1000).cold.median, 24, 1000));
