// The fix is offered exactly when the validator warns about a Replicated table
// without arguments; the design-wide options that make it fine are shown beside it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MergeTreeTable, PipelineOptions } from '../../core/model/types';
import { validate } from '../../core/rules/validate';
import { NO_DEFAULT_PATH } from '../../core/rules/validate/replicated';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import { ReplicationEditor } from './ReplicationEditor';

const table = (zooPath = '', replicaName = ''): MergeTreeTable =>
  mergeTree('t', 'events', [col('id', 'UInt64')], { orderBy: 'id', engine: { family: 'MergeTree', replicated: true, zooPath, replicaName, params: {} } });

function render(t: MergeTreeTable, options: Partial<PipelineOptions> = {}) {
  const p = pipeline([t], [], options);
  const warned = validate(p).some((d) => d.code === NO_DEFAULT_PATH);
  return { html: renderToStaticMarkup(<ReplicationEditor table={t} options={p.options} setEngine={() => {}} />), warned };
}

describe('the Replicated section of the MergeTree panel', () => {
  it('offers the one-click fix where the validator warns, and not where an option or the arguments make the table fine', () => {
    const cases: [MergeTreeTable, Partial<PipelineOptions>][] = [
      [table(), {}],
      [table(), { replicatedDatabases: true }],
      [table(), { serverDefaultReplicaPath: true }],
      [table(), { cluster: 'prod' }],
      [table('/clickhouse/tables/{shard}/{database}/{table}', '{replica}'), {}],
    ];
    const offered = cases.map(([t, o]) => {
      const { html, warned } = render(t, o);
      expect(html.includes('data-testid="panel.replication.fix"')).toBe(warned);
      return warned;
    });
    expect(offered).toEqual([true, false, false, false, false]);
  });

  it('shows the design options with their current values', () => {
    const { html } = render(table(), { replicatedDatabases: true, cluster: 'prod' });
    expect(html).toMatch(/data-testid="panel\.option\.replicatedDatabases"[^>]*checked=""/);
    expect(html).not.toMatch(/data-testid="panel\.option\.serverDefaultReplicaPath"[^>]*checked=""/);
    expect(html).toMatch(/data-testid="panel\.option\.cluster"[^>]*value="prod"/);
    expect(html).toContain('fine here: the databases use the Replicated database engine');
  });
});
