/**
 * Renders a rectangular grid as aligned Markdown rows through `markdown-table`, with a display
 * width function, the columns' alignment colons and the author's outer-pipe style. Cell text
 * is passed through untouched: escaped pipes, code spans and inline HTML stay byte for byte.
 */
import { markdownTable } from 'markdown-table';
import { splitRow } from '../detect/split';
import type { Align } from '../types';
import type { Grid, PipeStyle } from './grid';
import type { WidthFunction } from './width';

const ALIGN_OPTION: Readonly<Record<Align, string>> = { '': '', left: 'l', center: 'c', right: 'r' };

/** The delimiter cell GFM reads as `align`. */
const DELIMITER: Readonly<Record<Align, RegExp>> = {
  '': /^-+$/,
  left: /^:-+$/,
  right: /^-+:$/,
  center: /^:-+:$/,
};

/**
 * The rows of `grid` (header, delimiter, body), without container prefixes. Without leading
 * pipes no line starts with a space: four of them would make an indented code block.
 */
export function renderGrid(grid: Grid, style: PipeStyle, width: WidthFunction): string[] {
  const text = markdownTable([grid.header, ...grid.rows], {
    align: grid.aligns.map((align) => ALIGN_OPTION[align]),
    stringLength: width,
    delimiterStart: style.leading,
    delimiterEnd: style.trailing,
  });
  const lines = text.split('\n');
  return style.leading ? lines : lines.map((line) => line.replace(/^ +/, ''));
}

function cellsOf(line: string): string[] {
  return splitRow(line, 0, line.length).cells.map((cell) => line.slice(cell.start, cell.end));
}

function sameCells(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((text, i) => text === expected[i]);
}

/**
 * Whether rendered rows read back, line by line, as exactly the grid's cells and alignments,
 * and still open a table (a header with a pipe, a delimiter row that is not a list item).
 */
export function readsBackAs(rendered: readonly string[], grid: Grid): boolean {
  const [header, delimiter, ...body] = rendered;
  if (header === undefined || delimiter === undefined || body.length !== grid.rows.length) return false;
  if (!header.includes('|') || /^-\s/.test(delimiter)) return false;
  if (!sameCells(cellsOf(header), grid.header)) return false;
  const delimiters = cellsOf(delimiter);
  if (delimiters.length !== grid.aligns.length) return false;
  if (!delimiters.every((cell, i) => DELIMITER[grid.aligns[i]!].test(cell))) return false;
  return body.every((line, r) => sameCells(cellsOf(line), grid.rows[r]!));
}
