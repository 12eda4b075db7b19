// Per template: milliseconds from the first DDL statement to the moment every
// target holds its expected rows, through a real Kafka-protocol broker (kcat's
// mock cluster) into chdb. Run with `npm run bench` (needs kcat on PATH).
import { TEMPLATES } from '../src/core/templates';
import { runFlow } from '../src/test/broker/flow';
import { MockBroker } from '../src/test/broker/mockBroker';
import { SchemaRegistry } from '../src/test/broker/schemaRegistry';
import { engineSession } from '../src/test/broker/session';
import { TEMPLATE_SCHEMAS, templateInputs } from '../src/test/broker/templateInputs';

interface Row {
  id: string;
  rows: number;
  ms: number;
  note: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const broker = await MockBroker.start();
const registry = await SchemaRegistry.start(TEMPLATE_SCHEMAS);
const session = engineSession();
const results: Row[] = [];
try {
  for (const t of TEMPLATES) {
    try {
      const r = await runFlow(session, broker, t.build(), `bench_${t.id}`, templateInputs(t.id, registry.url));
      const rows = [...r.actual.targets.values()].reduce((n, x) => n + x.rows.length, 0);
      const exact = [...r.expected.targets].every(([id, want]) => same(r.actual.targets.get(id), want));
      results.push({ id: t.id, rows, ms: r.ms, note: Number.isNaN(r.ms) ? 'rows missing after 30 s' : exact ? 'exact' : 'MISMATCH' });
    } catch (e) {
      // A template whose messages cannot be made here is listed, not timed.
      results.push({ id: t.id, rows: 0, ms: NaN, note: `not run: ${(e as Error).message.split('\n')[0]}` });
    }
  }
} finally {
  await broker.stop();
  await registry.stop();
  session.close();
}

console.log(`Kafka → chdb per template, node ${process.version} (first DDL → last expected row; 200 ms flush, 100 ms poll)`);
console.log('template                           rows        ms  result');
for (const r of results)
  console.log(`${r.id.padEnd(33)}  ${String(r.rows).padStart(4)}  ${(Number.isNaN(r.ms) ? '-' : r.ms.toFixed(0)).padStart(8)}  ${r.note}`);
const timed = results.filter((r) => !Number.isNaN(r.ms)).map((r) => r.ms);
if (timed.length) console.log(`median ${timed.sort((a, b) => a - b)[Math.floor(timed.length / 2)]!.toFixed(0)} ms over ${timed.length} templates`);
