// How a column name is written inside an expression the user edits (ORDER BY chips,
// mapping suggestions): bare when ClickHouse allows it, else in backticks.
const BARE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function identifier(name: string): string {
  return BARE.test(name) ? name : `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}
