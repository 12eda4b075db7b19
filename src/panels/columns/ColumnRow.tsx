import { useEffect, useState } from 'react';
import { moveColumn, removeColumn, updateColumn } from '../../core/model/operations';
import type { Column } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { TypePicker } from '../typePicker/TypePicker';
import { change } from '../shared/edit';
import { Field } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { ColumnDetails, DETAIL_FIELDS } from './ColumnDetails';
import { RowMoveDelete } from '../shared/RowMoveDelete';

interface Props {
  ownerId: string;
  column: Column;
  index: number;
  count: number;
  /** MergeTree columns: DEFAULT/CODEC as well as COMMENT. */
  full: boolean;
}

export function ColumnRow({ ownerId, column, index: i, count, full }: Props) {
  const key = `columns.${column.id}`;
  const detailKeys = (full ? DETAIL_FIELDS : (['comment'] as const)).map((f) => `${key}.${f}`);
  const [open, setOpen] = useState(false);
  const detailProblems = useFieldDiagnostics(detailKeys);
  const rowProblems = useFieldDiagnostics(key);

  // A focus request for a detail field opens the detail so the field can mount.
  const wanted = useDesign((s) => s.focusField);
  const wantsDetail = wanted !== null && detailKeys.includes(wanted);
  useEffect(() => {
    if (wantsDetail) setOpen(true);
  }, [wantsDetail]);

  const edit = (patch: Partial<Omit<Column, 'id'>>) => change((p) => updateColumn(p, ownerId, column.id, patch));
  const move = (to: number) => change((p) => moveColumn(p, ownerId, column.id, to));
  const hasDetail = column.comment !== '' || (full && (column.defaultKind !== '' || column.codec !== '' || (column.ttl ?? '') !== ''));
  const t = `panel.columns.${i}`;

  return (
    <li className="panel-row" data-testid={`${t}.row`}>
      <div className="panel-row-main">
        <Field label={`Column ${i + 1} name`} hideLabel field={`${key}.name`} className="panel-cell-name">
          {(ctl) => (
            <input
              {...ctl}
              className="panel-input panel-code"
              data-testid={`${t}.name`}
              value={column.name}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => edit({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label={`Column ${i + 1} type`} hideLabel field={`${key}.type`} className="panel-cell-type">
          {(ctl) => (
            <div ref={ctl.ref} className="panel-type" data-invalid={ctl['aria-invalid']}>
              <TypePicker
                testId={`${t}.type`}
                position={full ? 'column' : 'kafkaColumn'}
                value={column.type}
                onChange={(type) => edit({ type })}
              />
            </div>
          )}
        </Field>
        <div className="panel-row-actions">
          <button
            type="button"
            className={`panel-icon${hasDetail ? ' panel-icon-on' : ''}${detailProblems.length ? ' panel-icon-bad' : ''}`}
            data-testid={`${t}.more`}
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} details of column ${column.name}`}
            title={full ? 'DEFAULT, CODEC, TTL, COMMENT' : 'COMMENT'}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
          <RowMoveDelete
            testId={t}
            label={`column ${column.name}`}
            index={i}
            count={count}
            onMove={move}
            onDelete={() => change((p) => removeColumn(p, ownerId, column.id))}
          />
        </div>
      </div>
      <FieldProblems items={rowProblems} />
      {!open ? <FieldProblems items={detailProblems} /> : null}
      {open ? <ColumnDetails column={column} fieldKey={key} testId={t} full={full} onEdit={edit} /> : null}
    </li>
  );
}
