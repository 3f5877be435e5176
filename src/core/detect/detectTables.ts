/**
 * Finds every GFM table in a Markdown document exactly as VS Code's preview does: with
 * markdown-it and `{ html: true }`. markdown-it decides what is a table (so nothing inside code,
 * HTML blocks, comments or front matter counts, and tables in lists and blockquotes do); a
 * wrapper around its table rule records which lines each table took and where each row's text
 * starts after the container prefix, and `splitRow` recovers the cells' source offsets.
 */
import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import tableRule from 'markdown-it/lib/rules_block/table.mjs';
import type { Align, Cell, Row, Table } from '../types';
import { frontMatterLines } from './frontMatter';
import { splitLines } from './lines';
import { splitRow } from './split';

/** Where one table row's text lies in markdown-it's normalised source. */
interface RawRow {
  line: number;
  /** Offset in the normalised source of the row's text, after any container prefix. */
  pos: number;
  max: number;
}

interface Env {
  tables: RawRow[][];
}

function recordingTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!tableRule(state, startLine, endLine, silent)) return false;
  if (silent) return true;
  const rows: RawRow[] = [];
  for (let line = startLine; line < state.line; line++) {
    rows.push({ line, pos: state.bMarks[line]! + state.tShift[line]!, max: state.eMarks[line]! });
  }
  (state.env as Env).tables.push(rows);
  return true;
}

let parser: MarkdownIt | undefined;

/** A markdown-it that runs only the block phase: inline parsing cannot change what a table is. */
function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true });
    parser.block.ruler.at('table', recordingTable, { alt: ['paragraph', 'reference'] });
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  }
  return parser;
}

function alignOf(text: string): Align {
  const left = text.startsWith(':');
  const right = text.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return '';
}

function toRow(lines: readonly string[], lineStarts: readonly number[], raw: RawRow): Row {
  const lineText = lines[raw.line]!;
  const base = lineStarts[raw.line]!;
  const split = splitRow(lineText, raw.pos - base, raw.max - base);
  const cells: Cell[] = split.cells.map((span) => ({
    text: lineText.slice(span.start, span.end),
    line: raw.line,
    ...span,
  }));
  return { line: raw.line, textStart: split.textStart, textEnd: split.textEnd, cells };
}

/** Offsets at which each line starts in markdown-it's normalised source (breaks become `\n`). */
function normalisedLineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  return starts;
}

/** An HTML block (a comment, for instance) and the lines it takes, `[start, end)`. */
export interface HtmlBlock {
  readonly startLine: number;
  readonly endLine: number;
  readonly content: string;
}

/** What detection sees in a document: its tables and its HTML blocks (for directives). */
export interface ScannedDocument {
  readonly tables: Table[];
  readonly htmlBlocks: HtmlBlock[];
}

/**
 * Every table in `text`, in document order.
 */
export function detectTables(text: string): Table[] {
  return scanDocument(text).tables;
}

/**
 * Every table and every HTML block of `text`, in document order, from one parse.
 */
export function scanDocument(text: string): ScannedDocument {
  const lines = splitLines(text);
  const skipped = frontMatterLines(lines);
  const source = skipped === 0 ? lines : lines.map((line, i) => (i < skipped ? '' : line));
  const env: Env = { tables: [] };
  const tokens = blockParser().parse(source.join('\n'), env);
  const htmlBlocks: HtmlBlock[] = [];
  for (const token of tokens) {
    if (token.type === 'html_block' && token.map) {
      htmlBlocks.push({ startLine: token.map[0], endLine: token.map[1], content: token.content });
    }
  }
  if (env.tables.length === 0) return { tables: [], htmlBlocks };
  const starts = normalisedLineStarts(lines);
  const tables = env.tables.map((rawRows) => {
    const rows = rawRows.map((raw) => toRow(lines, starts, raw));
    const header = rows[0]!;
    const delimiter = rows[1]!;
    return {
      startLine: header.line,
      endLine: rows[rows.length - 1]!.line + 1,
      header,
      delimiter,
      aligns: delimiter.cells.map((cell) => alignOf(cell.text)),
      rows: rows.slice(2),
      columnCount: header.cells.length,
    };
  });
  return { tables, htmlBlocks };
}
