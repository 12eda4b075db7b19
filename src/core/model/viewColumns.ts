import { kafkaVirtualColumns } from '../clickhouse/virtualColumns';
import { tableColumns, upstream } from './query';
import type { Pipeline } from './types';

const BARE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const QUOTED = /^`((?:[^`\\]|\\.|``)*)`$/;

/** The column name an expression refers to when it is just a column reference. */
export function columnReference(expr: string): string | undefined {
  const t = expr.trim();
  if (BARE.test(t)) return t;
  const q = QUOTED.exec(t);
  return q ? q[1]!.replace(/``/g, '`').replace(/\\(.)/g, '$1') : undefined;
}

/**
 * Best-effort type of a view expression: exact for column and virtual-column
 * references, String otherwise (the user picks the real type in the target).
 */
export function inferMappingType(p: Pipeline, viewId: string, expr: string): string {
  const ref = columnReference(expr);
  if (ref === undefined) return 'String';
  const source = upstream(p, viewId);
  const col = tableColumns(source).find((c) => c.name === ref);
  if (col) return col.type;
  if (source?.kind === 'kafkaTable') {
    const v = kafkaVirtualColumns(source.settings['kafka_handle_error_mode']).find((x) => x.name === ref);
    if (v) return v.type;
  }
  return 'String';
}
