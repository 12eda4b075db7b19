import { type TypeArg, type TypeNode } from './ast';
import { defaultNode } from './families';

/** Wrappers the picker toggles with buttons rather than nesting editors. */
export type Wrapper = 'Array' | 'LowCardinality' | 'Nullable';
const WRAPPERS = new Set<string>(['Array', 'LowCardinality', 'Nullable']);

export interface Unwrapped {
  /** Outermost first, e.g. ['Array', 'LowCardinality', 'Nullable'] for Array(LowCardinality(Nullable(String))). */
  wrappers: Wrapper[];
  core: TypeNode;
}

export function unwrap(n: TypeNode): Unwrapped {
  const wrappers: Wrapper[] = [];
  let cur = n;
  for (;;) {
    const a = cur.args[0];
    if (!WRAPPERS.has(cur.family) || cur.args.length !== 1 || a?.kind !== 'type') return { wrappers, core: cur };
    wrappers.push(cur.family as Wrapper);
    cur = a.type;
  }
}

export function rewrap(u: Unwrapped): TypeNode {
  return u.wrappers.reduceRight<TypeNode>((inner, w) => ({ family: w, args: [{ kind: 'type', type: inner }] }), u.core);
}

export function hasWrapper(n: TypeNode, w: Wrapper): boolean {
  return unwrap(n).wrappers.includes(w);
}

/**
 * Adds or removes one wrapper, placing a new one where ClickHouse wants it:
 * Nullable innermost, LowCardinality outside Nullable but inside Array, Array outermost.
 */
export function toggleWrapper(n: TypeNode, w: Wrapper): TypeNode {
  const { wrappers, core } = unwrap(n);
  const at = wrappers.indexOf(w);
  if (at >= 0) return rewrap({ wrappers: wrappers.filter((_, i) => i !== at), core });
  const next = [...wrappers];
  if (w === 'Array') next.unshift('Array');
  else if (w === 'Nullable') next.push('Nullable');
  else {
    const nullableAt = next.indexOf('Nullable');
    next.splice(nullableAt >= 0 ? nullableAt : next.length, 0, 'LowCardinality');
  }
  return rewrap({ wrappers: next, core });
}

/** Picks a family for the core, keeping wrappers; picking a wrapper family toggles it on instead. */
export function setCoreFamily(n: TypeNode, family: string): TypeNode {
  const u = unwrap(n);
  if (WRAPPERS.has(family)) return u.wrappers.includes(family as Wrapper) ? n : toggleWrapper(n, family as Wrapper);
  if (u.core.family === family) return n;
  return rewrap({ wrappers: u.wrappers, core: defaultNode(family) });
}

/** Replaces the core, keeping wrappers. */
export function setCore(n: TypeNode, core: TypeNode): TypeNode {
  return rewrap({ wrappers: unwrap(n).wrappers, core });
}

export function setArg(n: TypeNode, index: number, arg: TypeArg | undefined): TypeNode {
  const args = [...n.args];
  if (arg === undefined) args.splice(index, 1);
  else args[index] = arg;
  // Trailing optional parameters cannot leave holes (DateTime64 with a zone but no precision).
  return { family: n.family, args: args.filter((a) => a !== undefined) };
}

export function addArg(n: TypeNode, arg: TypeArg): TypeNode {
  return { family: n.family, args: [...n.args, arg] };
}

/** A numeric parameter from user input; empty input removes it (and any after it). */
export function setNumberParam(n: TypeNode, index: number, text: string): TypeNode {
  const t = text.trim();
  if (t === '') return { family: n.family, args: n.args.slice(0, index) };
  const args = [...n.args];
  args[index] = { kind: 'number', text: t };
  return { family: n.family, args: Array.from(args, (a): TypeArg => a ?? { kind: 'number', text: '0' }) };
}

/** Sets the time zone parameter of DateTime (index 0) or DateTime64 (index 1); empty removes it. */
export function setTimeZone(n: TypeNode, tz: string): TypeNode {
  const index = n.family === 'DateTime64' ? 1 : 0;
  const base = n.family === 'DateTime64' && n.args.length === 0 ? [{ kind: 'number', text: '3' } as TypeArg] : n.args.slice(0, index);
  return { family: n.family, args: tz === '' ? base : [...base, { kind: 'string', value: tz }] };
}

export function timeZoneOf(n: TypeNode): string {
  const a = n.args[n.family === 'DateTime64' ? 1 : 0];
  return a?.kind === 'string' ? a.value : a?.kind === 'ident' ? a.name : '';
}

export interface EnumEntry {
  name: string;
  value: string;
}

export function enumEntries(n: TypeNode): EnumEntry[] {
  return n.args.flatMap((a) => (a.kind === 'enum' ? [{ name: a.name, value: a.value ?? '' }] : []));
}

export function setEnumEntries(n: TypeNode, entries: EnumEntry[]): TypeNode {
  return {
    family: n.family,
    args: entries.map((e) => (e.value.trim() === '' ? { kind: 'enum', name: e.name } : { kind: 'enum', name: e.name, value: e.value.trim() })),
  };
}

/** Sets or (with an empty value) removes a JSON/Dynamic setting. */
export function setSetting(n: TypeNode, name: string, value: string): TypeNode {
  const rest = n.args.filter((a) => !(a.kind === 'setting' && a.name === name));
  if (value.trim() === '') return { family: n.family, args: rest };
  return { family: n.family, args: [{ kind: 'setting', name, value: value.trim() }, ...rest] };
}

export function settingOf(n: TypeNode, name: string): string {
  const a = n.args.find((x) => x.kind === 'setting' && x.name === name);
  return a?.kind === 'setting' ? a.value : '';
}
