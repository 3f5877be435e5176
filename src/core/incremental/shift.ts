/**
 * Moves what the core found by whole lines, for tables and findings below an edit that added or
 * removed lines: everything else about them is unchanged, so they are reused, not recomputed.
 */
import type { HtmlBlock } from '../detect/blocks';
import type { Cell, Finding, Range, Row, Table, TextEdit } from '../types';

function shiftRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}

function shiftRow(row: Row, delta: number): Row {
  return { ...row, line: row.line + delta, cells: row.cells.map((cell): Cell => ({ ...cell, line: cell.line + delta })) };
}

export function shiftTable(table: Table, delta: number): Table {
  return {
    ...table,
    startLine: table.startLine + delta,
    endLine: table.endLine + delta,
    header: shiftRow(table.header, delta),
    delimiter: shiftRow(table.delimiter, delta),
    rows: table.rows.map((row) => shiftRow(row, delta)),
  };
}

export function shiftHtmlBlock(block: HtmlBlock, delta: number): HtmlBlock {
  return { ...block, startLine: block.startLine + delta, endLine: block.endLine + delta };
}

function shiftEdit(edit: TextEdit, delta: number): TextEdit {
  return { ...edit, range: shiftRange(edit.range, delta) };
}

/** A finding moved by `delta` lines: its range, its evidence, and its fix's edits. */
export function shiftFinding(finding: Finding, delta: number): Finding {
  const moved: Finding = {
    ...finding,
    range: shiftRange(finding.range, delta),
    related: finding.related.map((related) => ({ ...related, range: shiftRange(related.range, delta) })),
  };
  if (!finding.fix) return moved;
  return { ...moved, fix: { ...finding.fix, edits: finding.fix.edits.map((edit) => shiftEdit(edit, delta)) } };
}
