// A second, deliberately blunt reading of a query that the endpoint ran, for
// the property-based test: it does not follow the query's structure like the
// guard does, it only looks for the marks of a reach outside the scratch area.
// Anything it finds in a query that was answered 200 is a hole in the guard.
import { ALLOWED_TABLE_FUNCTIONS } from '../guardLists.ts';
import { TABLE_FUNCTIONS } from './names.ts';

const REACHING = new Set([...TABLE_FUNCTIONS.map((f) => f.toLowerCase()), 'disk'].filter((f) => !ALLOWED_TABLE_FUNCTIONS.has(f)));
const READABLE = /^(chflow_scratch_.+|system|information_schema|INFORMATION_SCHEMA)$/;
const STATEMENTS = /^(SELECT|WITH|INSERT|CREATE|DROP|EXPLAIN|DESCRIBE|DESC|EXISTS|SHOW)\b/i;
const DANGEROUS_SETTINGS = /\b(format_template_\w+|format_schema\w*|output_format_schema|format_avro_schema_registry_url|input_format_record_errors_file_path|storage_policy|disk|default_table_engine|additional_\w+_filters?|max_execution_time|max_memory_usage|readonly)\s*=/i;

/** What in ClickHouse's normalised text reaches outside the scratch area ([] when nothing). */
export function reachesOutside(normalised: string): string[] {
  // Strings hold paths and URLs as data; what they mean is judged by their place, which the rules below do not need.
  const code = normalised.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  const found: string[] = [];
  if (!STATEMENTS.test(code.trim())) found.push(`statement ${code.split(' ')[0]}`);
  for (const m of code.matchAll(/(`[^`]*`|\b[A-Za-z_][\w$]*)\s*\(/g)) {
    const name = m[1]!.replace(/`/g, '').toLowerCase();
    if (REACHING.has(name)) found.push(`call ${name}`);
  }
  for (const m of code.matchAll(/(?<![.\w`])(`[^`]*`|[A-Za-z_][\w$]*)\.(`[^`]*`|[A-Za-z_][\w$]*)/g)) {
    const db = m[1]!.replace(/`/g, '');
    if (!READABLE.test(db)) found.push(`object ${m[0]}`);
  }
  // ClickHouse calls a function given by bare name after APPLY and in a higher-order function's
  // arguments (arrayMap, mapApply, …); read bluntly: anything after such a call's opening counts.
  const applied = /\bAPPLY\s*\(?\s*`?(file|catboostEvaluate)\b/i.test(code);
  const higherOrder = /\b(array|map)\w*\s*\([\s\S]*(?<![.\w`])`?(file|catboostEvaluate)\b/i.test(code);
  if (applied || higherOrder) found.push('a file-reaching function by name');
  if (/\b(OUTFILE|INFILE)\b/i.test(code)) found.push('INTO OUTFILE / FROM INFILE');
  if (DANGEROUS_SETTINGS.test(code)) found.push(`setting ${DANGEROUS_SETTINGS.exec(code)![1]}`);
  const engine = /\bENGINE\s*=\s*`?(\w+)/i.exec(code)?.[1];
  if (engine && !/^(Replicated)?(|Replacing|Summing|Aggregating|Collapsing|VersionedCollapsing|Coalescing|Graphite)MergeTree$|^(Null|Kafka|Atomic)$/.test(engine)) {
    found.push(`engine ${engine}`);
  }
  return found;
}
