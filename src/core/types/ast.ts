/**
 * A ClickHouse data type as a tree. `family` is the canonical family name when the
 * written name is known (aliases resolved), otherwise the name exactly as written.
 */
export interface TypeNode {
  family: string;
  args: TypeArg[];
}

export type TypeArg =
  /** A nested type; `name` for named Tuple/Nested elements and JSON typed paths. */
  | { kind: 'type'; type: TypeNode; name?: string }
  /** A numeric literal, kept as text so `0.5` and `-1` round-trip exactly. */
  | { kind: 'number'; text: string }
  /** A quoted string literal, unescaped. */
  | { kind: 'string'; value: string }
  /** A bare word that is not a type, e.g. an unquoted time zone. */
  | { kind: 'ident'; name: string }
  /** An Enum element; `value` is absent for auto-numbered elements. */
  | { kind: 'enum'; name: string; value?: string }
  /** The aggregate function of AggregateFunction/SimpleAggregateFunction, with its parameters. */
  | { kind: 'func'; name: string; params: TypeArg[] }
  /** `name = value` settings of JSON and Dynamic. */
  | { kind: 'setting'; name: string; value: string }
  /** JSON `SKIP path` or `SKIP REGEXP 'pattern'`. */
  | { kind: 'skip'; path: string; regexp: boolean };

export function node(family: string, ...args: TypeArg[]): TypeNode {
  return { family, args };
}

export function typeArg(type: TypeNode, name?: string): TypeArg {
  return name === undefined ? { kind: 'type', type } : { kind: 'type', type, name };
}

export function numArg(n: number | string): TypeArg {
  return { kind: 'number', text: String(n) };
}

export function strArg(value: string): TypeArg {
  return { kind: 'string', value };
}

/** The nested types of a node, in order. */
export function childTypes(n: TypeNode): TypeNode[] {
  const out: TypeNode[] = [];
  for (const a of n.args) if (a.kind === 'type') out.push(a.type);
  return out;
}
