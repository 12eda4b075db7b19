// What the validators need to know about a column's type text, delegated to the
// type model in src/core/types so panels, SQL and validation agree.
import {
  baseFamily,
  checkType,
  isFloat as typeIsFloat,
  isInteger as typeIsInteger,
  isNullable as typeIsNullable,
  isNumeric as typeIsNumeric,
  isUnsignedInteger as typeIsUnsigned,
  type TypePosition,
  type TypeProblem,
} from '../../types';

export function isNullable(text: string): boolean {
  return typeIsNullable(text);
}

export function isUnsignedInteger(text: string): boolean {
  return typeIsUnsigned(text);
}

export function isInteger(text: string): boolean {
  return typeIsInteger(text);
}

export function isFloat(text: string): boolean {
  return typeIsFloat(text);
}

export function isNumeric(text: string): boolean {
  return typeIsNumeric(text);
}

/** Date, DateTime and DateTime64: the version types ClickHouse names in its own errors (Date32 is not among them). */
export function isDateOrDateTime(text: string): boolean {
  return /^(Date|DateTime|DateTime32|DateTime64)$/.test(familyOf(text));
}

/** Canonical family under LowCardinality/Nullable, or the text itself when it does not parse. */
export function familyOf(text: string): string {
  return baseFamily(text) ?? text.trim();
}

/** Problems ClickHouse (or we) would have with the type of a column in `position`. */
export function typeProblems(text: string, position: TypePosition): TypeProblem[] {
  if (text.trim() === '') return [{ message: 'The column has no type; pick one (for example String or UInt64).', severity: 'error' }];
  return checkType(text, position);
}
