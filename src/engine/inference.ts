// "Infer columns": ClickHouse's own schema inference over pasted sample messages.
import { quoteString } from '../core/sql/quote';

/** Text formats a topic's samples may be pasted in (Avro and other binary formats are not). */
export const SAMPLE_FORMATS: ReadonlySet<string> = new Set([
  'JSONEachRow', 'JSONCompactEachRow', 'JSONLines', 'NDJSON', 'CSV', 'CSVWithNames', 'CSVWithNamesAndTypes',
  'TSV', 'TabSeparated', 'TSVWithNames', 'TabSeparatedWithNames', 'TSVWithNamesAndTypes', 'TSKV',
  'LineAsString', 'JSONAsString', 'RawBLOB',
]);

export interface InferredColumn {
  name: string;
  type: string;
}

/** Why samples of `format` cannot be used, or '' when they can. */
export function samplesProblem(format: string, samples: string): string {
  if (!SAMPLE_FORMATS.has(format.trim())) return `Samples in ${format || '(no format)'} cannot be pasted here; use JSONEachRow, CSV or TSV.`;
  if (samples.trim() === '') return 'Paste a few sample messages first, one per line.';
  return '';
}

/**
 * DESCRIBE over the samples. Columns are not made Nullable: a Kafka table's
 * missing field becomes the type's default, which is what the table will do.
 */
export function inferQuery(format: string, samples: string): string {
  return `DESCRIBE format(${format.trim()}, ${quoteString(samples)}) SETTINGS schema_inference_make_columns_nullable = 0`;
}

export function inferredColumns(rows: readonly { name?: unknown; type?: unknown }[]): InferredColumn[] {
  return rows
    .filter((r) => typeof r.name === 'string' && typeof r.type === 'string')
    .map((r) => ({ name: r.name as string, type: r.type as string }));
}
