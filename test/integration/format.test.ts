/**
 * Formatting in a real VS Code: the Format Table command, Format Document with this extension
 * chosen as Markdown's default formatter, and pasting TSV as a table, each checked on the
 * resulting text. The expected texts are written by hand (the same cases as the unit tests).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllAndWait, EXTENSION_ID, waitFor } from './helpers';

/** Opens an untitled Markdown document in an editor, with the cursor at `line`. */
async function openMarkdown(content: string, line: number, character = 0): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(document);
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

/** Waits until the document's text is `expected`, showing the text last seen on failure. */
function waitForText(document: vscode.TextDocument, expected: string): Promise<true> {
  return waitFor('the expected text', () => (document.getText() === expected ? true : undefined), {
    events: [vscode.workspace.onDidChangeTextDocument],
    describe: () => JSON.stringify(document.getText()),
  });
}

const TWO_TABLES = [
  '> | run | loss |',
  '> |---|---|',
  '> | a | 0.31 |',
  '',
  'model | acc',
  '---|---:',
  'a | 0.9',
  '',
].join('\n');

describe('formatting', () => {
  afterEach(() => closeAllAndWait());

  it('Format Table aligns the table at the cursor only, keeping its blockquote prefix', async () => {
    const editor = await openMarkdown(TWO_TABLES, 1, 4);
    await vscode.commands.executeCommand('resultsTables.formatTable');
    await waitForText(editor.document, [
      '> | run | loss |',
      '> | --- | ---- |',
      '> | a   | 0.31 |',
      '',
      'model | acc',
      '---|---:',
      'a | 0.9',
      '',
    ].join('\n'));
  });

  describe('with Results Tables as the default Markdown formatter', () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    let previous: unknown;

    before(async () => {
      previous = config().inspect('defaultFormatter')?.globalLanguageValue;
      await config().update('defaultFormatter', EXTENSION_ID, vscode.ConfigurationTarget.Global, true);
    });

    after(async () => {
      await config().update('defaultFormatter', previous, vscode.ConfigurationTarget.Global, true);
    });

    it('Format Document aligns every table, keeps the outer-pipe style and alignment, and nothing else', async () => {
      const editor = await openMarkdown(`# Results\n\n${TWO_TABLES}\nText | with a pipe, not a table.\n`, 0);
      assert.equal(config().get('defaultFormatter'), EXTENSION_ID);
      await vscode.commands.executeCommand('editor.action.formatDocument');
      await waitForText(editor.document, [
        '# Results',
        '',
        '> | run | loss |',
        '> | --- | ---- |',
        '> | a   | 0.31 |',
        '',
        'model | acc',
        '----- | --:',
        'a     | 0.9',
        '',
        'Text | with a pipe, not a table.',
        '',
      ].join('\n'));
    });
  });

  it('Paste CSV/TSV as Table turns clipboard TSV into an aligned table at the cursor', async () => {
    const editor = await openMarkdown('Results:\n\n\n\nMore text\n', 2);
    await vscode.env.clipboard.writeText('Model\tAcc\nA\t0.9\nB|C\t85.25\n');
    await vscode.commands.executeCommand('resultsTables.pasteAsTable');
    await waitForText(editor.document, [
      'Results:',
      '',
      '| Model | Acc   |',
      '| ----- | ----- |',
      '| A     | 0.9   |',
      '| B\\|C  | 85.25 |',
      '',
      'More text',
      '',
    ].join('\n'));
  });
});
