// Check on a view whose SELECT is kept as written: its tables move into the
// scratch databases with the rest of the design, and ClickHouse's refusal lands
// on the view's query field. Against the real local endpoint (chdb).
import { describe, expect, it } from 'vitest';
import { renameRawTables } from '../core/sql/import/rawSelectTables';
import { useLocalEngine } from '../test/localEngine';
import { col, kafka, link, mergeTree, pipeline, view } from '../test/pipelines';
import { buildCheckPlan } from './checkPlan';
import { checkDiagnostics, runCheck } from './runCheck';

const engine = useLocalEngine();

const design = (rawSelect: string) =>
  pipeline(
    [
      kafka('k', 'src', [col('id', 'UInt64'), col('tags', 'Array(String)')], { database: 'shop' }),
      view('v', 'mv', [], { rawSelect, database: 'shop' }),
      mergeTree('t', 'dst', [col('id', 'UInt64'), col('tag')], { database: 'shop' }),
    ],
    [link('k', 'v'), link('v', 't')],
  );

async function check(rawSelect: string) {
  const d = design(rawSelect);
  const report = await runCheck(engine(), d, buildCheckPlan(d, 'embedded', 'rawsel', renameRawTables));
  expect(report.failure).toBeUndefined();
  return { steps: report.steps, problems: checkDiagnostics(report) };
}

describe('Check of a view kept as SQL', () => {
  it('runs a valid query in the scratch databases (arrayJoin; ARRAY JOIN and a join on a subquery)', async () => {
    for (const q of ['SELECT id, arrayJoin(tags) AS tag FROM shop.src', 'SELECT a.id AS id, b.tag AS tag FROM shop.src AS a ARRAY JOIN a.tags AS tag LEFT JOIN (SELECT 1 AS id, \'x\' AS tag) AS b ON b.id = a.id']) {
      const { steps, problems } = await check(q);
      expect(problems, q).toEqual([]);
      expect(steps.find((s) => s.entityId === 'v')).toMatchObject({ status: 'ok' });
      expect(steps.find((s) => s.entityId === 'v')!.sql).toMatch(/FROM chflow_scratch_rawsel_\d+\.src/);
    }
  });

  it('puts ClickHouse’s refusal on the view’s query field, in the design’s names', async () => {
    const unknownColumn = await check('SELECT id, arrayJoin(tagz) AS tag FROM shop.src');
    expect(unknownColumn.problems).toEqual([expect.objectContaining({ entityId: 'v', field: 'rawSelect', code: 'engine.UNKNOWN_IDENTIFIER' })]);
    const missingTable = await check('SELECT s.id AS id, d.tag AS tag FROM shop.src AS s JOIN shop.dims AS d ON d.id = s.id');
    expect(missingTable.problems).toEqual([expect.objectContaining({ entityId: 'v', field: 'rawSelect', code: 'engine.UNKNOWN_TABLE' })]);
    expect(missingTable.problems[0]!.message).toContain('shop.dims');
    expect(missingTable.problems[0]!.message).not.toContain('chflow_scratch');
  });
});
