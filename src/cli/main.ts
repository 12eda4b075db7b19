// The chflow command line: SQL and validation for saved designs, without the
// browser. It uses the same core as the app, so `chflow sql` prints exactly
// what the SQL pane shows. Exit codes: 0 done, 1 the design has errors
// (validate), 2 the command could not run (usage, unreadable or broken file).
import { writeFileSync } from 'node:fs';
import type { Pipeline } from '../core/model/types';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';
import { validate } from '../core/rules/validate';
import { generateSql } from '../core/sql/generate';
import { findTemplate, TEMPLATES } from '../core/templates';
import { parseArgs } from './args';
import { formatDiagnostic, summary } from './format';
import { importScript } from './importCommand';
import { readDesignFile, readDesignStdin } from './readDesignFile';
import { DEPLOY_HELP, runDeployCommand } from './deployCommands';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read when the design file is `-`; throws with the reason it cannot be read. */
  readStdin(): string;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export const HELP = `chflow: ClickHouse ingestion pipelines (Kafka → Kafka table → materialized view → MergeTree)

Usage:
  chflow sql <design.json> [-o out.sql]    print the design's SQL (or write it to a file)
  chflow validate <design.json>            list the design's problems; exit 1 if any is an error
  chflow templates                         list the built-in templates
  chflow template <id> [-o design.json]    print a template as a design file
${DEPLOY_HELP}  chflow import <script.sql> [-o design.json]  a ClickHouse script as a design file
  chflow --help | --version

<design.json> is a file saved by chflow ("Save" in the toolbar); use - to read standard input.
Exit codes: 0 done, 1 the design has errors, 2 the command could not run.
`;

const nodeIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readStdin: () => {
    const r = readDesignStdin();
    if (!r.ok) throw new Error(r.error);
    return r.text;
  },
};

export class CliFailure extends Error {}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'it is a directory';
  if (err?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** A file's text (or standard input for `-`), checked and capped like a design file. */
function readInput(file: string, io: CliIO): string {
  if (file === '-') {
    try {
      return io.readStdin();
    } catch (e) {
      throw new CliFailure(`could not read standard input: ${errorText(e)}`);
    }
  }
  const r = readDesignFile(file);
  if (!r.ok) throw new CliFailure(`could not read ${file}: ${r.error}`);
  return r.text;
}

export function loadDesign(file: string | undefined, io: CliIO): Pipeline {
  if (file === undefined) throw new CliFailure('missing the design file (see chflow --help)');
  let text: string;
  if (file === '-') {
    try {
      text = io.readStdin();
    } catch (e) {
      throw new CliFailure(`could not read standard input: ${errorText(e)}`);
    }
  } else {
    // Type and size are checked before anything is read (FIFOs, devices, huge files).
    const r = readDesignFile(file);
    if (!r.ok) throw new CliFailure(`could not read ${file}: ${r.error}`);
    text = r.text;
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new CliFailure(`${file === '-' ? 'standard input' : file}: ${parsed.error}`);
  for (const w of parsed.warnings) io.err(`warning: ${w}\n`);
  return parsed.pipeline;
}

/** Writes to the -o file when given, otherwise to standard output. */
export function emit(text: string, output: string | undefined, io: CliIO): void {
  if (output === undefined) return io.out(text);
  try {
    writeFileSync(output, text);
  } catch (e) {
    throw new CliFailure(`could not write ${output}: ${errorText(e)}`);
  }
  io.err(`Wrote ${output}\n`);
}

function extraArguments(positionals: readonly string[], expected: number): void {
  if (positionals.length > expected) throw new CliFailure(`unexpected argument ${positionals[expected]}`);
}

function run(argv: readonly string[], io: CliIO, version: string): number {
  // Own options (--format, --kafka-service, …): parsed in deployCommands.ts.
  if ((argv[0] === 'migrate' || argv[0] === 'export') && !argv.includes('--help') && !argv.includes('-h')) return runDeployCommand(argv[0], argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new CliFailure(parsed.error);
  const { command, positionals, output, help } = parsed.args;
  if (help || command === 'help') return io.out(HELP), EXIT_OK;
  if (parsed.args.version) return io.out(`${version}\n`), EXIT_OK;
  switch (command) {
    case 'sql': {
      extraArguments(positionals, 1);
      const p = loadDesign(positionals[0], io);
      emit(generateSql(p).text, output, io);
      const errors = validate(p).filter((d) => d.severity === 'error').length;
      // The SQL still prints (it is what the app shows), but say it will not all run.
      if (errors > 0) io.err(`note: the design has ${errors} error${errors === 1 ? '' : 's'}; run chflow validate for details\n`);
      return EXIT_OK;
    }
    case 'validate': {
      extraArguments(positionals, 1);
      const p = loadDesign(positionals[0], io);
      const diagnostics = validate(p);
      for (const d of diagnostics) io.out(formatDiagnostic(p, d) + '\n');
      io.out(summary(diagnostics) + '\n');
      return diagnostics.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
    }
    case 'templates':
      extraArguments(positionals, 0);
      for (const t of TEMPLATES) {
        io.out(`${t.id.padEnd(26)} ${t.title}\n${' '.repeat(27)}${t.description}\n`);
        // The query that reads an aggregating template's target back is not part of its DDL.
        if (t.readBack) io.out(t.readBack.trim().split('\n').map((l) => `${' '.repeat(27)}-- ${l}\n`).join(''));
      }
      return EXIT_OK;
    case 'template': {
      extraArguments(positionals, 1);
      const id = positionals[0];
      const t = id === undefined ? undefined : findTemplate(id);
      if (!t) throw new CliFailure(`${id === undefined ? 'missing the template id' : `no template "${id}"`} (see chflow templates)`);
      emit(serializeDesign(t.build()), output, io);
      return EXIT_OK;
    }
    case 'import': {
      extraArguments(positionals, 1);
      const file = positionals[0];
      if (file === undefined) throw new CliFailure('missing the SQL file (see chflow --help)');
      const r = importScript(file === '-' ? 'stdin' : file, readInput(file, io));
      for (const line of r.report) io.err(line + '\n');
      if (r.design === undefined) return EXIT_FAILURE;
      emit(r.design, output, io);
      return EXIT_OK;
    }
    case '':
      io.err(HELP);
      return EXIT_FAILURE;
    default:
      throw new CliFailure(`unknown command "${command}" (see chflow --help)`);
  }
}

export function main(argv: readonly string[], io: CliIO = nodeIO, version = '0.0.0'): number {
  try {
    return run(argv, io, version);
  } catch (e) {
    if (e instanceof CliFailure) {
      io.err(`chflow: ${e.message}\n`);
      return EXIT_FAILURE;
    }
    io.err(`chflow: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_FAILURE;
  }
}
