// SHOW CREATE output copied from clickhouse-client or an HTTP answer comes one
// statement per line, TSV-escaped: line breaks as \n and every quote as \'.
// Such a line cannot be valid SQL as it stands (a backslash outside quotes is an
// error), so a line that starts with CREATE and has only escaped quotes is unescaped.

const TSV: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', "'": "'", '\\': '\\' };

function isEscapedLine(line: string): boolean {
  if (!/^\s*CREATE\s/i.test(line)) return false;
  if (!/\\[n']/.test(line)) return false;
  // Every quote must be escaped: an odd run of backslashes before it.
  for (let i = line.indexOf("'"); i !== -1; i = line.indexOf("'", i + 1)) {
    let n = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) n++;
    if (n % 2 === 0) return false;
  }
  return true;
}

export function unescapeShowCreate(text: string): string {
  if (!text.includes('\\')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isEscapedLine(line)) continue;
    lines[i] = line.replace(/\\([\s\S])/g, (m, c: string) => TSV[c] ?? m);
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
