/**
 * Splits one table line into cells the way markdown-it's GFM table rule does
 * (`escapedSplit` in `rules_block/table.mjs`), but keeps every cell's source offsets.
 *
 * markdown-it trims the line, splits on every `|` not directly preceded by a backslash (it does
 * not count backslash pairs, and pipes inside code spans split too, as GFM says), then drops
 * one empty cell at each end (the outer pipes).
 */
import { isTrimmed } from './tableRule';

/** A cell's place in the line: offsets of the text between its pipes, and of its trimmed text. */
export interface CellSpan {
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly start: number;
  readonly end: number;
}

/** The cells of a line and where its trimmed text starts and ends. */
export interface SplitLine {
  readonly textStart: number;
  readonly textEnd: number;
  readonly cells: CellSpan[];
}

const PIPE = 0x7c;
const BACKSLASH = 0x5c;


/** Offset of the first non-whitespace character at or after `from`, before `to`. */
function skipStart(line: string, from: number, to: number): number {
  let i = from;
  while (i < to && isTrimmed(line.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-whitespace character before `to`, not before `from`. */
function skipEnd(line: string, from: number, to: number): number {
  let i = to;
  while (i > from && isTrimmed(line.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Splits `line` from `from` to `to` (the row's text after any container prefix) into cells.
 */
export function splitRow(line: string, from: number, to: number): SplitLine {
  const textStart = skipStart(line, from, to);
  const textEnd = skipEnd(line, textStart, to);
  // Pieces between pipes as flat [start, end, start, end, …] offsets: no pair objects.
  const bounds: number[] = [];
  let last = textStart;
  let escaped = false;
  for (let pos = textStart; pos < textEnd; pos++) {
    const ch = line.charCodeAt(pos);
    if (ch === PIPE && !escaped) {
      bounds.push(last, pos);
      last = pos + 1;
    }
    escaped = ch === BACKSLASH;
  }
  bounds.push(last, textEnd);
  // markdown-it drops the first and last piece only when they are empty (outer pipes).
  let first = 0;
  let end = bounds.length;
  if (bounds[0] === bounds[1]) first = 2;
  if (end > first && bounds[end - 2] === bounds[end - 1]) end -= 2;
  const cells: CellSpan[] = [];
  for (let i = first; i < end; i += 2) {
    const rawStart = bounds[i]!;
    const rawEnd = bounds[i + 1]!;
    const start = skipStart(line, rawStart, rawEnd);
    cells.push({ rawStart, rawEnd, start, end: start === rawEnd ? start : skipEnd(line, start, rawEnd) });
  }
  return { textStart, textEnd, cells };
}
