// SQL import: golden pairs (<case>.sql → <case>.chflow.json plus the messages),
// every golden design of the generator imports back to the same SQL, and the fuzz
// generator's designs survive generate → import → generate byte for byte.
// `UPDATE_GOLDEN=1 npx vitest run src/core/sql/import` rewrites the files; review the diff.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../model/types';
import { serializeDesign } from '../../persistence/designFile';
import { designArb } from '../../../test/fuzz/designs';
import { goldenCases } from '../../../test/golden';
import { generateSql } from '../generate';
import { importSql, type ImportResult } from './importSql';

const DIR = join(import.meta.dirname, '__golden__');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Ids are random; number them in document order so the file is stable. Positions are the layout's business (tested there), so they are left out. */
function stableIds(p: Pipeline): Pipeline {
  const ids = new Map<string, string>();
  const id = (old: string, prefix: string) => {
    if (!ids.has(old)) ids.set(old, `${prefix}${ids.size + 1}`);
    return ids.get(old)!;
  };
  const entities = p.entities.map((e) => {
    const base = { ...e, id: id(e.id, 'e'), position: { x: 0, y: 0 } };
    if (base.kind === 'kafkaTable' || base.kind === 'mergeTree') base.columns = base.columns.map((c) => ({ ...c, id: id(c.id, 'c') }));
    if (base.kind === 'mergeTree') base.indexes = (base.indexes ?? []).map((x) => ({ ...x, id: id(x.id, 'i') }));
    if (base.kind === 'mergeTree' && base.constraints) base.constraints = base.constraints.map((x) => ({ ...x, id: id(x.id, 'k') }));
    if (base.kind === 'mergeTree' && base.projections) base.projections = base.projections.map((x) => ({ ...x, id: id(x.id, 'p') }));
    if (base.kind === 'materializedView') base.mappings = base.mappings.map((m) => ({ ...m, id: id(m.id, 'm') }));
    return base;
  });
  const links = p.links.map((l) => ({ id: id(l.id, 'l'), source: id(l.source, 'e'), target: id(l.target, 'e') }));
  return { ...p, entities, links };
}

const messagesText = (r: ImportResult) => r.messages.map((m) => `${m.kind} ${m.line}:${m.column} ${m.text}`).join('\n') + '\n';

describe('golden imports', () => {
  const cases = readdirSync(DIR)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.slice(0, -4))
    .sort();

  it('has the cases the issue names', () => {
    for (const c of ['aiven_seed_to_engine', 'kafka_positional', 'inner_engine_view', 'raw_select_and_skips', 'show_create_one_line', 'syntax_error', 'projections_constraints'])
      expect(cases).toContain(c);
  });

  it.each(cases)('%s', (name) => {
    const result = importSql(readFileSync(join(DIR, `${name}.sql`), 'utf8'));
    const design = serializeDesign(stableIds(result.pipeline));
    const messages = messagesText(result);
    const designPath = join(DIR, `${name}.chflow.json`);
    const messagesPath = join(DIR, `${name}.messages.txt`);
    if (UPDATE) {
      writeFileSync(designPath, design);
      writeFileSync(messagesPath, messages);
      return;
    }
    expect(existsSync(designPath), `${designPath} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(design).toBe(readFileSync(designPath, 'utf8'));
    expect(messages).toBe(readFileSync(messagesPath, 'utf8'));
    // What was imported without error regenerates to SQL that imports back the same.
    if (!result.messages.some((m) => m.kind === 'error')) {
      const sql = generateSql(result.pipeline).text;
      expect(generateSql(importSql(sql).pipeline).text).toBe(sql);
    }
  });

  it('points a syntax error at its line and column', () => {
    const r = importSql(readFileSync(join(DIR, 'syntax_error.sql'), 'utf8'));
    expect(r.messages.filter((m) => m.kind === 'error').map((m) => [m.line, m.column])).toEqual([[4, 43]]);
  });
});

describe('the generator’s golden designs import back', () => {
  it.each(goldenCases().map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const sql = generateSql(c.pipeline).text;
    const r = importSql(sql);
    expect(r.messages.filter((m) => m.kind === 'error')).toEqual([]);
    // Objects the generator writes as a comment (incomplete ones) cannot come back.
    if (sql.includes('is not emitted')) return;
    expect(generateSql(r.pipeline).text).toBe(sql);
    const names = (p: Pipeline) => p.entities.filter((e) => e.kind !== 'kafkaTopic').map((e) => `${e.kind} ${e.database}.${e.name}`).sort();
    expect(names(r.pipeline)).toEqual(names(c.pipeline));
    expect(r.pipeline.links.length).toBe(c.pipeline.links.filter((l) => c.pipeline.entities.find((e) => e.id === l.source)?.kind !== 'kafkaTopic').length);
  });
});

describe('fuzz designs: generate → import → generate', () => {
  it('is byte-identical for every design whose statements all run', () => {
    let checked = 0;
    fc.assert(
      fc.property(designArb({ replicated: false }), designArb({ replicated: true }), (a, b) => {
        for (const p of [a, b]) {
          const script = generateSql(p);
          if (script.statements.some((s) => !s.runnable)) continue;
          // Two objects of one name: ClickHouse refuses the second, so does the import.
          const names = p.entities.filter((e) => e.kind !== 'kafkaTopic').map((e) => `${e.database}.${e.name}`);
          if (new Set(names).size !== names.length) continue;
          const r = importSql(script.text);
          expect(r.messages.filter((m) => m.kind === 'error')).toEqual([]);
          expect(generateSql(r.pipeline).text).toBe(script.text);
          checked++;
        }
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

describe('raw SELECT views', () => {
  it('are not held to the grid rules by the validator', async () => {
    const { validate } = await import('../../rules/validate');
    const r = importSql(readFileSync(join(DIR, 'raw_select_and_skips.sql'), 'utf8'));
    const raw = r.pipeline.entities.find((e) => e.kind === 'materializedView')!;
    expect(raw.kind === 'materializedView' && raw.rawSelect).toBe('SELECT id, arrayJoin(items) AS item FROM shop.orders');
    expect(validate(r.pipeline).filter((d) => d.entityId === raw.id && d.severity === 'error')).toEqual([]);
  });
});
