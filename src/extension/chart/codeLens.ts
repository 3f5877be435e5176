/**
 * The CodeLens above each results table: "Chart · Format · N problems".
 */
import * as vscode from 'vscode';
import { checkDocument } from '../../core/check';
import { documentCharts } from '../../core/chart/documentCharts';
import { readOptions } from '../settings';
import { CHART_COMMANDS, CHART_SETTINGS, LENS_COMMANDS } from './ids';

export class ChartCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  /** Asks VS Code for new lenses (after a settings change). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration(undefined, document.uri).get<boolean>(CHART_SETTINGS.codeLens.key, CHART_SETTINGS.codeLens.default)) return [];
    const text = document.getText();
    const options = readOptions(document.uri);
    const charts = documentCharts(text, options);
    if (charts.length === 0 || token.isCancellationRequested) return [];
    const findings = checkDocument(text, options);
    return charts.flatMap(({ table }) => {
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
  }
}
