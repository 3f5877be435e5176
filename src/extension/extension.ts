/**
 * The extension: a thin adapter that feeds open Markdown documents to the core and publishes
 * what it finds, with quick fixes and hovers.
 */
import * as vscode from 'vscode';
import { registerCharts, type ChartsApi } from './chart/register';
import { ResultsTablesCodeActions } from './codeActions';
import { DiagnosticsController } from './diagnostics';
import { registerFormatting } from './formatting';
import { ResultsTablesHover } from './hover';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): ChartsApi {
  context.subscriptions.push(
    new DiagnosticsController(),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ResultsTablesCodeActions(), ResultsTablesCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new ResultsTablesHover()),
  );
  registerFormatting(context);
  return registerCharts(context);
}

export function deactivate(): void {
  // Everything is disposed through the context's subscriptions.
}
