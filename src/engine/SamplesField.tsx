// Sample messages on a topic node, and "Infer columns" for its Kafka tables.
import { useState } from 'react';
import { createColumn } from '../core/model/columns';
import { updateEntity } from '../core/model/operations';
import type { Column, KafkaTable, KafkaTopic, Pipeline } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { queryRows } from './client';
import { ensureConsent } from './consent';
import { Dialog } from '../ui/Dialog';
import { engineLabel, errorText, NO_ENGINE_HELP, useEngine } from './engineStore';
import { inferenceProblem, inferQuery, inferredColumns, samplesProblem, type InferredColumn } from './inference';
import './engine.css';

function linkedTables(p: Pipeline, topicId: string): KafkaTable[] {
  const ids = new Set(p.links.filter((l) => l.source === topicId).map((l) => l.target));
  return p.entities.filter((e): e is KafkaTable => e.kind === 'kafkaTable' && ids.has(e.id));
}

/** The proposed columns, keeping id, comment and defaults of columns that already exist by name. */
export function mergeInferred(existing: readonly Column[], inferred: readonly InferredColumn[]): Column[] {
  return inferred.map((c) => {
    const old = existing.find((x) => x.name === c.name);
    return old ? { ...old, type: c.type } : createColumn(c.name, c.type);
  });
}

export function SamplesField({ topic }: { topic: KafkaTopic }) {
  const connection = useEngine((s) => s.connection);
  const status = useEngine((s) => s.status);
  const pipeline = useDesign((s) => s.pipeline);
  const tables = linkedTables(pipeline, topic.id);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [proposal, setProposal] = useState<InferredColumn[] | null>(null);
  const samples = topic.samples ?? '';

  const infer = async () => {
    setMessage('');
    const problem = samplesProblem(topic.format, samples);
    if (problem) return setMessage(problem);
    if (!connection) return setMessage(NO_ENGINE_HELP);
    const query = inferQuery(topic.format, samples);
    if (!(await ensureConsent('infer', [query], engineLabel({ status, connection })))) return;
    setBusy(true);
    try {
      const cols = inferredColumns(await queryRows<{ name?: unknown; type?: unknown }>(connection, query));
      if (cols.length === 0) setMessage('ClickHouse found no columns in these samples.');
      else setProposal(cols);
    } catch (e) {
      setMessage(inferenceProblem(errorText(e), topic.format, samples));
    } finally {
      setBusy(false);
    }
  };

  const accept = () => {
    if (!proposal) return;
    useDesign.getState().change((p) => linkedTables(p, topic.id).reduce((q, t) => updateEntity(q, t.id, { columns: mergeInferred(t.columns, proposal) }), p));
    setProposal(null);
    setMessage(`Columns set on ${tables.map((t) => t.name).join(', ')}.`);
  };

  return (
    <div className="samples">
      <label className="samples-label" htmlFor={`samples-${topic.id}`}>
        Sample messages ({topic.format || 'no format'}), one per line
      </label>
      <textarea
        id={`samples-${topic.id}`}
        className="samples-text"
        data-testid="panel.samples"
        spellCheck={false}
        rows={5}
        placeholder={'{"id": 1, "name": "a"}\n{"id": 2, "name": "b"}'}
        value={samples}
        onChange={(e) => useDesign.getState().change((p) => updateEntity(p, topic.id, { samples: e.target.value }), { coalesceKey: `${topic.id}.samples` })}
      />
      <div className="samples-actions">
        <button type="button" className="engine-button" data-testid="panel.inferColumns" disabled={busy} onClick={() => void infer()}>
          {busy ? 'Inferring…' : 'Infer columns'}
        </button>
        <span className="panel-hint">Uses ClickHouse's schema inference; the linked Kafka table gets the columns you accept.</span>
      </div>
      {message && (
        <p className="samples-message" data-testid="panel.samples.message" role="status">
          {message}
        </p>
      )}
      {proposal && (
        <Dialog title="Columns from the samples" testId="infer.dialog" onClose={() => setProposal(null)}>
          <table className="engine-table" data-testid="infer.columns">
            <thead>
              <tr>
                <th>Name</th>
                <th>Type</th>
              </tr>
            </thead>
            <tbody>
              {proposal.map((c, i) => (
                <tr key={i} data-testid="infer.column">
                  <td>
                    <input className="ui-input ui-input--code" aria-label={`Column ${i + 1} name`} value={c.name} onChange={(e) => setProposal(proposal.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
                  </td>
                  <td>
                    <input className="ui-input ui-input--code" aria-label={`Column ${i + 1} type`} value={c.type} onChange={(e) => setProposal(proposal.map((x, j) => (j === i ? { ...x, type: e.target.value } : x)))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tables.length === 0 ? (
            <p className="engine-error">Connect this topic to a Kafka table first: the columns go to the linked Kafka table.</p>
          ) : (
            <p className="panel-hint">Replaces the columns of {tables.map((t) => `${t.database}.${t.name}`).join(', ')}.</p>
          )}
          <div className="engine-dialog-actions">
            <button type="button" className="engine-button" data-testid="infer.cancel" onClick={() => setProposal(null)}>
              Cancel
            </button>
            <button type="button" className="engine-button engine-primary" data-testid="infer.accept" disabled={tables.length === 0} onClick={accept}>
              Use these columns
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
