// Whether a table setting's value can be read as the setting's declared type
// (system.merge_tree_settings.type). ClickHouse converts the literal at CREATE:
// numbers take numeric text (quoted or not), Bool only 0/1/true/false, String only
// a quoted string; anything else is refused (CANNOT_PARSE_*, BAD_GET, out of range
// of bool). Types not listed here (enums of modes and versions) are left unchecked.
const NUMERIC_TYPES = new Set(['UInt64', 'UInt32', 'Int64', 'NonZeroUInt64', 'Seconds', 'Milliseconds', 'Float']);
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function unquote(value: string): string | undefined {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(value);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/** Why `value` cannot be a setting of `type`, or undefined when it can (or the type is not checked). */
export function settingValueProblem(type: string, value: string): string | undefined {
  const text = unquote(value);
  if (type === 'Bool') {
    const v = (text ?? value).trim().toLowerCase();
    return ['0', '1', 'true', 'false'].includes(v) ? undefined : 'takes 0, 1, true or false';
  }
  if (NUMERIC_TYPES.has(type)) {
    const v = (text ?? value).trim();
    return NUMBER.test(v) || (text === undefined && /^(true|false)$/i.test(v)) ? undefined : 'takes a number';
  }
  if (type === 'String') return text === undefined ? "takes a quoted string, e.g. 'default'" : undefined;
  return undefined;
}
