// Points a ClickHouse error at the panel field most likely to hold the mistake,
// from the words of the message. When nothing matches, the error stays on the node.
import type { Entity } from '../core/model/types';

/** Names the message quotes (`c`, 'c', "c"), most specific first. */
function quotedNames(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/[`'"]([^`'"\s]{1,200})[`'"]/g)) out.push(m[1]!);
  return out;
}

function mentions(text: string, name: string): boolean {
  if (name === '') return false;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_])${esc}($|[^A-Za-z0-9_])`).test(text);
}

const KEY_CLAUSES: [RegExp, string][] = [
  [/ORDER BY|sorting key/i, 'orderBy'],
  [/PARTITION BY|partition key/i, 'partitionBy'],
  [/PRIMARY KEY|primary key/i, 'primaryKey'],
  [/SAMPLE BY|sampling key/i, 'sampleBy'],
  [/\bTTL\b/, 'ttl'],
];

function typeField(e: Entity, message: string): string | undefined {
  if (!('columns' in e)) return undefined;
  const m = /Unknown data type family: ([^\s.:]+)|data type ([^\s.:]+)/i.exec(message);
  const names = [m?.[1] ?? m?.[2] ?? '', ...quotedNames(message)].filter((n) => n !== '');
  for (const n of names) {
    const c = e.columns.find((col) => mentions(col.type, n));
    if (c) return `columns.${c.id}.type`;
  }
  return undefined;
}

/** The field key (as the panels name them) for an error on `e`, or undefined. */
export function errorField(e: Entity | undefined, message: string, codeName: string): string | undefined {
  if (!e) return undefined;
  if (codeName === 'UNKNOWN_TYPE' || /Unknown data type/i.test(message)) {
    const f = typeField(e, message);
    if (f) return f;
  }
  const names = quotedNames(message);
  if (e.kind === 'materializedView') {
    // A query kept as SQL is the view's only text a message can be about.
    if (e.rawSelect !== undefined) return 'rawSelect';
    for (const n of names) {
      const m = e.mappings.find((x) => mentions(x.expr, n));
      if (m) return `mapping.${m.id}.expr`;
      if (mentions(e.where, n)) return 'where';
      if (mentions(e.groupBy, n)) return 'groupBy';
    }
    const target = names.map((n) => e.mappings.find((x) => x.target === n)).find((x) => x);
    if (target) return `mapping.${target.id}.target`;
    if (/WHERE/.test(message) && e.where.trim()) return 'where';
    if (/GROUP BY|aggregate/i.test(message) && e.groupBy.trim()) return 'groupBy';
    return undefined;
  }
  if (e.kind === 'mergeTree') {
    const keys: [string, string][] = [
      ['orderBy', e.orderBy],
      ['partitionBy', e.partitionBy],
      ['primaryKey', e.primaryKey],
      ['sampleBy', e.sampleBy],
      ['ttl', e.ttl],
    ];
    for (const n of names) {
      const k = keys.find(([, text]) => mentions(text, n));
      if (k) return k[0];
      const c = e.columns.find((col) => mentions(col.defaultExpr, n));
      if (c) return `columns.${c.id}.defaultExpr`;
      const s = e.settings.findIndex((x) => x.name === n);
      if (s >= 0) return `settings.${s}.name`;
    }
    for (const [re, field] of KEY_CLAUSES) if (re.test(message)) return field;
    if (/setting/i.test(message)) return 'settings';
    return undefined;
  }
  if (e.kind === 'kafkaTable') {
    for (const n of names) {
      if (n in e.settings) return `setting.${n}`;
      const c = e.columns.find((col) => col.name === n || mentions(col.defaultExpr, n));
      if (c) return `columns.${c.id}.${c.name === n ? 'name' : 'type'}`;
    }
    if (/format/i.test(message)) return 'format';
  }
  return undefined;
}
