/**
 * A GFM table block rule for markdown-it that decides exactly what markdown-it 14's own rule
 * (`rules_block/table.mjs`) decides, which lines are a table, but records each row's place
 * instead of pushing a token for every cell. Those per-cell tokens were most of the garbage,
 * and so most of the time, of detection. The differential tests (`test/unit/differential.test.ts`
 * and `npm run fuzz:long`) compare the result with markdown-it's own parse on generated
 * documents; any difference is a bug here.
 */
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** Where one table row's text lies in markdown-it's normalised source. */
export interface RawRow {
  readonly line: number;
  /** Offset in the source of the row's text, after any container prefix. */
  readonly pos: number;
  readonly max: number;
}

/** What the rule records in the parse's `env`. */
export interface TableEnv {
  tables: RawRow[][];
}

/** markdown-it stops filling short rows after this many empty cells (markdown-it issue 1000). */
export const MAX_AUTOCOMPLETED_CELLS = 0x10000;

const PIPE = 0x7c;
const DASH = 0x2d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;

/** markdown-it's `isSpace`: a space or a tab. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Whether `String.prototype.trim` removes this character (WhiteSpace and LineTerminator). */
export function isTrimmed(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Number of cells markdown-it's `escapedSplit` gives for the trimmed text of `src[pos, max)`,
 * after dropping an empty first and last piece; -1 when the trimmed text is empty.
 */
function cellCount(src: string, pos: number, max: number): number {
  while (pos < max && isTrimmed(src.charCodeAt(pos))) pos++;
  while (max > pos && isTrimmed(src.charCodeAt(max - 1))) max--;
  if (pos === max) return -1;
  let pieces = 1;
  let escaped = false;
  for (let i = pos; i < max; i++) {
    const ch = src.charCodeAt(i);
    if (ch === PIPE && !escaped) pieces++;
    escaped = ch === BACKSLASH;
  }
  if (src.charCodeAt(pos) === PIPE) pieces--;
  // The last piece is empty when the text ends with an unescaped pipe (not the one just dropped).
  if (pieces > 0 && src.charCodeAt(max - 1) === PIPE && (max - 1 === pos || src.charCodeAt(max - 2) !== BACKSLASH)) pieces--;
  return pieces;
}

/** Columns of a delimiter row (`|:--|--:|`), or -1 when the line is not one. */
function delimiterColumns(state: StateBlock, line: number): number {
  let pos = state.bMarks[line]! + state.tShift[line]!;
  const max = state.eMarks[line]!;
  const src = state.src;
  if (pos + 1 >= max) return -1;
  const first = src.charCodeAt(pos);
  const second = src.charCodeAt(pos + 1);
  if (first !== PIPE && first !== DASH && first !== COLON) return -1;
  if (second !== PIPE && second !== DASH && second !== COLON && !isSpace(second)) return -1;
  // A dash then a space is a list item, not a delimiter row.
  if (first === DASH && isSpace(second)) return -1;
  for (let i = pos + 2; i < max; i++) {
    const ch = src.charCodeAt(i);
    if (ch !== PIPE && ch !== DASH && ch !== COLON && !isSpace(ch)) return -1;
  }
  // Split on every pipe; each piece, trimmed, is `:?-+:?`, and only the first and last may be empty.
  let columns = 0;
  let index = 0;
  while (true) {
    let end = pos;
    while (end < max && src.charCodeAt(end) !== PIPE) end++;
    let a = pos;
    let b = end;
    while (a < b && isSpace(src.charCodeAt(a))) a++;
    while (b > a && isSpace(src.charCodeAt(b - 1))) b--;
    const last = end === max;
    if (a === b) {
      if (index !== 0 && !last) return -1;
    } else {
      if (src.charCodeAt(a) === COLON) a++;
      if (b > a && src.charCodeAt(b - 1) === COLON) b--;
      if (a === b) return -1;
      for (let i = a; i < b; i++) if (src.charCodeAt(i) !== DASH) return -1;
      columns++;
    }
    if (last) break;
    pos = end + 1;
    index++;
  }
  return columns;
}

/**
 * The rule: same signature and result as markdown-it's `table`; in non-silent mode it records
 * the table's rows in `state.env.tables` and pushes only `table_open` and `table_close`.
 */
export function tableRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine + 2 > endLine) return false;
  const delimiterLine = startLine + 1;
  if (state.sCount[delimiterLine]! < state.blkIndent) return false;
  if (state.sCount[delimiterLine]! - state.blkIndent >= 4) return false;
  const aligns = delimiterColumns(state, delimiterLine);
  if (aligns < 0) return false;

  const headerPos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const headerMax = state.eMarks[startLine]!;
  let pipe = headerPos;
  while (pipe < headerMax && state.src.charCodeAt(pipe) !== PIPE) pipe++;
  if (pipe === headerMax) return false;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const columnCount = cellCount(state.src, headerPos, headerMax);
  if (columnCount <= 0 || columnCount !== aligns) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = 'table' as typeof state.parentType;
  const terminators = state.md.block.ruler.getRules('blockquote');
  const rows: RawRow[] = [
    { line: startLine, pos: headerPos, max: headerMax },
    { line: delimiterLine, pos: state.bMarks[delimiterLine]! + state.tShift[delimiterLine]!, max: state.eMarks[delimiterLine]! },
  ];
  let autocompleted = 0;
  let nextLine = startLine + 2;
  for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine]! < state.blkIndent) break;
    let terminate = false;
    for (const rule of terminators) {
      if (rule(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
    const pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    const max = state.eMarks[nextLine]!;
    const count = cellCount(state.src, pos, max);
    if (count < 0) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    autocompleted += columnCount - count;
    if (autocompleted > MAX_AUTOCOMPLETED_CELLS) break;
    rows.push({ line: nextLine, pos, max });
  }
  (state.env as TableEnv).tables.push(rows);
  state.push('table_open', 'table', 1).map = [startLine, nextLine];
  state.push('table_close', 'table', -1);
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
