/**
 * The table helpers on the table at the cursor: sort by the cursor's column, transpose, set
 * the column's decimals, move the column. Each command may be given its argument (the order,
 * the number of decimals) instead of asking, which scripts and tests use.
 */
import * as vscode from 'vscode';
import type { HelperResult } from '../core/format/locate';
import type { SortOrder } from '../core/format/sort';
import type { Table } from '../core/types';
import type { Doc } from '../core/format/write';
import { core } from './core';
import { applyToEditor, markdownEditor } from './editorEdits';
import { FORMAT_COMMANDS } from './formatCommandIds';

type Helper = (doc: Doc, table: Table, column: number) => HelperResult | Promise<HelperResult | undefined>;

/** Runs a helper on the table and column at the cursor of the active Markdown editor. */
async function runOnTable(helper: Helper): Promise<void> {
  const editor = markdownEditor();
  if (!editor) return;
  const version = editor.document.version;
  const position = editor.selection.active;
  const { columnAt, tableAt } = core();
  const found = tableAt(editor.document.getText(), position.line);
  if (!found) {
    void vscode.window.showInformationMessage('There is no table at the cursor.');
    return;
  }
  const result = await helper(found.doc, found.table, columnAt(found.table, position));
  if (!result) return;
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.error);
    return;
  }
  await applyToEditor(editor, result.edits, version);
}

async function askDecimals(): Promise<number | undefined> {
  const answer = await vscode.window.showInputBox({
    title: 'Decimals for the column at the cursor',
    prompt: 'Every number of the column is rounded or padded to this many places.',
    validateInput: (value) => (/^\d{1,2}$/.test(value.trim()) && Number(value) <= 20 ? undefined : 'A whole number from 0 to 20'),
  });
  return answer === undefined ? undefined : Number(answer.trim());
}

export function registerTableCommands(context: vscode.ExtensionContext): void {
  const sort = (order: SortOrder) => () => runOnTable((doc, table, column) => core().sortRows(doc, table, column, order));
  const move = (by: number) => () =>
    runOnTable((doc, table, column) => {
      const to = column + by;
      if (to < 0 || to >= table.columnCount) return { ok: false, error: `Column ${column + 1} is already the ${by < 0 ? 'first' : 'last'}.` };
      return core().moveColumn(doc, table, column, to);
    });
  context.subscriptions.push(
    vscode.commands.registerCommand(FORMAT_COMMANDS.sortBestFirst.id, sort('best-first')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.sortAscending.id, sort('ascending')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.sortDescending.id, sort('descending')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.transpose.id, () => runOnTable((doc, table) => core().transposeTable(doc, table))),
    vscode.commands.registerCommand(FORMAT_COMMANDS.setDecimals.id, (decimals?: unknown) =>
      runOnTable(async (doc, table, column) => {
        const places = typeof decimals === 'number' ? decimals : await askDecimals();
        return places === undefined ? undefined : core().setDecimals(doc, table, column, places);
      }),
    ),
    vscode.commands.registerCommand(FORMAT_COMMANDS.moveColumnLeft.id, move(-1)),
    vscode.commands.registerCommand(FORMAT_COMMANDS.moveColumnRight.id, move(1)),
  );
}
