// Keeper path and replica name of a Replicated table, and where the table will run:
// a table without them works only in a Replicated database, with ON CLUSTER, or on
// a server that sets default_replica_path. The design-wide options that say so sit
// here, beside the one-click fix that writes the arguments out instead.
import type { EngineSpec, MergeTreeTable, PipelineOptions } from '../../core/model/types';
import { EXPLICIT_KEEPER_PATH, EXPLICIT_REPLICA_NAME, explicitReplication, serverDefaultsReason, usesServerDefaults } from '../../core/rules/validate/replicated';
import { change } from '../shared/edit';
import { Field, TextField } from '../shared/Field';

function setOption(patch: Partial<PipelineOptions>): void {
  change((p) => ({ ...p, options: { ...p.options, ...patch } }));
}

interface Props {
  table: MergeTreeTable;
  /** The design's options (where it runs). */
  options: PipelineOptions;
  setEngine(patch: Partial<EngineSpec>): void;
}

export function ReplicationEditor({ table, options, setEngine }: Props) {
  const engine = table.engine;
  const reason = serverDefaultsReason(options);
  const needsFix = usesServerDefaults(table) && reason === '';

  return (
    <div className="panel-indent" data-testid="panel.replication">
      <p className="panel-hint">
        Give both path and replica name, or leave both empty to use the server&apos;s defaults
        {usesServerDefaults(table) && reason !== '' ? ` (fine here: ${reason})` : ''}.
      </p>
      <TextField
        label="Keeper path"
        field="engine.zooPath"
        testId="panel.zooPath"
        code
        placeholder={EXPLICIT_KEEPER_PATH}
        value={engine.zooPath}
        onChange={(zooPath) => setEngine({ zooPath })}
      />
      <TextField
        label="Replica name"
        field="engine.replicaName"
        testId="panel.replicaName"
        code
        placeholder={EXPLICIT_REPLICA_NAME}
        value={engine.replicaName}
        onChange={(replicaName) => setEngine({ replicaName })}
      />
      {needsFix ? (
        <div className="panel-actions">
          <button
            type="button"
            className="panel-btn"
            data-testid="panel.replication.fix"
            title={`Writes '${EXPLICIT_KEEPER_PATH}', '${EXPLICIT_REPLICA_NAME}' (needs the {shard} and {replica} macros on the server)`}
            onClick={() => setEngine(explicitReplication(engine))}
          >
            Fill in path and replica
          </button>
        </div>
      ) : null}
      <p className="panel-hint">Where this design runs (applies to every table):</p>
      <Field label="The databases use the Replicated database engine (e.g. Aiven)" field="options.replicatedDatabases" inline>
        {(ctl) => (
          <input
            {...ctl}
            type="checkbox"
            data-testid="panel.option.replicatedDatabases"
            checked={options.replicatedDatabases === true}
            onChange={(e) => setOption({ replicatedDatabases: e.target.checked })}
          />
        )}
      </Field>
      <Field label="My server sets default_replica_path" field="options.serverDefaultReplicaPath" inline>
        {(ctl) => (
          <input
            {...ctl}
            type="checkbox"
            data-testid="panel.option.serverDefaultReplicaPath"
            checked={options.serverDefaultReplicaPath === true}
            onChange={(e) => setOption({ serverDefaultReplicaPath: e.target.checked })}
          />
        )}
      </Field>
      <TextField
        label="Cluster (ON CLUSTER)"
        field="options.cluster"
        testId="panel.option.cluster"
        code
        placeholder="none: a single server"
        value={options.cluster}
        onChange={(cluster) => setOption({ cluster })}
      />
    </div>
  );
}
