/**
 * Quick fixes, fix-all, hovers, settings and directives in a real VS Code. The expected texts
 * are written by hand, as in test/unit/fixes.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllAndWait, codeOf, ourDiagnostics, waitFor, waitForDiagnostics } from './helpers';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** Bold on 71.0, but 72.4 is the best Acc: one bold-not-best and one best-not-bold. */
const WRONG_BOLD = lines('| Method | Acc |', '|---|---|', '| A | **71.0** |', '| B | 72.4 |', '| C | 70.1 |');
const RIGHT_BOLD = lines('| Method | Acc |', '|---|---|', '| A | 71.0 |', '| B | **72.4** |', '| C | 70.1 |');

async function openMarkdown(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

/**
 * Polls an asynchronous probe until it returns something other than `undefined`, with a
 * deadline (the workbench's markers, which code actions read, arrive after the diagnostics).
 */
async function pollFor<T>(what: string, probe: () => Promise<T | undefined>, describe: () => string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The code actions VS Code offers at `range`, once `accept` holds. */
function codeActionsAt(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean, kind?: string): Promise<vscode.CodeAction[]> {
  let last: vscode.CodeAction[] = [];
  return pollFor(
    'code actions',
    async () => {
      last = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
      return accept(last) ? last : undefined;
    },
    () => last.map((a) => a.title).join(' | '),
  );
}

async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

function waitForText(document: vscode.TextDocument, expected: string): Promise<true> {
  return waitFor('the expected text', () => (document.getText() === expected ? true : undefined), {
    events: [vscode.workspace.onDidChangeTextDocument],
    describe: () => JSON.stringify(document.getText()),
  });
}

describe('quick fixes and fix-all', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('resultsTables').update('checks', undefined, vscode.ConfigurationTarget.Global);
    await closeAllAndWait();
  });

  it('offers one preferred fix for the group and applies it', async () => {
    const editor = await openMarkdown(WRONG_BOLD);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'two bold findings', (d) => d.length === 2);
    assert.deepEqual(diagnostics.map(codeOf).sort(), ['best-not-bold', 'bold-not-best']);
    const actions = await codeActionsAt(uri, diagnostics.find((d) => codeOf(d) === 'bold-not-best')!.range, (a) => a.some((x) => x.title.startsWith('Bold the best')));
    const fix = actions.find((a) => a.title === 'Bold the best Acc: 72.4');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, 'quickfix');
    await applyAction(fix);
    await waitForText(editor.document, RIGHT_BOLD);
    await waitForDiagnostics(uri, 'no findings after the fix', (d) => d.length === 0);
  });

  it('replaces a wrong average, keeping its bold', async () => {
    // (90.0 + 80.0 + 70.5) / 3 = 80.1667 -> 80.2.
    const text = lines('| Model | Acc |', '|---|---|', '| a | 90.0 |', '| b | 80.0 |', '| c | 70.5 |', '| Average | **85.0** |');
    const editor = await openMarkdown(text);
    const [diagnostic] = await waitForDiagnostics(editor.document.uri, 'the average finding', (d) => d.length === 1);
    const actions = await codeActionsAt(editor.document.uri, diagnostic!.range, (a) => a.length > 0);
    const fix = actions.find((a) => a.title === 'Replace 85.0 with the mean 80.2');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await applyAction(fix);
    await waitForText(editor.document, text.replace('**85.0**', '**80.2**'));
  });

  it('runs source.fixAll.resultsTables on save through editor.codeActionsOnSave', async () => {
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'fix-on-save.md');
    await vscode.workspace.fs.writeFile(file, Buffer.from(WRONG_BOLD));
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await config.update('codeActionsOnSave', { 'source.fixAll.resultsTables': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const document = await vscode.workspace.openTextDocument(file);
      const editor = await vscode.window.showTextDocument(document);
      await waitForDiagnostics(file, 'two bold findings', (d) => d.length === 2);
      await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), '\n'));
      assert.ok(await document.save());
      await waitForText(document, `${RIGHT_BOLD}\n`);
      const saved = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
      assert.equal(saved, `${RIGHT_BOLD}\n`);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      await vscode.workspace.fs.delete(file);
    }
  });

  it('shows the rank, the best value and the direction in a hover', async () => {
    const editor = await openMarkdown(WRONG_BOLD);
    // On "71.0" in row A: rank 2 of 3, best 72.4 (row B), 1.4 higher.
    let seen = '';
    const hovers = await pollFor(
      'a hover with a rank',
      async () => {
        const found = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(2, 9))) ?? [];
        seen = found.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join(' | ');
        const ours = found.filter((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('Rank')));
        return ours.length > 0 ? ours : undefined;
      },
      () => seen,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n');
    assert.match(text, /\*\*Rank 2 of 3\*\*/);
    assert.match(text, /Best: 72\.4 \(B\), 1\.4 higher\./);
    assert.match(text, /Direction: higher is better \(the default\)\./);
  });

  it('follows a settings change', async () => {
    const editor = await openMarkdown(WRONG_BOLD);
    await waitForDiagnostics(editor.document.uri, 'two bold findings', (d) => d.length === 2);
    await vscode.workspace.getConfiguration('resultsTables').update('checks', { 'best-not-bold': 'off', 'bold-not-best': 'error' }, vscode.ConfigurationTarget.Global);
    const after = await waitForDiagnostics(editor.document.uri, 'one error', (d) => d.length === 1);
    assert.equal(codeOf(after[0]!), 'bold-not-best');
    assert.equal(after[0]!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('follows a directive typed into the document, and reports an invalid one', async () => {
    const editor = await openMarkdown(WRONG_BOLD);
    await waitForDiagnostics(editor.document.uri, 'two bold findings', (d) => d.length === 2);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '<!-- results-tables: lower=Acc -->\n'));
    // Lower is better now: 70.1 is the best, so 71.0 bold is wrong and 70.1 is not bold.
    const lower = await waitForDiagnostics(editor.document.uri, 'findings for lower-is-better', (d) => d.some((x) => x.message.includes('70.1 is the best')));
    assert.deepEqual(lower.map(codeOf).sort(), ['best-not-bold', 'bold-not-best']);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, 34), '<!-- results-tables: lowr=Acc -->'));
    const invalid = await waitForDiagnostics(editor.document.uri, 'an invalid directive', (d) => d.some((x) => codeOf(x) === 'invalid-directive'));
    assert.match(invalid.find((x) => codeOf(x) === 'invalid-directive')!.message, /unknown key "lowr"/);
    assert.equal(ourDiagnostics(editor.document.uri).length, 3);
  });
});
