import { Suspense } from 'react';
import { lazyPrefetched } from '../../app/lazyPrefetched';
import { upstream, viewTarget } from '../../core/model/query';
import type { Entity, MaterializedView } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { CommonFields } from '../shared/CommonFields';
import { patchEntity } from '../shared/edit';
import { Field, Section } from '../shared/Field';
import { ExpressionInput } from '../view/ExpressionInput';
import { useExpressionPool } from '../view/expressionPool';
import type { Suggestion } from '../view/completion';
import { MappingGrid } from '../view/MappingGrid';
import { PreviewTable } from '../../engine/PreviewTable';
import { ReadBack } from '../view/ReadBack';
import { memoIgnoringLabels } from '../shared/memoPanel';

const Mappings = memoIgnoringLabels(MappingGrid, 'view');

// The query's two forms load on first use: nothing of them is needed before the canvas.
// Prefetched once this panel's chunk is in, so the first view shown does not pop them in.
const queryMode = () => import('../view/QueryMode');
const RawSelectSection = lazyPrefetched(() => queryMode().then((m) => m.RawSelectSection));
const GridQuerySection = lazyPrefetched(() => queryMode().then((m) => m.GridQuerySection));

export function MaterializedViewPanel({ entity }: { entity: MaterializedView }) {
  const source = useDesign((s) => upstream(s.pipeline, entity.id));
  const target = useDesign((s) => viewTarget(s.pipeline, entity.id));
  const pool = useExpressionPool(entity.id, source);
  // Raw mode as core/model/viewSqlMode's isRawView has it; that module stays out of the first bundle.
  const raw = entity.rawSelect !== undefined;
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
      {raw ? (
        <Suspense fallback={null}>
          <RawSelectSection view={entity} source={source} target={target} />
        </Suspense>
      ) : (
        <>
          <Suspense fallback={null}>
            <GridQuerySection view={entity} source={source} target={target} />
          </Suspense>
          <Mappings view={entity} source={source} target={target} />
          <GridFilter entity={entity} pool={pool} />
        </>
      )}
      <Section title="Preview from sample messages">
        {raw ? (
          <p className="panel-hint" data-testid="panel.preview.raw">
            The preview runs the grid’s columns over the sample messages; a query kept as SQL is not previewed. Check runs it on the local engine.
          </p>
        ) : (
          <PreviewTable view={entity} />
        )}
      </Section>
      {target?.kind === 'mergeTree' ? <ReadBack target={target} /> : null}
    </>
  );
}

function GridFilter({ entity, pool }: { entity: MaterializedView; pool: Suggestion[] }) {
  return (
    <Section title="Filter and grouping">
      <Field label="WHERE" field="where">
        {(ctl) => (
          <ExpressionInput
            ctl={ctl}
            testId="panel.where"
            multiline
            placeholder="e.g. length(_error) = 0"
            value={entity.where}
            pool={pool}
            onChange={(where) => patchEntity(entity.id, { where })}
          />
        )}
      </Field>
      <Field
        label="GROUP BY"
        field="groupBy"
        hint="With GROUP BY, every non-key row needs an aggregate (sum(), countState(), …); each insert block is aggregated on its own."
      >
        {(ctl) => (
          <ExpressionInput
            ctl={ctl}
            testId="panel.groupBy"
            placeholder="e.g. toStartOfMinute(ts), name"
            value={entity.groupBy}
            pool={pool}
            onChange={(groupBy) => patchEntity(entity.id, { groupBy })}
          />
        )}
      </Field>
    </Section>
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
