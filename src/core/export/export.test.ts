// Golden files for the Aiven and ClickPipes exports (UPDATE_GOLDEN=1 rewrites
// them; review the diff), and every export checked against the target's
// published schema (schemas/*.schema.json): field names, types, enums, limits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../model/types';
import { exportAiven } from './aiven';
import { exportClickPipes } from './clickpipes';
import { exportFixtures } from './fixtures';
import type { ExportIssue } from './issues';
import { schemaViolations, type JsonSchema } from './schemaCheck';
import aivenSchema from './schemas/aiven-clickhouse-kafka.schema.json';
import clickPipesSchema from './schemas/clickpipes-kafka.schema.json';
import { aivenTerraform, clickPipesTerraform } from './terraform';

const DIR = join(import.meta.dirname, '__golden__');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const OPTIONS = { project: 'my-project', kafkaService: 'kafka-1', clickhouseService: 'clickhouse-1' };

function golden(file: string, actual: string): void {
  const path = join(DIR, file);
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function issueLines(p: Pipeline, issues: readonly ExportIssue[]): string {
  const names = new Map(p.entities.map((e) => [e.id, e.name]));
  return issues.map((d) => `${d.code} ${d.severity} ${names.get(d.entityId) ?? '-'}${d.field ? ` [${d.field.replace(/columns\.[^.]+\./, 'columns.*.').replace(/mappings\.[^.]+\./, 'mappings.*.')}]` : ''}: ${d.message}`).join('\n') + '\n';
}

const hasErrors = (issues: readonly ExportIssue[]) => issues.some((d) => d.severity === 'error');

describe('exports', () => {
  for (const { name, pipeline } of exportFixtures()) {
    it(`${name}: Aiven integration config, Terraform and SQL match the goldens and Aiven's schema`, () => {
      const x = exportAiven(pipeline, OPTIONS);
      golden(`${name}.aiven.json`, JSON.stringify(x.userConfig, null, 2) + '\n');
      golden(`${name}.aiven.tf`, aivenTerraform(x, OPTIONS));
      golden(`${name}.aiven.sql`, x.sql);
      golden(`${name}.aiven.issues.txt`, issueLines(pipeline, x.issues));
      const violations = schemaViolations(aivenSchema as JsonSchema, x.userConfig);
      // Whatever does not fit Aiven's schema must have been flagged as an error on the node.
      if (!hasErrors(x.issues)) expect(violations).toEqual([]);
      if (violations.length > 0) expect(hasErrors(x.issues), violations.join('\n')).toBe(true);
    });
    it(`${name}: ClickPipes API bodies and Terraform match the goldens and the ClickPipes model`, () => {
      const x = exportClickPipes(pipeline);
      golden(`${name}.clickpipes.json`, JSON.stringify(x.pipes.map((p) => p.body), null, 2) + '\n');
      golden(`${name}.clickpipes.tf`, clickPipesTerraform(x));
      golden(`${name}.clickpipes.issues.txt`, issueLines(pipeline, x.issues));
      const violations = x.pipes.flatMap((p) => schemaViolations(clickPipesSchema as JsonSchema, p.body));
      if (!hasErrors(x.issues)) expect(violations).toEqual([]);
      if (violations.length > 0) expect(hasErrors(x.issues), violations.join('\n')).toBe(true);
    });
  }

  it('flags each thing the targets cannot express on its node, with stable codes', () => {
    const misfit = exportFixtures().find((f) => f.name === 'misfit')!.pipeline;
    const aiven = exportAiven(misfit, OPTIONS).issues.map((d) => d.code);
    expect(new Set(aiven)).toEqual(new Set(['AV02', 'AV03', 'AV05', 'AV06', 'AV07']));
    const pipes = exportClickPipes(misfit).issues.map((d) => d.code);
    expect(new Set(pipes)).toEqual(new Set(['CP01', 'CP02', 'CP04', 'CP05', 'CP06']));
    for (const d of [...exportAiven(misfit, OPTIONS).issues, ...exportClickPipes(misfit).issues]) {
      expect(misfit.entities.some((e) => e.id === d.entityId), d.message).toBe(true);
    }
  });

  it("keeps Aiven's limits: 400 tables, 1–10 consumers, 40-character names", () => {
    const base = exportFixtures()[0]!.pipeline;
    const k = base.entities.find((e) => e.kind === 'kafkaTable')!;
    const many: Pipeline = { ...base, entities: Array.from({ length: 401 }, (_, i) => ({ ...k, id: `k${i}`, name: `queue_${i}` })), links: [] };
    expect(exportAiven(many, OPTIONS).issues.map((d) => d.code)).toContain('AV01');
    expect(schemaViolations(aivenSchema as JsonSchema, exportAiven(many, OPTIONS).userConfig)).toContain('$.tables: more than 400 items');
    const consumers = (n: string): Pipeline => ({ ...base, entities: base.entities.map((e) => (e.id === k.id ? { ...k, settings: { ...(k as { settings: Record<string, string> }).settings, kafka_num_consumers: n } } : e)) });
    expect(exportAiven(consumers('10'), OPTIONS).userConfig.tables[0]!['num_consumers']).toBe(10);
    expect(exportAiven(consumers('11'), OPTIONS).issues.some((d) => d.code === 'AV06' && /1–10/.test(d.message))).toBe(true);
  });

  it('never writes a Kafka password into an export', () => {
    const design = exportFixtures()[0]!.pipeline;
    const secret: Pipeline = {
      ...design,
      entities: design.entities.map((e) => (e.kind === 'kafkaTable' ? { ...e, settings: { ...e.settings, kafka_sasl_mechanism: 'SCRAM-SHA-512', kafka_sasl_username: 'svc', kafka_sasl_password: 'hunter2-secret' } } : e)),
    };
    const pipes = exportClickPipes(secret);
    const text = JSON.stringify(pipes.pipes) + clickPipesTerraform(pipes) + JSON.stringify(exportAiven(secret, OPTIONS));
    expect(text).not.toContain('hunter2-secret');
    expect(clickPipesTerraform(pipes)).toContain('password = var.kafka_password');
  });
});
