#!/usr/bin/env node
// Extracts the facts chflow needs at run time (names, types, defaults) from
// ../shared/clickhouse/clickhouse-lexicon.json into src/core/clickhouse/lexicon.json.
// ClickHouse's own description texts are deliberately left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? join(root, '..', 'shared', 'clickhouse', 'clickhouse-lexicon.json');
const lx = JSON.parse(readFileSync(src, 'utf8'));

const out = {
  engine: lx.meta.engine,
  keywords: [...new Set(lx.keywords.tokens)].sort(),
  functions: lx.functions.map((f) => f.name).sort(),
  caseInsensitiveFunctions: lx.functions.filter((f) => f.case_insensitive).map((f) => f.name).sort(),
  aggregateFunctions: lx.functions.filter((f) => f.is_aggregate && !f.alias_to).map((f) => f.name).sort(),
  combinators: lx.aggregate_function_combinators.filter((c) => !c.is_internal).map((c) => c.name),
  typeFamilies: lx.data_type_families.map((t) => ({
    name: t.name,
    ci: !!t.case_insensitive,
    aliasTo: t.alias_to ?? null,
    parametric: !!t.parametric,
  })),
  inputFormats: lx.kafka.input_formats,
  codecs: lx.codecs.map((c) => c.name),
  timeZones: lx.time_zones,
  kafkaSettings: lx.kafka.settings.map((s) => ({ name: s.name, type: s.type, default: s.default, required: !!s.required })),
  mergeTreeSettings: lx.merge_tree_settings
    .filter((s) => !s.obsolete)
    .map((s) => ({ name: s.name, type: s.type, default: s.default, min: s.min, max: s.max })),
  formatSettings: lx.query_settings
    .filter((s) => !s.obsolete && /^(input_format_|format_|date_time_input_format$)/.test(s.name))
    .map((s) => ({ name: s.name, type: s.type, default: s.default })),
  identifierHazards: Object.keys(lx.identifier_rules.hazards.hazards).sort(),
};
// Keywords and the function list only serve highlighting and completion; they live in
// their own file so the bundle that shows the canvas does not carry them.
const { keywords, functions, caseInsensitiveFunctions, ...core } = out;
writeFileSync(join(root, 'src', 'core', 'clickhouse', 'lexicon.json'), JSON.stringify(core) + '\n');
writeFileSync(
  join(root, 'src', 'core', 'clickhouse', 'sqlWords.json'),
  JSON.stringify({ keywords, functions, caseInsensitiveFunctions }) + '\n',
);
console.log(`lexicon: ${out.keywords.length} keywords, ${out.functions.length} functions, ${out.typeFamilies.length} types`);
