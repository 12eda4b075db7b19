// "Add virtual column": a menu of the Kafka virtual columns the source offers; picking one
// adds a mapping row and, when the target lacks the column, offers to add it with the
// virtual column's exact type.
import { useState } from 'react';
import { KAFKA_VIRTUAL_COLUMNS } from '../../core/clickhouse/virtualColumns';
import { addColumn } from '../../core/model/operations';
import { getEntity } from '../../core/model/query';
import { addVirtualMapping, viewVirtualColumns } from '../../core/model/virtualMapping';
import { useDesign } from '../../store/designStore';
import { change } from '../shared/edit';
import '../options.css';

interface Missing {
  targetId: string;
  name: string;
  type: string;
}

export function VirtualColumnMenu({ viewId }: { viewId: string }) {
  // A string key keeps the store selector's result stable between renders.
  const names = useDesign((s) => viewVirtualColumns(s.pipeline, viewId).map((v) => v.name).join('\n'));
  const virtual = KAFKA_VIRTUAL_COLUMNS.filter((v) => names.split('\n').includes(v.name));
  const [open, setOpen] = useState(false);
  const [missing, setMissing] = useState<Missing | null>(null);
  const targetName = useDesign((s) => (missing ? getEntity(s.pipeline, missing.targetId)?.name : undefined));
  const stillMissing = useDesign((s) => {
    if (!missing) return false;
    const t = getEntity(s.pipeline, missing.targetId);
    return t?.kind === 'mergeTree' && !t.columns.some((c) => c.name === missing.name);
  });

  const pick = (name: string) => {
    setOpen(false);
    const r = addVirtualMapping(useDesign.getState().pipeline, viewId, name);
    if (!r) return;
    change(() => r.pipeline);
    setMissing(r.missing ?? null);
  };

  return (
    <span className="opt-menu">
      <button
        type="button"
        className="panel-btn"
        data-testid="panel.mapping.virtual"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={virtual.length === 0}
        title={virtual.length ? 'Map a Kafka virtual column (_topic, _offset, …)' : 'The source is not a Kafka table'}
        onClick={() => setOpen(!open)}
      >
        + Virtual column
      </button>
      {open ? (
        <ul className="opt-menu-list" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {virtual.map((v) => (
            <li key={v.name} role="none">
              <button type="button" role="menuitem" data-testid={`panel.mapping.virtual.${v.name}`} onClick={() => pick(v.name)}>
                <code>{v.name}</code>
                <span className="panel-muted">{v.type}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {missing && stillMissing ? (
        <span className="opt-offer" role="status">
          {targetName} has no column <code>{missing.name}</code>.
          <button
            type="button"
            className="panel-btn"
            data-testid="panel.mapping.addToTarget"
            onClick={() => {
              change((p) => addColumn(p, missing.targetId, { name: missing.name, type: missing.type }));
              setMissing(null);
            }}
          >
            Add {missing.name} {missing.type} to {targetName}
          </button>
          <button type="button" className="panel-icon" aria-label="Dismiss" onClick={() => setMissing(null)}>
            ✕
          </button>
        </span>
      ) : null}
    </span>
  );
}
