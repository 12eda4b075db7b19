// Data skipping index types of ClickHouse 26.7 (system.data_skipping_index_types),
// each with a ready-to-edit example of its TYPE clause and our own one-line help.
export interface SkipIndexType {
  name: string;
  /** A TYPE clause that ClickHouse accepts as written. */
  example: string;
  /** Arguments in order, as the syntax names them. */
  args: string;
  help: string;
}

export const SKIP_INDEX_TYPES: readonly SkipIndexType[] = [
  { name: 'minmax', example: 'minmax', args: '', help: 'Min and max per block: ranges on numbers and dates.' },
  { name: 'set', example: 'set(100)', args: 'max_rows (0 = unlimited)', help: 'The distinct values per block, up to max_rows: low-cardinality equality filters.' },
  { name: 'bloom_filter', example: 'bloom_filter(0.01)', args: '[false_positive_rate]', help: 'Bloom filter of the values: equality and IN on high-cardinality columns, arrays, maps.' },
  { name: 'tokenbf_v1', example: 'tokenbf_v1(256, 2, 0)', args: 'size_in_bytes, num_hash_functions, seed', help: 'Bloom filter of the words in a string: hasToken, LIKE on whole words.' },
  { name: 'ngrambf_v1', example: 'ngrambf_v1(3, 256, 2, 0)', args: 'n, size_in_bytes, num_hash_functions, seed', help: 'Bloom filter of n-grams: LIKE with substrings.' },
  {
    name: 'sparse_grams',
    example: 'sparse_grams(3, 100, 256, 2, 0)',
    args: 'min_ngram_length, max_ngram_length[, min_cutoff_length], size_in_bytes, num_hash_functions, seed',
    help: 'Bloom filter of variable-length grams: substring search with fewer false positives.',
  },
  { name: 'text', example: 'text(tokenizer = splitByNonAlpha)', args: 'tokenizer = …', help: 'Full-text inverted index over the words of a string.' },
  { name: 'hypothesis', example: 'hypothesis', args: '', help: 'Stores whether a boolean expression holds per block (experimental).' },
  {
    name: 'vector_similarity',
    example: "vector_similarity('hnsw', 'L2Distance', 3)",
    args: "'hnsw', distance_function, dimensions[, …]",
    help: 'Approximate nearest-neighbour search over Array(Float32) vectors.',
  },
];

/** The type name of a TYPE clause: `bloom_filter(0.01)` → `bloom_filter`. */
export function skipIndexTypeName(type: string): string {
  return type.trim().replace(/\(.*$/s, '').trim();
}

export function findSkipIndexType(type: string): SkipIndexType | undefined {
  const name = skipIndexTypeName(type);
  return SKIP_INDEX_TYPES.find((t) => t.name === name);
}
