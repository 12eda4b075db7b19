// Ids only need to be unique within one design; they never reach the SQL.
let counter = 0;

export function newId(prefix: string): string {
  counter = (counter + 1) % 0x100000;
  const rand = Math.floor(Math.random() * 0x100000000).toString(36);
  return `${prefix}_${rand}${counter.toString(36)}`;
}
