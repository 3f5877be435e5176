/**
 * The oracle for "is this a table, and what are its cells": markdown-it 14 with `html: true`
 * and front matter hidden as VS Code's preview hides it (markdown-it-front-matter's rule,
 * inserted before `fence`), running its full `parse`, block and inline, read from its tokens.
 * Detection must agree with it on every document.
 */
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { detectTables } from '../../src/core/detect/detectTables';

/** A table as both sides describe it: line range and each row's cell contents (no delimiter). */
export interface ComparableTable {
  lines: [number, number];
  rows: string[][];
}

type Rule = (...args: unknown[]) => boolean;

function vscodeMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  let rule: Rule | undefined;
  const capture = { block: { ruler: { before: (_a: string, _b: string, r: Rule) => (rule = r) } } };
  (frontMatter as unknown as (md: unknown, cb: () => void) => void)(capture, () => undefined);
  md.block.ruler.before('fence', 'front_matter', rule as never, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  return md;
}

const md = vscodeMarkdownIt();

/** markdown-it's tables of `text`. */
export function oracleTables(text: string): ComparableTable[] {
  const tokens = md.parse(text, {});
  const tables: ComparableTable[] = [];
  let current: ComparableTable | undefined;
  let row: string[] | undefined;
  for (const token of tokens) {
    if (token.type === 'table_open') current = { lines: token.map as [number, number], rows: [] };
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'inline' && row) row.push(token.content);
    else if (token.type === 'tr_close' && current && row) {
      current.rows.push(row);
      row = undefined;
    } else if (token.type === 'table_close' && current) {
      tables.push(current);
      current = undefined;
    }
  }
  return tables;
}

/**
 * Our tables in the oracle's terms: rows padded or truncated to the header's width as
 * renderers do, `\|` unescaped and NUL made U+FFFD as markdown-it does to inline content.
 */
export function detectedTables(text: string): ComparableTable[] {
  return detectTables(text).map((table) => ({
    lines: [table.startLine, table.endLine],
    rows: [table.header, ...table.rows].map((row) =>
      Array.from({ length: table.columnCount }, (_, i) => (row.cells[i]?.text ?? '').replace(/\\\|/g, '|').replace(/\0/g, '\uFFFD')),
    ),
  }));
}
