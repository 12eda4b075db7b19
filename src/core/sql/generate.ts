// Placeholder until the SQL generator lands.
import type { Pipeline } from '../model/types';

export interface StatementSpan {
  entityId: string;
  /** 1-based inclusive line range of the statement in `text`. */
  startLine: number;
  endLine: number;
  text: string;
}

export interface SqlScript {
  text: string;
  statements: StatementSpan[];
}

export function generateSql(_p: Pipeline): SqlScript {
  return { text: '', statements: [] };
}
