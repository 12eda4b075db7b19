// `chflow import script.sql [-o design.chflow.json]`: a ClickHouse script as a
// design file. Skipped statements and notes go to standard error; any error
// (with its line and column) means no design is written.
import { serializeDesign } from '../core/persistence/designFile';
import { importSql } from '../core/sql/import/importSql';

export interface ImportOutcome {
  /** The design file text, or undefined when the script has errors. */
  design: string | undefined;
  /** One line per message, `file:line:column: kind: text`. */
  report: string[];
}

export function importScript(name: string, text: string): ImportOutcome {
  const r = importSql(text);
  const report = r.messages.map((m) => `${name}:${m.line}:${m.column}: ${m.kind}: ${m.text}`);
  const errors = r.messages.filter((m) => m.kind === 'error').length;
  const skipped = r.messages.filter((m) => m.kind === 'skipped').length;
  report.push(
    errors > 0
      ? `${errors} error${errors === 1 ? '' : 's'}: nothing written`
      : `imported ${r.imported} object${r.imported === 1 ? '' : 's'} from ${r.statements} statement${r.statements === 1 ? '' : 's'}${skipped ? `, ${skipped} skipped` : ''}`,
  );
  return { design: errors > 0 ? undefined : serializeDesign(r.pipeline), report };
}
