/**
 * What a CLI command is, and the input handling every command shares: globs expanded, files
 * read, and unreadable files reported in one clear line each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** What a command receives after the shared argument parsing. */
export interface Invocation {
  /** `--name value` or `--name=value` options, validated against `Command.options`. */
  readonly options: Readonly<Record<string, string>>;
  /** Boolean `--flag` options that were given. */
  readonly flags: ReadonlySet<string>;
  readonly inputs: readonly string[];
  readonly io: Io;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Options that take a value, with their allowed values (an empty list allows any). */
  readonly options?: Readonly<Record<string, readonly string[]>>;
  /** Options that take no value. */
  readonly flags?: readonly string[];
  /** Runs the command and returns the exit code: 0 success, 1 problems found, 2 error. */
  readonly run: (invocation: Invocation) => Promise<number>;
}

/** Thrown for a usage error; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** Expands globs; a plain path is kept as given so that a missing file is reported by name. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { ignore: ['**/node_modules/**'], expandDirectories: false });
      if (matches.length === 0) throw new UsageError(`no file matches ${input}`);
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
  if (code === 'EISDIR') return `${file}: is a directory (give files, or a glob such as "${file}/**/*.md")`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${(error as Error).message}`;
}

/** A file that was read. */
export interface InputFile {
  readonly path: string;
  /** The text as VS Code's editor and preview see it: without a byte order mark. */
  readonly text: string;
  /** Whether the file is valid UTF-8: only such files are ever rewritten, so no byte is lost. */
  readonly utf8: boolean;
  /** Whether it starts with a UTF-8 byte order mark, which `writeBack` keeps. */
  readonly bom: boolean;
}

/**
 * Rewrites a file with `text`, its byte order mark kept. Callers rewrite only UTF-8 files.
 */
export async function writeBack(file: InputFile, text: string): Promise<void> {
  await writeFile(file.path, file.bom ? `\uFEFF${text}` : text, 'utf8');
}

/**
 * Reads every input; unreadable ones are reported on stderr and set `failed`. A file that is not
 * valid UTF-8 is read with replacement characters, for checking only.
 */
export async function readInputs(inputs: readonly string[], io: Io): Promise<{ files: InputFile[]; failed: boolean }> {
  const files: InputFile[] = [];
  let failed = false;
  for (const path of await expandInputs(inputs)) {
    try {
      const bytes = await readFile(path);
      let utf8 = true;
      let text: string;
      // VS Code drops a byte order mark before the editor, the preview and this extension see
      // the text; so does the CLI, or a BOM would make a fence or front matter on the first
      // line a paragraph (and its table a table).
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      // UTF-16 with its byte order mark, as VS Code opens it: checked, never rewritten.
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
      if (utf16) {
        utf8 = false;
        text = new TextDecoder(utf16).decode(bytes);
      } else {
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          utf8 = false;
          text = new TextDecoder('utf-8').decode(bytes);
        }
      }
      files.push({ path, text, utf8, bom });
    } catch (error) {
      io.err(`results-tables: ${describeError(error, path)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/** The message for a file that will not be rewritten because it is not UTF-8. */
export function notUtf8(path: string): string {
  return `results-tables: ${path}: not valid UTF-8; left unchanged (rewriting it would lose bytes)\n`;
}
