/**
 * Pipes that the author almost certainly meant inside a code span. GFM splits a row on every
 * pipe not preceded by a backslash, even inside backticks, so `` `a | b` `` becomes two cells,
 * "`a" and "b`", and neither shows a code span. Such a pipe is found by reading the whole row
 * as one inline: a code span there that holds an unescaped pipe, whose opening and closing
 * backticks each stay unmatched inside their own cell.
 */
import type { Row } from '../types';

/** A code span: offsets of its opening and closing backtick strings and their length. */
interface Span {
  readonly open: number;
  readonly close: number;
  readonly length: number;
}

function runLength(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && text.charCodeAt(end) === 0x60) end++;
  return end - at;
}

/** Code spans between `from` and `to`, as CommonMark pairs backtick strings. */
function codeSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let i = from;
  while (i < to) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) {
      i += 2;
      continue;
    }
    if (ch !== 0x60) {
      i++;
      continue;
    }
    const length = runLength(text, i, to);
    let j = i + length;
    let close = -1;
    while (j < to) {
      if (text.charCodeAt(j) !== 0x60) {
        j++;
        continue;
      }
      const m = runLength(text, j, to);
      if (m === length) {
        close = j;
        break;
      }
      j += m;
    }
    if (close < 0) {
      i += length;
      continue;
    }
    spans.push({ open: i, close, length });
    i = close + length;
  }
  return spans;
}

/** Offsets of the backtick strings that open or close a code span inside each cell. */
function matchedInCells(line: string, row: Row): Set<number> {
  const matched = new Set<number>();
  for (const cell of row.cells) {
    for (const span of codeSpans(line, cell.rawStart, cell.rawEnd)) {
      matched.add(span.open);
      matched.add(span.close);
    }
  }
  return matched;
}

/** Offsets (in `line`) of the unescaped pipes that split a code span of `row`. */
export function pipesInCodeSpans(line: string, row: Row): number[] {
  if (!line.includes('`')) return [];
  const matched = matchedInCells(line, row);
  const pipes: number[] = [];
  for (const span of codeSpans(line, row.textStart, row.textEnd)) {
    if (matched.has(span.open) || matched.has(span.close)) continue;
    for (let k = span.open + span.length; k < span.close; k++) {
      if (line.charCodeAt(k) === 0x7c && line.charCodeAt(k - 1) !== 0x5c) pipes.push(k);
    }
  }
  return pipes;
}
