/**
 * Finds every GFM table in a Markdown document exactly as VS Code's preview does: with
 * markdown-it and `{ html: true }`, front matter hidden. markdown-it's block phase decides what is
 * a table (so nothing inside code, HTML blocks, comments or front matter counts, and tables in
 * lists and blockquotes do); a table rule equal to markdown-it's records which lines each table
 * took and where each row's text starts after the container prefix (`blocks.ts`), and
 * `splitRow` recovers the cells' source offsets.
 */
import type { Align, Cell, Row, Table } from '../types';
import { parseBlocks, type HtmlBlock, type RawRow } from './blocks';
import { splitLines } from './lines';
import { splitRow } from './split';

export type { HtmlBlock };

function alignOf(text: string): Align {
  const left = text.startsWith(':');
  const right = text.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return '';
}

/** A row from its raw place; `lineOffset` is the document line of the parsed source's line 0. */
function toRow(lines: readonly string[], lineStarts: readonly number[], raw: RawRow, lineOffset: number): Row {
  const lineText = lines[raw.line]!;
  const base = lineStarts[raw.line]!;
  const split = splitRow(lineText, raw.pos - base, raw.max - base);
  const line = raw.line + lineOffset;
  const cells: Cell[] = split.cells.map((span) => ({
    text: lineText.slice(span.start, span.end),
    line,
    rawStart: span.rawStart,
    rawEnd: span.rawEnd,
    start: span.start,
    end: span.end,
  }));
  return { line, textStart: split.textStart, textEnd: split.textEnd, cells };
}

/** Offsets at which each line starts in markdown-it's normalised source (breaks become `\n`). */
export function normalisedLineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  return starts;
}

/** What detection sees in a document: its tables and its HTML blocks (for directives). */
export interface ScannedDocument {
  /** The document's lines, as `splitLines` gives them: the scan has split them already. */
  readonly lines: string[];
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
  const { lines, source } = normalise(text);
  const parsed = parseBlocks(source);
  if (parsed.tables.length === 0) return { lines, tables: [], htmlBlocks: parsed.htmlBlocks };
  const starts = normalisedLineStarts(lines);
  return { lines, tables: parsed.tables.map((rawRows) => toTable(lines, starts, rawRows)), htmlBlocks: parsed.htmlBlocks };
}

/**
 * The document's lines, and the source markdown-it's core would parse: line breaks made `\n`,
 * NUL made U+FFFD (both keep every offset).
 */
export function normalise(text: string): { lines: string[]; source: string } {
  if (text.indexOf('\r') < 0) {
    const lines = text.split('\n');
    return { lines, source: text.indexOf('\0') < 0 ? text : text.replace(/\0/g, '\uFFFD') };
  }
  const lines = splitLines(text);
  const joined = lines.join('\n');
  return { lines, source: joined.indexOf('\0') < 0 ? joined : joined.replace(/\0/g, '\uFFFD') };
}

/**
 * A table from its raw rows; `lines` and `starts` (their offsets) are those of the parsed
 * source, whose line 0 is the document's line `lineOffset`.
 */
export function toTable(lines: readonly string[], starts: readonly number[], rawRows: readonly RawRow[], lineOffset = 0): Table {
  const rows = rawRows.map((raw) => toRow(lines, starts, raw, lineOffset));
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
}
