/**
 * The CodeLens above each results table: "Chart · Format · N problems".
 */
import * as vscode from 'vscode';
import { core } from '../core';
import type { DocumentFindings } from '../documentFindings';
import { CHART_COMMANDS, CHART_SETTINGS, LENS_COMMANDS } from './ids';

export class ChartCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  /** The last lenses per document, kept while a large document is typed in. */
  private readonly last = new Map<string, vscode.CodeLens[]>();

  constructor(private readonly store: DocumentFindings) {}

  /** Asks VS Code for new lenses (after a settings change). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration(undefined, document.uri).get<boolean>(CHART_SETTINGS.codeLens.key, CHART_SETTINGS.codeLens.default)) return [];
    const { findings, current } = this.store.findings(document);
    const key = document.uri.toString();
    if (!current) return this.last.get(key) ?? [];
    const analysis = this.store.analysis(document);
    const charts = analysis ? core().chartsOf(analysis) : [];
    if (charts.length === 0 || token.isCancellationRequested) return [];
    const lenses = charts.flatMap(({ table }) => {
      const range = new vscode.Range(table.startLine, 0, table.startLine, 0);
      const inTable = findings.filter((f) => f.range.start.line >= table.startLine && f.range.start.line < table.endLine);
      const args = [document.uri, table.startLine];
      const problems = inTable.length === 0 ? 'No problems' : `${inTable.length} problem${inTable.length === 1 ? '' : 's'}`;
      return [
        new vscode.CodeLens(range, { title: 'Chart', command: CHART_COMMANDS.chartTable.id, arguments: args, tooltip: 'Chart this table beside the editor' }),
        new vscode.CodeLens(range, { title: 'Format', command: LENS_COMMANDS.formatTableAt, arguments: args, tooltip: 'Align this table' }),
        new vscode.CodeLens(range, inTable.length === 0 ? { title: problems, command: '' } : { title: problems, command: LENS_COMMANDS.showTableProblems, arguments: [document.uri, inTable[0]!.range.start.line, inTable[0]!.range.start.character], tooltip: 'Go to the first problem and show the Problems panel' }),
      ];
    });
    this.last.set(key, lenses);
    return lenses;
  }
}
