// Command-line parsing for chflow: a command, its positional arguments and the
// -o/--output option. Small enough that a parser dependency would cost more
// than it saves.

export interface ParsedArgs {
  command: string;
  positionals: string[];
  output?: string;
  help: boolean;
  version: boolean;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: ParsedArgs = { command: '', positionals: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-v' || a === '--version') args.version = true;
    else if (a === '-o' || a === '--output') {
      const next = argv[i + 1];
      if (next === undefined || next === '') return { ok: false, error: `${a} needs a file name` };
      args.output = next;
      i++;
    } else if (a.startsWith('--output=')) args.output = a.slice('--output='.length);
    // A lone '-' is a positional: standard input.
    else if (a.startsWith('-') && a !== '-') return { ok: false, error: `unknown option ${a}` };
    else if (args.command === '') args.command = a;
    else args.positionals.push(a);
  }
  return { ok: true, args };
}
