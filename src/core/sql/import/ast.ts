// What the reader makes of one CREATE statement, before it becomes a model entity.
// Expressions stay source text: the model stores them as typed.
import type { Column, DataSkippingIndex, TablePart } from '../../model/types';
import type { Name } from './reader';

/** An engine call: its name and each argument's source text (string literals also unescaped). */
export interface EngineCall {
  name: string;
  /** undefined: written without parentheses. */
  args: EngineArg[] | undefined;
  text: string;
}

export interface EngineArg {
  text: string;
  /** The value when the argument is a single string literal. */
  string?: string;
  /** The name when the argument is a single identifier. */
  identifier?: string;
}

/** `name = value` with the value's source text. */
export interface SettingText {
  name: string;
  value: string;
  /** The unescaped value when it is one string literal. */
  string?: string;
}

export interface TableClauses {
  partitionBy?: string;
  primaryKey?: string;
  orderBy?: string;
  sampleBy?: string;
  ttl?: string;
  settings: SettingText[];
}

/** A statement that is valid but outside the model: listed as skipped with this reason. */
export class SkipStatement extends Error {}

export interface ParsedTable {
  kind: 'table';
  name: Name;
  ifNotExists: boolean;
  cluster: string | undefined;
  columns: Column[];
  indexes: DataSkippingIndex[];
  /** Kept as written: the text after each name. */
  projections: TablePart[];
  constraints: TablePart[];
  /** Column parts the model cannot hold, as written (STATISTICS, per-column SETTINGS, …). */
  unsupported: string[];
  engine: EngineCall | undefined;
  clauses: TableClauses;
  comment: string;
  /** Offset of the statement, for messages. */
  at: number;
}

export interface ParsedView {
  kind: 'view';
  name: Name;
  ifNotExists: boolean;
  cluster: string | undefined;
  to: Name | undefined;
  /** The view's own column list (SHOW CREATE prints one). */
  columns: Column[];
  engine: EngineCall | undefined;
  clauses: TableClauses;
  /** Token range of the SELECT (from SELECT or WITH). */
  select: [number, number];
  comment: string;
  /** Options the model does not keep (POPULATE, DEFINER, …), as written. */
  dropped: string[];
  at: number;
}

export interface ParsedDatabase {
  kind: 'database';
  name: string;
  cluster: string | undefined;
  engine: EngineCall | undefined;
  at: number;
}

export type ParsedCreate = ParsedTable | ParsedView | ParsedDatabase;
