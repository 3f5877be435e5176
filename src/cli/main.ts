/**
 * The command line: `results-tables check [--format text|json] <files or globs>`.
 * Exit codes: 0 clean, 1 problems found, 2 usage or I/O error.
 */
import { readFile } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
import { checkDocument } from '../core/check';
import { formatJson, formatText, toCliFinding, type CliFinding } from './format';

const USAGE = `Usage: results-tables check [--format text|json] <files or globs...>

Checks the results tables in Markdown files: averages, bold best values, duplicated
columns and ragged rows. Exit code 0 when clean, 1 when problems were found, 2 on a
usage or file error.
`;

/** Where the CLI writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

class UsageError extends Error {}

interface Args {
  readonly command: string;
  readonly format: 'text' | 'json';
  readonly inputs: readonly string[];
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let format: 'text' | 'json' = 'text';
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not ${value ?? 'nothing'}`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [command, ...inputs] = positional;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'check') throw new UsageError(`unknown command ${command}`);
  if (inputs.length === 0) throw new UsageError('no files given');
  return { command, format, inputs };
}

/** Expands globs; a plain path is kept as given so that a missing file is reported by name. */
async function expand(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { ignore: ['**/node_modules/**'], expandDirectories: false });
      if (matches.length === 0) throw new Error(`no file matches ${input}`);
      files.push(...matches.sort());
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

function describeError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory (give files or a glob such as "${file}/**/*.md")`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${(error as Error).message}`;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`results-tables: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  let files: string[];
  try {
    files = await expand(args.inputs);
  } catch (error) {
    io.err(`results-tables: ${(error as Error).message}\n`);
    return 2;
  }
  const findings: CliFinding[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`results-tables: ${describeError(error, file)}\n`);
      failed = true;
      continue;
    }
    findings.push(...checkDocument(text).map((finding) => toCliFinding(file, finding)));
  }
  io.out(args.format === 'json' ? formatJson(findings) : formatText(findings));
  if (args.format === 'text') {
    const count = findings.length;
    io.err(`${count} problem${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  }
  if (failed) return 2;
  return findings.length > 0 ? 1 : 0;
}
