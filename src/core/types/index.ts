export type { TypeArg, TypeNode } from './ast';
export { childTypes, node, numArg, strArg, typeArg } from './ast';
export { parseType, type ParseResult } from './parse';
export { canonicalize, formatType, quoteName, quoteString } from './format';
export { checkNode, checkType, isValidType, type TypePosition, type TypeProblem } from './check';
export * from './predicates';
export { AGGREGATE_FUNCTIONS, CANONICAL_FAMILIES, SIMPLE_AGGREGATE_FUNCTIONS, TIME_ZONES, isKnownTimeZone } from './lexicon';
export { normalizeType } from './normalize';
