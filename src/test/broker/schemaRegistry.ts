// A minimal Confluent schema registry for AvroConfluent topics: it answers
// GET /schemas/ids/<id> with the writer schema, which is all ClickHouse asks.
// It runs in its own Node process because chdb's queries block this one's
// event loop while ClickHouse waits for the schema.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Entity, Pipeline } from '../../core/model/types';

const SERVER = `
const schemas = JSON.parse(process.env.SCHEMAS);
const server = require('node:http').createServer((req, res) => {
  const m = /^\\/schemas\\/ids\\/(\\d+)$/.exec(req.url || '');
  const schema = m && schemas[m[1]];
  if (!schema) { res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"error_code":40403,"message":"Schema not found"}'); return; }
  res.writeHead(200, { 'content-type': 'application/vnd.schemaregistry.v1+json' });
  res.end(JSON.stringify({ schema: JSON.stringify(schema) }));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0)).resume();
`;

export class SchemaRegistry {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Serves the given Avro schemas (by id) on 127.0.0.1; stops when this process's end of stdin closes. */
  static start(schemas: Record<number, unknown>, timeoutMs = 10_000): Promise<SchemaRegistry> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', SERVER], {
        env: { ...process.env, SCHEMAS: JSON.stringify(schemas) },
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the schema registry printed no port within ${timeoutMs} ms`));
      }, timeoutMs);
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.stdout!.once('data', (d: Buffer) => {
        clearTimeout(timer);
        resolve(new SchemaRegistry(child, `http://127.0.0.1:${d.toString().trim()}`));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.stdin!.end();
    const t = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(t);
  }
}

// Avro binary encoding of the few types the tests write (Avro 1.11 specification).
function zigzag(n: bigint): number[] {
  let z = n >= 0n ? n << 1n : ((-n) << 1n) - 1n;
  const out: number[] = [];
  do {
    let b = Number(z & 0x7fn);
    z >>= 7n;
    if (z > 0n) b |= 0x80;
    out.push(b);
  } while (z > 0n);
  return out;
}

export type AvroValue = { long: number | bigint } | { string: string } | { double: number } | { float: number };

function encode(v: AvroValue): Buffer {
  if ('long' in v) return Buffer.from(zigzag(BigInt(v.long)));
  if ('string' in v) {
    const s = Buffer.from(v.string, 'utf8');
    return Buffer.concat([Buffer.from(zigzag(BigInt(s.length))), s]);
  }
  const b = Buffer.alloc('double' in v ? 8 : 4);
  if ('double' in v) b.writeDoubleLE(v.double);
  else b.writeFloatLE(v.float);
  return b;
}

/** A Confluent-framed Avro record: magic byte 0, the schema id (big-endian int32), the fields in schema order. */
export function confluentAvro(schemaId: number, fields: readonly AvroValue[]): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(0, 0);
  head.writeInt32BE(schemaId, 1);
  return Buffer.concat([head, ...fields.map(encode)]);
}

/** The design with every Kafka table's schema registry URL (a model setting) pointing at `url`. */
export function pointAtRegistry(p: Pipeline, url: string): Pipeline {
  const key = 'format_avro_schema_registry_url';
  return {
    ...p,
    entities: p.entities.map((e): Entity => (e.kind === 'kafkaTable' && key in e.settings ? { ...e, settings: { ...e.settings, [key]: url } } : e)),
  };
}
