/**
 * The command line: `results-tables <command> [options] <files or globs>`. Parses the shared
 * syntax, then hands over to the command. Exit codes: 0 clean, 1 problems found, 2 usage or
 * I/O error.
 */
import { UsageError, type Command, type Io } from './command';
import { COMMANDS } from './commands';

export type { Io } from './command';

function usage(): string {
  const lines = COMMANDS.map((c) => `  results-tables ${c.usage}\n      ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nExit code 0 when clean, 1 when problems were found, 2 on a usage or file error.\n`;
}

interface Parsed {
  readonly command: Command;
  readonly options: Record<string, string>;
  readonly flags: Set<string>;
  readonly inputs: string[];
}

function parseArgs(argv: readonly string[]): Parsed | 'help' {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  const command = COMMANDS.find((c) => c.name === argv[0]);
  if (!command) throw new UsageError(`unknown command ${argv[0]}`);
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const inputs: string[] = [];
  let optionsEnded = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded) {
      inputs.push(arg);
      continue;
    }
    // `--` ends the options: what follows are files, even if they start with `--`.
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const name = arg.slice(2).split('=')[0]!;
    if (command.flags?.includes(name)) {
      flags.add(name);
      continue;
    }
    const allowed = command.options?.[name];
    if (!allowed) throw new UsageError(`unknown option ${arg} for ${command.name}`);
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (value === undefined || (allowed.length > 0 && !allowed.includes(value))) {
      throw new UsageError(`--${name} must be ${allowed.length > 0 ? allowed.join(' or ') : 'given a value'}, not ${value ?? 'nothing'}`);
    }
    options[name] = value;
  }
  if (inputs.length === 0) throw new UsageError(`${command.name}: no files given`);
  return { command, options, flags, inputs };
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      io.out(usage());
      return 0;
    }
    return await parsed.command.run({ options: parsed.options, flags: parsed.flags, inputs: parsed.inputs, io });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`results-tables: ${error.message}\n\n${usage()}`);
    return 2;
  }
}
