/**
 * The extension: a thin adapter that feeds open Markdown documents to the core and publishes
 * what it finds, with quick fixes and hovers.
 */
import * as vscode from 'vscode';
import { registerCharts, type ChartsApi } from './chart/register';
import { ResultsTablesCodeActions } from './codeActions';
import { DiagnosticsController } from './diagnostics';
import { DocumentFindings } from './documentFindings';
import { DocumentWork } from './documentWork';
import { registerFormatting } from './formatting';
import { ResultsTablesHover } from './hover';
import { CoreWorker } from './coreWorker';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): ChartsApi {
  // Long work on large documents runs in one worker thread, started on first use.
  const worker = new CoreWorker(context.extensionPath);
  const work = new DocumentWork(worker);
  // Every provider reads findings from one store, computed once per document version.
  const store = new DocumentFindings(worker);
  context.subscriptions.push(
    worker,
    store,
    new DiagnosticsController(store),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ResultsTablesCodeActions(store, work), ResultsTablesCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new ResultsTablesHover(store)),
  );
  registerFormatting(context, work);
  return registerCharts(context, store);
}

export function deactivate(): void {
  // Everything is disposed through the context's subscriptions.
}
