// Export for where users run ClickHouse without writing DDL themselves:
// Aiven's clickhouse_kafka integration (config JSON, Terraform, SQL for the
// rest) and ClickHouse Cloud ClickPipes (API JSON, Terraform). What the target
// cannot express is listed here and shown on its node while the dialog is open.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { exportAiven } from '../core/export/aiven';
import { exportClickPipes } from '../core/export/clickpipes';
import type { ExportIssue } from '../core/export/issues';
import { aivenTerraform, clickPipesTerraform } from '../core/export/terraform';
import { useEngine } from '../engine/engineStore';
import { useDesign } from '../store/designStore';
import { OutputBlock } from './OutputBlock';

type Target = 'aiven' | 'clickpipes';

const SOURCE_TYPES = ['kafka', 'confluent', 'msk', 'redpanda', 'warpstream', 'azureeventhub', 'gcmk'];

function useNodeFlags(open: boolean, issues: readonly ExportIssue[]): void {
  // The flags ride on the engine's per-node diagnostics while the dialog is open; the
  // engine's own (from Check) come back when it closes.
  const saved = useRef<ExportIssue[] | null>(null);
  useEffect(() => {
    if (!open) return;
    if (saved.current === null) saved.current = useEngine.getState().diagnostics;
    useEngine.setState({ diagnostics: [...issues] });
  }, [open, issues]);
  useEffect(() => {
    const restore = (): void => {
      if (saved.current === null) return;
      useEngine.setState({ diagnostics: saved.current });
      saved.current = null;
    };
    if (!open) restore();
    // The dialog is mounted only while open (it loads on first use): closing unmounts it.
    return restore;
  }, [open]);
}

export function DeployDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const pipeline = useDesign((s) => s.pipeline);
  const [target, setTarget] = useState<Target>('aiven');
  const [names, setNames] = useState({ kafkaService: 'my-kafka', project: 'my-project', clickhouseService: 'my-clickhouse' });
  const [sourceType, setSourceType] = useState('kafka');
  const [managedTable, setManagedTable] = useState(true);

  const aiven = useMemo(() => (open && target === 'aiven' ? exportAiven(pipeline, names) : null), [open, target, pipeline, names]);
  const pipes = useMemo(() => (open && target === 'clickpipes' ? exportClickPipes(pipeline, { sourceType, managedTable }) : null), [open, target, pipeline, sourceType, managedTable]);
  const issues = aiven?.issues ?? pipes?.issues ?? [];
  useNodeFlags(open, issues);
  const nameOf = (id: string) => pipeline.entities.find((e) => e.id === id)?.name ?? '';
  const field = (key: keyof typeof names, label: string) => (
    <label>
      {label}
      <input data-testid={`deploy.${key}`} value={names[key]} onChange={(e) => setNames({ ...names, [key]: e.currentTarget.value })} />
    </label>
  );

  if (!open) return null;
  return (
    <Dialog title="Deploy to…" testId="deploy.dialog" closeTestId="deploy.close" size="wide" className="deploy-dialog" onClose={onClose}>
      <div className="deploy-tabs" role="tablist">
        {(['aiven', 'clickpipes'] as const).map((t) => (
          <button key={t} type="button" role="tab" className="toolbar-button" aria-selected={target === t} data-testid={`deploy.tab.${t}`} onClick={() => setTarget(t)}>
            {t === 'aiven' ? 'Aiven for ClickHouse' : 'ClickHouse Cloud ClickPipes'}
          </button>
        ))}
      </div>
      {target === 'aiven' ? (
        <div className="deploy-fields">
          {field('kafkaService', 'Kafka service')}
          {field('project', 'Project (Terraform)')}
          {field('clickhouseService', 'ClickHouse service (Terraform)')}
        </div>
      ) : (
        <div className="deploy-fields">
          <label>
            Kafka source type
            <select data-testid="deploy.sourceType" value={sourceType} onChange={(e) => setSourceType(e.currentTarget.value)}>
              {SOURCE_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label>
            <span>
              <input type="checkbox" data-testid="deploy.managedTable" checked={managedTable} onChange={(e) => setManagedTable(e.currentTarget.checked)} /> ClickPipes creates the tables
            </span>
          </label>
        </div>
      )}
      {issues.length > 0 && (
        <ul className="migrate-problems" data-testid="deploy.issues">
          {issues.map((d, i) => (
            <li key={i} className={d.severity === 'error' ? 'migrate-error' : 'migrate-warning'}>
              <strong>{d.code}</strong> {nameOf(d.entityId)}: {d.message}
            </li>
          ))}
        </ul>
      )}
      <div className="deploy-output">
        {aiven && (
          <>
            <OutputBlock id="aiven.json" title="Integration config (avn service integration-create … --user-config-json)" text={JSON.stringify(aiven.userConfig, null, 2) + '\n'} file="clickhouse_kafka.json" />
            <OutputBlock id="aiven.tf" title="Terraform (aiven_service_integration)" text={aivenTerraform(aiven, names)} file="aiven_integration.tf" />
            <OutputBlock id="aiven.sql" title={`SQL for the views and tables (reads ${aiven.database})`} text={aiven.sql} file="aiven_views.sql" />
          </>
        )}
        {pipes && (
          <>
            <OutputBlock id="clickpipes.json" title="ClickPipes API request bodies (one per view reading Kafka)" text={JSON.stringify(pipes.pipes.map((p) => p.body), null, 2) + '\n'} file="clickpipes.json" />
            <OutputBlock id="clickpipes.tf" title="Terraform (clickhouse_clickpipe)" text={clickPipesTerraform(pipes)} file="clickpipes.tf" />
          </>
        )}
      </div>
    </Dialog>
  );
}
