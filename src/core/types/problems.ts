import type { TypeArg, TypeNode } from './ast';
import type { Offsets } from './parse';

export interface TypeProblem {
  message: string;
  /** Character offset in the checked text, when known. */
  offset?: number;
  severity: 'error' | 'warning';
}

export type TypePosition = 'column' | 'kafkaColumn';

/** Shared state of one check walk: where problems go and where each node came from. */
export class CheckContext {
  readonly problems: TypeProblem[] = [];
  constructor(
    private readonly offsets: Offsets | undefined,
    readonly position: TypePosition,
  ) {}

  error(at: TypeNode | TypeArg, message: string): void {
    this.push(at, message, 'error');
  }
  warn(at: TypeNode | TypeArg, message: string): void {
    this.push(at, message, 'warning');
  }
  private push(at: object, message: string, severity: TypeProblem['severity']): void {
    const offset = this.offsets?.get(at);
    this.problems.push(offset === undefined ? { message, severity } : { message, offset, severity });
  }
}

export const INT_RE = /^[-+]?[0-9]+$/;

/** The integer value of a numeric arg, or undefined when the arg is not an integer literal. */
export function intValue(a: TypeArg | undefined): number | undefined {
  return a && a.kind === 'number' && INT_RE.test(a.text) ? Number(a.text) : undefined;
}

export function typeArgs(n: TypeNode): TypeNode[] {
  return n.args.flatMap((a) => (a.kind === 'type' ? [a.type] : []));
}

/** Flags every argument that is not a nested type; returns true when all are types. */
export function requireTypeArgs(ctx: CheckContext, n: TypeNode): boolean {
  let ok = true;
  for (const a of n.args) {
    if (a.kind !== 'type') {
      ctx.error(a, `${n.family} takes types as arguments, not ${describeArg(a)}.`);
      ok = false;
    }
  }
  return ok;
}

export function describeArg(a: TypeArg): string {
  switch (a.kind) {
    case 'number':
      return `the number ${a.text}`;
    case 'string':
      return `the string '${a.value}'`;
    case 'ident':
      return `'${a.name}'`;
    case 'enum':
      return `the enum element '${a.name}'`;
    case 'func':
      return `the function ${a.name}`;
    case 'setting':
      return `the setting ${a.name}`;
    case 'skip':
      return 'a SKIP clause';
    case 'type':
      return `the type ${a.type.family}`;
  }
}
