// ORDER BY, PARTITION BY, PRIMARY KEY, TTL and (advanced) SAMPLE BY, each a free expression.
import { useEffect, useState } from 'react';
import type { MergeTreeTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { patchEntity } from '../shared/edit';
import { Section, TextField } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { keyHasColumn, toggleKeyColumn } from './keyList';

export function KeysEditor({ table }: { table: MergeTreeTable }) {
  const edit = (patch: Partial<MergeTreeTable>) => patchEntity(table.id, patch);
  const wantsAdvanced = useDesign((s) => s.focusField === 'sampleBy');
  const sampleProblems = useFieldDiagnostics('sampleBy');
  const [advanced, setAdvanced] = useState(table.sampleBy !== '');
  useEffect(() => {
    if (wantsAdvanced) setAdvanced(true);
  }, [wantsAdvanced]);

  return (
    <Section title="Keys and lifetime" testId="panel.keys">
      <TextField
        label="ORDER BY"
        field="orderBy"
        testId="panel.orderBy"
        code
        placeholder="empty = tuple() (no sorting key)"
        hint="Sorting key: rows with equal keys are what Replacing/Summing/… engines merge."
        value={table.orderBy}
        onChange={(orderBy) => edit({ orderBy })}
      />
      {table.columns.length ? (
        <div className="panel-chips" role="group" aria-label="Toggle columns in ORDER BY">
          {table.columns.map((c) => {
            const on = keyHasColumn(table.orderBy, c.name);
            return (
              <button
                key={c.id}
                type="button"
                className={`panel-chip${on ? ' panel-chip-on' : ''}`}
                aria-pressed={on}
                data-testid={`panel.orderBy.pick.${c.name}`}
                onClick={() => edit({ orderBy: toggleKeyColumn(table.orderBy, c.name) })}
              >
                {c.name}
              </button>
            );
          })}
        </div>
      ) : null}
      <TextField
        label="PARTITION BY"
        field="partitionBy"
        testId="panel.partitionBy"
        code
        placeholder="e.g. toYYYYMM(ts)"
        hint="Keep partitions coarse (months or days): thousands of partitions slow inserts."
        value={table.partitionBy}
        onChange={(partitionBy) => edit({ partitionBy })}
      />
      <TextField
        label="PRIMARY KEY"
        field="primaryKey"
        testId="panel.primaryKey"
        code
        placeholder="empty = same as ORDER BY"
        hint="Must be a prefix of ORDER BY."
        value={table.primaryKey}
        onChange={(primaryKey) => edit({ primaryKey })}
      />
      <TextField
        label="TTL"
        field="ttl"
        testId="panel.ttl"
        code
        placeholder="e.g. ts + INTERVAL 30 DAY"
        value={table.ttl}
        onChange={(ttl) => edit({ ttl })}
      />
      <details className="panel-advanced" open={advanced} onToggle={(e) => setAdvanced(e.currentTarget.open)}>
        <summary data-testid="panel.advanced">Advanced</summary>
        {advanced ? (
          <TextField
            label="SAMPLE BY"
            field="sampleBy"
            testId="panel.sampleBy"
            code
            placeholder="e.g. intHash32(user_id)"
            hint="An unsigned integer expression that is part of the primary key."
            value={table.sampleBy}
            onChange={(sampleBy) => edit({ sampleBy })}
          />
        ) : null}
      </details>
      {!advanced ? <FieldProblems items={sampleProblems} /> : null}
    </Section>
  );
}
