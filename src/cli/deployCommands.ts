// `chflow migrate` and `chflow export`: a migration between two saved designs,
// and a design as a deploy target's configuration (Aiven's clickhouse_kafka
// integration, ClickHouse Cloud ClickPipes, or Terraform for either). Exit
// codes as for the other commands: 1 when the migration is refused or the
// target cannot express the design (the reasons go to standard error).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportAiven } from '../core/export/aiven';
import { exportClickPipes } from '../core/export/clickpipes';
import type { ExportIssue } from '../core/export/issues';
import { aivenTerraform, clickPipesTerraform } from '../core/export/terraform';
import { golangMigrateFiles, planMigration, renderMigration } from '../core/migrate';
import type { Pipeline } from '../core/model/types';
import { CliFailure, emit, EXIT_OK, EXIT_PROBLEMS, loadDesign, type CliIO } from './main';

export const DEPLOY_HELP = `  chflow migrate <old.json> <new.json> [--allow-destructive] [-o out.sql]
                                           the migration from the deployed design to the new one
  chflow migrate <old.json> <new.json> --format golang-migrate -o <dir> [--first-version N]
                                           numbered up/down files, one statement each
  chflow export aiven <design.json> --kafka-service <name> [-o config.json] [--sql views.sql]
                                           Aiven clickhouse_kafka integration config (+ SQL for the rest)
  chflow export clickpipes <design.json> [--source-type kafka|confluent|msk|…] [--existing-table] [-o out.json]
                                           ClickPipes API request bodies, one per view reading Kafka
  chflow export terraform <design.json> --for aiven|clickpipes [--project P] [--kafka-service K] [--clickhouse-service C] [-o out.tf]
`;

interface Options {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

const VALUED = new Set(['-o', '--output', '--format', '--first-version', '--kafka-service', '--project', '--clickhouse-service', '--sql', '--source-type', '--for']);
const FLAGS = new Set(['--allow-destructive', '--existing-table']);

function parse(argv: readonly string[]): Options {
  const o: Options = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUED.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new CliFailure(`${name} needs a value`);
      o.values.set(name === '--output' ? '-o' : name, v);
    } else if (FLAGS.has(a)) o.flags.add(a);
    else if (a.startsWith('-') && a !== '-') throw new CliFailure(`unknown option ${a} (see chflow --help)`);
    else o.positionals.push(a);
  }
  return o;
}

function files(o: Options, count: number, usage: string): string[] {
  if (o.positionals.length !== count) throw new CliFailure(`${o.positionals.length < count ? 'missing' : 'too many'} arguments: ${usage}`);
  return o.positionals;
}

function report(issues: readonly ExportIssue[], p: Pipeline, io: CliIO): boolean {
  const names = new Map(p.entities.map((e) => [e.id, e.name]));
  for (const d of issues) io.err(`${d.severity} ${d.code} ${names.get(d.entityId) ?? ''}${d.field ? ` (${d.field})` : ''}: ${d.message}\n`);
  return issues.some((d) => d.severity === 'error');
}

function migrate(o: Options, io: CliIO): number {
  const [oldFile, newFile] = files(o, 2, 'chflow migrate <old.json> <new.json>');
  const before = loadDesign(oldFile, io);
  const after = loadDesign(newFile, io);
  const plan = planMigration(before, after);
  const allowDestructive = o.flags.has('--allow-destructive');
  for (const p of plan.problems) io.err(`${p.severity} ${p.code}: ${p.message}\n`);
  if (plan.problems.some((p) => p.severity === 'error')) return io.err('chflow: the migration is refused; nothing was written\n'), EXIT_PROBLEMS;
  const format = o.values.get('--format') ?? 'sql';
  if (format === 'sql') {
    emit(renderMigration(plan, { allowDestructive }), o.values.get('-o'), io);
    const held = plan.steps.filter((s) => s.destructive).length;
    if (held > 0 && !allowDestructive) io.err(`note: ${held} destructive step${held === 1 ? ' is' : 's are'} commented out; --allow-destructive includes them\n`);
    return EXIT_OK;
  }
  if (format !== 'golang-migrate') throw new CliFailure(`unknown --format ${format} (sql or golang-migrate)`);
  const dir = o.values.get('-o');
  if (!dir) throw new CliFailure('--format golang-migrate needs -o <directory>');
  const first = Number(o.values.get('--first-version') ?? '1');
  if (!Number.isInteger(first) || first < 1) throw new CliFailure('--first-version must be a whole number from 1');
  let out;
  try {
    out = golangMigrateFiles(plan, planMigration(after, before), { allowDestructive, first });
  } catch (e) {
    // The way back can be refused on its own (e.g. a view the old design could not hold).
    io.err(`chflow: the down migration is refused: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_PROBLEMS;
  }
  try {
    mkdirSync(dir, { recursive: true });
    for (const f of out) writeFileSync(join(dir, f.name), f.text, { flag: 'wx' });
  } catch (e) {
    throw new CliFailure(`could not write into ${dir}: ${e instanceof Error ? e.message : String(e)}`);
  }
  io.err(`Wrote ${out.length} files to ${dir}\n`);
  return EXIT_OK;
}

function aivenNames(o: Options, needAll: boolean) {
  const kafkaService = o.values.get('--kafka-service');
  if (!kafkaService) throw new CliFailure('--kafka-service <name> is needed: Aiven creates the Kafka tables in the database service_<name>');
  const project = o.values.get('--project');
  const clickhouseService = o.values.get('--clickhouse-service');
  if (needAll && (!project || !clickhouseService)) throw new CliFailure('Terraform for Aiven needs --project and --clickhouse-service too');
  return { kafkaService, project: project ?? '', clickhouseService: clickhouseService ?? '' };
}

function exportCommand(o: Options, io: CliIO): number {
  const target = o.positionals.shift();
  const [file] = files(o, 1, `chflow export ${target ?? '<aiven|clickpipes|terraform>'} <design.json>`);
  const p = loadDesign(file, io);
  const via = target === 'terraform' ? o.values.get('--for') : target;
  if (target === 'terraform' && via !== 'aiven' && via !== 'clickpipes') throw new CliFailure('export terraform needs --for aiven or --for clickpipes');
  if (via === 'aiven') {
    const names = aivenNames(o, target === 'terraform');
    const x = exportAiven(p, names);
    if (report(x.issues, p, io)) return io.err('chflow: Aiven cannot express this design as it is; nothing was written\n'), EXIT_PROBLEMS;
    if (target === 'terraform') emit(aivenTerraform(x, names), o.values.get('-o'), io);
    else {
      emit(JSON.stringify(x.userConfig, null, 2) + '\n', o.values.get('-o'), io);
      const sql = o.values.get('--sql');
      if (sql) emit(x.sql, sql, io);
    }
    return EXIT_OK;
  }
  if (via === 'clickpipes') {
    const x = exportClickPipes(p, { sourceType: o.values.get('--source-type'), managedTable: !o.flags.has('--existing-table') });
    if (report(x.issues, p, io)) return io.err('chflow: ClickPipes cannot express this design as it is; nothing was written\n'), EXIT_PROBLEMS;
    emit(target === 'terraform' ? clickPipesTerraform(x) : JSON.stringify(x.pipes.map((pipe) => pipe.body), null, 2) + '\n', o.values.get('-o'), io);
    return EXIT_OK;
  }
  throw new CliFailure(`unknown export target "${target ?? ''}" (aiven, clickpipes or terraform)`);
}

/** Runs `migrate` or `export` (argv without the command word). */
export function runDeployCommand(command: 'migrate' | 'export', argv: readonly string[], io: CliIO): number {
  const o = parse(argv);
  return command === 'migrate' ? migrate(o, io) : exportCommand(o, io);
}
