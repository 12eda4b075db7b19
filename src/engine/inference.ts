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

/** Undoes ClickHouse's escaping of the text it quotes after `before:`. */
function unescapeQuoted(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/**
 * ClickHouse's answer to a failed inference in plain words: which line of the
 * samples it stopped at and why, e.g. `The samples are not valid JSONEachRow:
 * line 2: expected '{' before 'not json'`. Other failures pass through unchanged.
 */
export function inferenceProblem(message: string, format: string, samples: string): string {
  if (!/CANNOT_EXTRACT_TABLE_STRUCTURE|table structure cannot be extracted/.test(message)) return message;
  const inner = /Error:\s*Code: \d+\. DB::Exception: ([\s\S]*?)(?: \([A-Z_0-9]+\))?(?: \(version [^)]*\))?\.?\s*(?:You can specify|$)/.exec(message)?.[1];
  let reason = (inner ?? '').replace(/\s*\([A-Z_0-9]+\)\s*$/, '').replace(/\.$/, '').trim();
  let where = '';
  const before = /before: '((?:[^'\\]|\\.)*)'/.exec(reason);
  if (before) {
    const snippet = unescapeQuoted(before[1]!);
    const at = snippet === '' ? -1 : samples.indexOf(snippet);
    if (at >= 0) where = `line ${samples.slice(0, at).split('\n').length}: `;
    reason = reason.replace(before[0], `before '${snippet.split('\n')[0]!.slice(0, 60)}'`);
  }
  return `The samples are not valid ${format.trim()}: ${where}${reason || 'ClickHouse could not read them'}.`;
}
