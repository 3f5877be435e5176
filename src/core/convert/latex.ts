/**
 * A table as a LaTeX `tabular` with booktabs rules: `\toprule`, the header, `\midrule`, the
 * body (a second `\midrule` before trailing summary rows such as `Average`), `\bottomrule`.
 * Bold becomes `\textbf`, underline `\underline`, italic `\textit`, code `\texttt`; the
 * characters LaTeX reserves are escaped; `$…$` math is kept as written.
 */
import type { Align } from '../types';
import type { Grid } from '../format/grid';
import { cellRuns, type Run } from './inline';

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '|': '\\textbar{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '±': '$\\pm$',
  '−': '$-$',
  '×': '$\\times$',
  '↑': '$\\uparrow$',
  '↓': '$\\downarrow$',
};

/** Escapes text for LaTeX's text mode. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}%&_#$~^|<>±−×↑↓]/g, (ch) => SPECIAL[ch]!);
}

function runLatex(run: Run): string {
  let out = run.kind === 'math' ? run.text : run.kind === 'code' ? `\\texttt{${escapeLatex(run.text)}}` : escapeLatex(run.text);
  if (run.kind === 'math') return out;
  if (run.underline) out = `\\underline{${out}}`;
  if (run.italic) out = `\\textit{${out}}`;
  if (run.bold) out = `\\textbf{${out}}`;
  return out;
}

/** One cell in LaTeX. */
export function cellLatex(source: string): string {
  return cellRuns(source).map(runLatex).join('').replace(/\s+/g, ' ').trim();
}

const SPEC: Readonly<Record<Align, string>> = { '': 'l', left: 'l', center: 'c', right: 'r' };

export interface LatexOptions {
  /** Which body rows are summary rows; a rule is drawn above those at the bottom. */
  readonly summaryRows?: readonly boolean[];
  readonly eol?: string;
}

/** The grid as a booktabs `tabular`. */
export function toLatex(grid: Grid, options: LatexOptions = {}): string {
  const eol = options.eol ?? '\n';
  const row = (cells: readonly string[]): string => `${cells.map(cellLatex).join(' & ')} \\\\`;
  const summary = options.summaryRows ?? [];
  let firstSummary = grid.rows.length;
  while (firstSummary > 0 && summary[firstSummary - 1]) firstSummary--;
  const lines = [`\\begin{tabular}{${grid.aligns.map((a) => SPEC[a]).join('')}}`, '\\toprule', row(grid.header), '\\midrule'];
  grid.rows.forEach((cells, i) => {
    if (i === firstSummary && i > 0) lines.push('\\midrule');
    lines.push(row(cells));
  });
  lines.push('\\bottomrule', '\\end{tabular}');
  return lines.map((line) => line + eol).join('');
}
