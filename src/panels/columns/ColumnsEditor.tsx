// The column list of a Kafka or MergeTree table: one compact row per column,
// with the rarer clauses (DEFAULT, CODEC, COMMENT) in an expandable detail.
import { addColumn } from '../../core/model/operations';
import type { KafkaTable, MergeTreeTable } from '../../core/model/types';
import { useFieldRegistry } from '../fieldFocus';
import { useDesign } from '../../store/designStore';
import { change } from '../shared/edit';
import lexicon from '../../core/clickhouse/lexicon.json';
import { Section, Suggestions } from '../shared/Field';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { FieldProblems } from '../shared/FieldProblems';
import { CODECS_LIST } from './ColumnDetails';
import { ColumnRow } from './ColumnRow';

export function ColumnsEditor({ entity }: { entity: KafkaTable | MergeTreeTable }) {
  const registry = useFieldRegistry();
  const full = entity.kind === 'mergeTree';
  const problems = useFieldDiagnostics('columns');

  const add = () => {
    change((p) => addColumn(p, entity.id));
    const owner = useDesign.getState().pipeline.entities.find((e) => e.id === entity.id);
    const last = owner && 'columns' in owner ? owner.columns[owner.columns.length - 1] : undefined;
    if (last) registry?.request(`columns.${last.id}.name`);
  };

  return (
    <Section
      title={`Columns (${entity.columns.length})`}
      testId="panel.columns"
      actions={
        <button type="button" className="panel-btn" data-testid="panel.columns.add" onClick={add}>
          + Add column
        </button>
      }
    >
      <FieldProblems items={problems} />
      {entity.columns.length === 0 ? <p className="panel-empty">No columns yet.</p> : null}
      <ol className="panel-rows">
        {entity.columns.map((c, i) => (
          <ColumnRow key={c.id} ownerId={entity.id} column={c} index={i} count={entity.columns.length} full={full} />
        ))}
      </ol>
      {full ? <Suggestions id={CODECS_LIST} values={lexicon.codecs} /> : null}
      {!full ? <p className="panel-hint">Kafka tables take plain columns only: no DEFAULT, CODEC or TTL.</p> : null}
    </Section>
  );
}
