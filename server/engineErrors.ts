// chdb's errors as ClickHouse's code, name and message.

/** Splits chdb's error into ClickHouse's code, name and message (without chdb's prefix and version suffix). */
export function engineError(e: unknown): { code: number; name: string; message: string } {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/^Query failed: /, '').replace(/\s+\(version [^)]*\)/g, '').trim();
  const m = /^Code: (\d+)\. DB::Exception: ([\s\S]*?)(?: \(([A-Z_0-9]+)\))?\.?$/.exec(message);
  const ext = e as { clickhouseCode?: number; name?: string };
  const code = m ? Number(m[1]) : typeof ext.clickhouseCode === 'number' ? ext.clickhouseCode : 1001;
  const name = m?.[3] ?? 'STD_EXCEPTION';
  return { code, name, message: m ? message : `Code: ${code}. DB::Exception: ${message} (${name})` };
}
