/**
 * The extension: a thin adapter that feeds open Markdown documents to the core and publishes
 * what it finds.
 */
import type * as vscode from 'vscode';
import { DiagnosticsController } from './diagnostics';
import { registerFormatting } from './formatting';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(new DiagnosticsController());
  registerFormatting(context);
}

export function deactivate(): void {
  // Everything is disposed through the context's subscriptions.
}
