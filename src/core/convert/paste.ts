/**
 * Turns CSV or TSV (cells copied from a spreadsheet) into a Markdown table: the first record is
 * the header, short records are padded, cells are trimmed, `|` is escaped as `\|` and a line
 * break inside a cell becomes `<br>`. The table is rendered aligned, with outer pipes and no
 * alignment colons.
 */
import type { Grid } from '../format/grid';
import { readsBackAs, renderGrid } from '../format/render';
import { displayWidth, type WidthFunction } from '../format/width';
import { parseDelimited, type Delimiter } from './parseDelimited';
import { maxOf } from '../values/extent';

export interface PasteOptions {
  readonly delimiter?: Delimiter;
  readonly width?: WidthFunction;
}

function markdownCell(text: string): string {
  return text.trim().replace(/\r\n|\r|\n/g, '<br>').replace(/\|/g, '\\|');
}

/** The grid a CSV or TSV text makes; undefined when it holds no cell. */
export function delimitedGrid(text: string, options: PasteOptions = {}): Grid | undefined {
  const records = parseDelimited(text, options.delimiter).map((record) => record.map(markdownCell));
  while (records.length > 0 && records[records.length - 1]!.every((cell) => cell === '')) records.pop();
  if (records.length === 0) return undefined;
  const width = maxOf(records.map((record) => record.length));
  const padded = records.map((record) => [...record, ...new Array<string>(width - record.length).fill('')]);
  return { header: padded[0]!, aligns: padded[0]!.map(() => ''), rows: padded.slice(1) };
}

/** The Markdown table's lines, without line breaks; undefined when the text holds no cell. */
export function delimitedToMarkdown(text: string, options: PasteOptions = {}): string[] | undefined {
  const grid = delimitedGrid(text, options);
  if (!grid) return undefined;
  const lines = renderGrid(grid, { leading: true, trailing: true }, options.width ?? displayWidth);
  if (!readsBackAs(lines, grid)) throw new Error('delimitedToMarkdown: the table does not read back');
  return lines;
}
