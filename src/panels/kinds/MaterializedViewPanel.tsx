import { upstream, viewTarget } from '../../core/model/query';
import type { Entity, MaterializedView } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { CommonFields } from '../shared/CommonFields';
import { patchEntity } from '../shared/edit';
import { Section, TextField } from '../shared/Field';
import { MappingGrid } from '../view/MappingGrid';

export function MaterializedViewPanel({ entity }: { entity: MaterializedView }) {
  const source = useDesign((s) => upstream(s.pipeline, entity.id));
  const target = useDesign((s) => viewTarget(s.pipeline, entity.id));
  return (
    <>
      <Section title="General">
        <CommonFields entity={entity} />
      </Section>
      <Section title="Flow">
        <dl className="panel-flow">
          <dt>FROM</dt>
          <dd data-testid="panel.source">{describe(source)}</dd>
          <dt>TO</dt>
          <dd data-testid="panel.target">{describe(target)}</dd>
        </dl>
      </Section>
      <MappingGrid view={entity} source={source} target={target} />
      <Section title="Filter and grouping">
        <TextField
          label="WHERE"
          field="where"
          testId="panel.where"
          code
          multiline
          placeholder="e.g. _error = ''"
          value={entity.where}
          onChange={(where) => patchEntity(entity.id, { where })}
        />
        <TextField
          label="GROUP BY"
          field="groupBy"
          testId="panel.groupBy"
          code
          placeholder="e.g. toStartOfMinute(ts), name"
          hint="With GROUP BY, every non-key row needs an aggregate (sum(), countState(), …); each insert block is aggregated on its own."
          value={entity.groupBy}
          onChange={(groupBy) => patchEntity(entity.id, { groupBy })}
        />
      </Section>
    </>
  );
}

function describe(e: Entity | undefined) {
  if (!e) return <span className="panel-muted">not connected</span>;
  return (
    <code>
      {e.database}.{e.name}
    </code>
  );
}
