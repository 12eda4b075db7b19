// Terraform for both targets. Aiven's provider (plugin SDK) writes the
// integration's user config as nested blocks; the ClickHouse provider (plugin
// framework) writes a ClickPipe as nested attributes (`source = { … }`).
// Secrets become sensitive variables, never values.
import type { AivenExport } from './aiven';
import type { ClickPipesExport } from './clickpipes';
import { PASSWORD_PLACEHOLDER } from './clickpipes';
import { hclName, hclString } from './issues';

export interface AivenTerraformOptions {
  project: string;
  kafkaService: string;
  clickhouseService: string;
}

function value(v: unknown): string {
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(value).join(', ') + ']';
  throw new Error(`no HCL for ${JSON.stringify(v)}`);
}

const pad = (n: number) => '  '.repeat(n);

/** `key = value` lines with the `=` aligned, as terraform fmt writes them. */
function assignments(entries: [string, string][], depth: number): string[] {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${pad(depth)}${k.padEnd(width)} = ${v}`);
}

export function aivenTerraform(x: AivenExport, o: AivenTerraformOptions): string {
  const lines = [
    `# Aiven for ClickHouse: the clickhouse_kafka integration from ${o.kafkaService} to ${o.clickhouseService}.`,
    `# Aiven creates these Kafka tables in the database ${x.database}; run the exported SQL for the views and tables after it.`,
    'resource "aiven_service_integration" "clickhouse_kafka" {',
    ...assignments(
      [
        ['project', hclString(o.project)],
        ['integration_type', hclString('clickhouse_kafka')],
        ['source_service_name', hclString(o.kafkaService)],
        ['destination_service_name', hclString(o.clickhouseService)],
      ],
      1,
    ),
    '',
    '  clickhouse_kafka_user_config {',
  ];
  for (const t of x.userConfig.tables) {
    lines.push('    tables {');
    const scalars = Object.entries(t).filter(([k]) => k !== 'columns' && k !== 'topics');
    lines.push(...assignments(scalars.map(([k, v]) => [k, value(v)]), 3));
    for (const c of t.columns) lines.push('', '      columns {', ...assignments([['name', hclString(c.name)], ['type', hclString(c.type)]], 4), '      }');
    for (const topic of t.topics) lines.push('', '      topics {', `        name = ${hclString(topic.name)}`, '      }');
    lines.push('    }');
  }
  lines.push('  }', '}');
  return lines.join('\n') + '\n';
}

/** An object literal in HCL attribute syntax, keys in snake_case. */
function hclObject(v: Record<string, unknown>, depth: number, secrets: Map<string, string>): string {
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  const width = Math.max(0, ...entries.map(([k]) => snake(k).length));
  const inner = entries.map(([k, x]) => `${pad(depth + 1)}${snake(k).padEnd(width)} = ${hclAny(x, depth + 1, secrets)}`);
  return '{\n' + inner.join('\n') + '\n' + pad(depth) + '}';
}

function hclAny(v: unknown, depth: number, secrets: Map<string, string>): string {
  if (typeof v === 'string' && secrets.has(v)) return secrets.get(v)!;
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object')) return value(v);
    return '[\n' + v.map((x) => pad(depth + 1) + hclAny(x, depth + 1, secrets)).join(',\n') + '\n' + pad(depth) + ']';
  }
  if (typeof v === 'object' && v !== null) return hclObject(v as Record<string, unknown>, depth, secrets);
  return value(v);
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

export function clickPipesTerraform(x: ClickPipesExport): string {
  const secrets = new Map([[PASSWORD_PLACEHOLDER, 'var.kafka_password']]);
  const needsPassword = x.pipes.some((p) => JSON.stringify(p.body).includes(PASSWORD_PLACEHOLDER));
  const out: string[] = ['# ClickHouse Cloud ClickPipes, one per view that reads Kafka.', 'variable "service_id" {', '  type = string', '}'];
  if (needsPassword) out.push('', 'variable "kafka_password" {', '  type      = string', '  sensitive = true', '}');
  const used = new Set<string>();
  for (const p of x.pipes) {
    let id = hclName(`${p.body.destination.table}_pipe`);
    for (let i = 2; used.has(id); i++) id = hclName(`${p.body.destination.table}_pipe_${i}`);
    used.add(id);
    const { name, ...rest } = p.body;
    const body = hclObject({ name, serviceId: '\u0000service', ...rest }, 0, new Map([...secrets, ['\u0000service', 'var.service_id']]));
    out.push('', `resource "clickhouse_clickpipe" ${hclString(id)} ${body}`);
  }
  return out.join('\n') + '\n';
}
