/**
 * Directives: HTML comments in the document that configure the checker, like markdownlint's.
 *
 * - `<!-- results-tables: lower=FID,Params; ignore=duplicate-column -->` configures the next
 *   table (keys: lower, higher, ignore, bold=best|top2|none, underline=second|none,
 *   tolerance=auto|number, tie=number, chart).
 * - `<!-- results-tables-disable -->` … `<!-- results-tables-enable -->` turn checks off for the
 *   tables in between; both take an optional list of codes.
 *
 * Only comments that markdown-it sees as HTML blocks count (never text in code). A directive
 * that cannot be understood is itself reported, never ignored silently.
 */
import type { HtmlBlock } from '../detect/detectTables';
import type { Range, Table } from '../types';
import type { BoldMeaning } from './options';

/** A directive's settings for one table. */
export interface TableDirective {
  readonly lower: readonly string[];
  readonly higher: readonly string[];
  readonly ignore: readonly string[];
  readonly bold?: BoldMeaning;
  readonly underline?: 'second' | 'none';
  readonly tolerance?: 'auto' | number;
  readonly tie?: number;
  readonly chart: boolean;
}

/** A directive that could not be understood. */
export interface DirectiveProblem {
  readonly range: Range;
  readonly message: string;
}

export interface Directives {
  /** Per table index: its directive, if one precedes it. */
  readonly perTable: ReadonlyMap<number, TableDirective>;
  /** Per table index: the codes disabled for it (`*` for all). */
  readonly disabled: ReadonlyMap<number, ReadonlySet<string>>;
  readonly problems: readonly DirectiveProblem[];
}

const COMMENT = /<!--\s*(results-tables(?:-[a-z]+)?)(?=[\s:]|-->)([\s\S]*?)-->/gi;
const KEYS = ['lower', 'higher', 'ignore', 'bold', 'underline', 'tolerance', 'tie', 'chart'];

interface Located {
  readonly name: string;
  readonly body: string;
  readonly range: Range;
  readonly endLine: number;
  /** Written inside a paragraph: not a directive. */
  readonly inline: boolean;
}

/** The text with code spans blanked (same length), so that `<!-- … -->` shown as code is not read. */
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
}

/** The `results-tables` comments of the HTML blocks, with where each is. */
function comments(blocks: readonly HtmlBlock[]): Located[] {
  const out: Located[] = [];
  for (const block of blocks) {
    if (!/results-tables/i.test(block.content)) continue;
    const content = block.inline ? withoutCodeSpans(block.content) : block.content;
    for (const match of content.matchAll(COMMENT)) {
      const before = content.slice(0, match.index);
      const line = block.startLine + (before.match(/\n/g)?.length ?? 0);
      const column = before.length - (before.lastIndexOf('\n') + 1);
      const lastLine = line + (match[0].match(/\n/g)?.length ?? 0);
      const lastLineStart = match[0].lastIndexOf('\n');
      const endCharacter = lastLineStart < 0 ? column + match[0].length : match[0].length - lastLineStart - 1;
      out.push({
        name: match[1]!.toLowerCase(),
        body: match[2]!,
        range: { start: { line, character: column }, end: { line: lastLine, character: endCharacter } },
        endLine: block.endLine,
        inline: block.inline === true,
      });
    }
  }
  return out;
}

function list(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** Parses `key=value; key=value` into a directive, or a message saying what is wrong. */
export function parseDirectiveBody(body: string, knownCodes: readonly string[]): TableDirective | string {
  const directive = { lower: [] as string[], higher: [] as string[], ignore: [] as string[], chart: false } as {
    -readonly [K in keyof TableDirective]: TableDirective[K];
  } & { lower: string[]; higher: string[]; ignore: string[] };
  const text = body.replace(/^\s*:/, '').trim();
  if (text === '') return 'empty directive: write key=value pairs separated by ";", for example lower=FID';
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!KEYS.includes(key)) return `unknown key "${key}"; known keys: ${KEYS.join(', ')}`;
    if (key === 'chart') {
      if (eq >= 0) return '"chart" takes no value';
      directive.chart = true;
      continue;
    }
    if (value === '') return `"${key}" needs a value`;
    switch (key) {
      case 'lower':
      case 'higher':
        directive[key].push(...list(value));
        break;
      case 'ignore': {
        const codes = list(value);
        const unknown = codes.filter((c) => !knownCodes.includes(c));
        if (unknown.length > 0) return `unknown check "${unknown[0]}" in ignore; checks are: ${knownCodes.join(', ')}`;
        directive.ignore.push(...codes);
        break;
      }
      case 'bold':
        if (value !== 'best' && value !== 'top2' && value !== 'none') return `bold must be best, top2 or none, not "${value}"`;
        directive.bold = value;
        break;
      case 'underline':
        if (value !== 'second' && value !== 'none') return `underline must be second or none, not "${value}"`;
        directive.underline = value;
        break;
      case 'tolerance': {
        const n = Number(value);
        if (value !== 'auto' && !(Number.isFinite(n) && n >= 0)) return `tolerance must be auto or a number ≥ 0, not "${value}"`;
        directive.tolerance = value === 'auto' ? 'auto' : n;
        break;
      }
      case 'tie': {
        const n = Number(value);
        if (!(Number.isFinite(n) && n >= 0 && n < 1)) return `tie must be a relative tolerance from 0 to below 1, not "${value}"`;
        directive.tie = n;
        break;
      }
    }
  }
  return directive;
}

/** Reads the directives of a document and ties each to its tables. */
export function readDirectives(blocks: readonly HtmlBlock[], tables: readonly Table[], knownCodes: readonly string[]): Directives {
  const perTable = new Map<number, TableDirective>();
  const disabled = new Map<number, Set<string>>();
  const problems: DirectiveProblem[] = [];
  const found = comments(blocks);
  if (found.length === 0) return { perTable, disabled, problems };

  // The first table starting at or after `line`, by binary search: tables are in order, and a
  // document may hold a directive before each of thousands of tables.
  const nextTable = (line: number) => {
    let lo = 0;
    let hi = tables.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tables[mid]!.startLine < line) lo = mid + 1;
      else hi = mid;
    }
    return lo < tables.length ? lo : -1;
  };
  // Disabled regions: codes switched off from a line on.
  const switches: Array<{ line: number; off: boolean; codes: string[] }> = [];
  for (const comment of found) {
    if (comment.inline) {
      problems.push({ range: comment.range, message: `This ${comment.name} comment is inside a paragraph, so it is not read: put it on a line of its own, with a blank line before it.` });
      continue;
    }
    if (comment.name === 'results-tables') {
      const parsed = parseDirectiveBody(comment.body, knownCodes);
      const index = nextTable(comment.endLine);
      if (typeof parsed === 'string') problems.push({ range: comment.range, message: `Invalid results-tables directive: ${parsed}.` });
      else if (index < 0) problems.push({ range: comment.range, message: 'This results-tables directive is not followed by any table, so it has no effect.' });
      else if (perTable.has(index)) problems.push({ range: comment.range, message: 'A second results-tables directive for the same table: merge them into one.' });
      else perTable.set(index, parsed);
    } else if (comment.name === 'results-tables-disable' || comment.name === 'results-tables-enable') {
      const codes = list(comment.body.replace(/\s+/g, ','));
      const unknown = codes.filter((c) => !knownCodes.includes(c));
      if (unknown.length > 0) {
        problems.push({ range: comment.range, message: `Invalid ${comment.name} directive: unknown check "${unknown[0]}"; checks are: ${knownCodes.join(', ')}.` });
        continue;
      }
      switches.push({ line: comment.endLine, off: comment.name === 'results-tables-disable', codes });
    } else {
      problems.push({ range: comment.range, message: `Unknown directive ${comment.name}; use results-tables:, results-tables-disable or results-tables-enable.` });
    }
  }
  // One sweep: switches and tables are both in document order, so each switch is applied once,
  // where it used to be applied again for every table after it (quadratic with many pairs).
  const off = new Set<string>();
  let applied = 0;
  let current: Set<string> | undefined;
  tables.forEach((table, index) => {
    let changed = false;
    for (; applied < switches.length && switches[applied]!.line <= table.startLine; applied++) {
      const s = switches[applied]!;
      const codes = s.codes.length > 0 ? s.codes : ['*'];
      if (s.off) codes.forEach((c) => off.add(c));
      else if (s.codes.length === 0) off.clear();
      else codes.forEach((c) => off.delete(c));
      changed = true;
    }
    // Tables under the same switches share one set.
    if (changed || current === undefined) current = off.size > 0 ? new Set(off) : undefined;
    if (current) disabled.set(index, current);
  });
  return { perTable, disabled, problems };
}
