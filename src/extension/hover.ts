/**
 * Hover on a results-table cell: what the checker understood about it (rank, best value and
 * gap, direction and why; for a summary, the computed mean and tolerance; for a skipped cell,
 * why). The text comes from the core.
 */
import * as vscode from 'vscode';
import { core } from './core';
import type { DocumentFindings } from './documentFindings';

export class ResultsTablesHover implements vscode.HoverProvider {
  constructor(private readonly store: DocumentFindings) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.store.analysis(document);
    const model = analysis?.models.find((m) => position.line >= m.table.startLine && position.line < m.table.endLine);
    if (!model) return undefined;
    const { cellAt, describeCell } = core();
    const ref = cellAt(model, position);
    if (!ref) return undefined;
    const lines = describeCell(model, ref);
    if (lines.length === 0) return undefined;
    const cell = model.table.rows[ref.row]!.cells[ref.column]!;
    const markdown = new vscode.MarkdownString(lines.join('\n\n'));
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(cell.line, cell.start, cell.line, cell.end));
  }
}
