import type { Column, DefaultKind } from '../../core/model/types';
import { Field, TextField } from '../shared/Field';

export const DETAIL_FIELDS = ['defaultKind', 'defaultExpr', 'codec', 'ttl', 'comment'] as const;

const DEFAULT_KINDS: readonly { value: DefaultKind; label: string }[] = [
  { value: '', label: 'none' },
  { value: 'DEFAULT', label: 'DEFAULT' },
  { value: 'MATERIALIZED', label: 'MATERIALIZED' },
  { value: 'ALIAS', label: 'ALIAS' },
  { value: 'EPHEMERAL', label: 'EPHEMERAL' },
];

const KIND_HINT: Record<DefaultKind, string> = {
  '': '',
  DEFAULT: 'Used when an insert leaves the column out.',
  MATERIALIZED: 'Always computed on insert; not writable, not in SELECT *.',
  ALIAS: 'Computed on read, never stored; not writable.',
  EPHEMERAL: 'Accepted on insert for other defaults to use, never stored.',
};

export const CODECS_LIST = 'panel-codecs';

interface Props {
  column: Column;
  fieldKey: string;
  testId: string;
  full: boolean;
  onEdit(patch: Partial<Omit<Column, 'id'>>): void;
}

export function ColumnDetails({ column, fieldKey: key, testId: t, full, onEdit }: Props) {
  return (
    <div className="panel-row-detail" data-testid={`${t}.detail`}>
      {full ? (
        <>
          <div className="panel-pair">
            <Field label="Default" field={`${key}.defaultKind`} hint={KIND_HINT[column.defaultKind]}>
              {(ctl) => (
                <select
                  {...ctl}
                  className="panel-input"
                  data-testid={`${t}.defaultKind`}
                  value={column.defaultKind}
                  onChange={(e) => onEdit({ defaultKind: e.target.value as DefaultKind })}
                >
                  {DEFAULT_KINDS.map((k) => (
                    <option key={k.value} value={k.value}>
                      {k.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label="Expression"
              field={`${key}.defaultExpr`}
              testId={`${t}.defaultExpr`}
              code
              placeholder={column.defaultKind === '' ? 'pick a default kind first' : 'e.g. now()'}
              value={column.defaultExpr}
              onChange={(defaultExpr) => onEdit({ defaultExpr })}
            />
          </div>
          <TextField
            label="CODEC"
            field={`${key}.codec`}
            testId={`${t}.codec`}
            code
            list={CODECS_LIST}
            placeholder="e.g. Delta, ZSTD(3)"
            value={column.codec}
            onChange={(codec) => onEdit({ codec })}
          />
          <TextField
            label="TTL"
            field={`${key}.ttl`}
            testId={`${t}.ttl`}
            code
            placeholder="e.g. ts + INTERVAL 30 DAY"
            hint="After this time the value is reset to the column’s default. Not allowed on key columns."
            value={column.ttl ?? ''}
            onChange={(ttl) => onEdit({ ttl })}
          />
        </>
      ) : null}
      <TextField
        label="Comment"
        field={`${key}.comment`}
        testId={`${t}.comment`}
        value={column.comment}
        onChange={(comment) => onEdit({ comment })}
      />
    </div>
  );
}
