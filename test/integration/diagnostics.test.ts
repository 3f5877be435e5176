/**
 * Diagnostics: the extension shows exactly what the CLI reports, keeps it current while the
 * document is edited, and removes it when the document closes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  closeAllAndWait,
  codeOf,
  describeCliFinding,
  describeDiagnostic,
  open,
  ourDiagnostics,
  replace,
  runCli,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

/** The real README has 23 findings, worked out by hand in test/unit/realReadme.test.ts. */
const README_FINDINGS = 23;

describe('diagnostics', () => {
  const readme = workspaceUri('README.md');

  afterEach(() => closeAllAndWait(readme));

  it(`match the CLI on the real README: ${README_FINDINGS} findings, same codes, ranges, severities and messages`, async () => {
    const cli = await runCli(readme.fsPath);
    assert.equal(cli.exitCode, 1, 'the CLI exits 1 when it finds problems');
    assert.equal(cli.findings.length, README_FINDINGS);
    await open(readme);
    const diagnostics = await waitForDiagnostics(readme, `${README_FINDINGS} diagnostics`, (d) => d.length === README_FINDINGS);
    assert.deepEqual(diagnostics.map(describeDiagnostic).sort(), cli.findings.map(describeCliFinding).sort());
  });

  it('link each code to its documentation and point at the evidence', async () => {
    await open(readme);
    const diagnostics = await waitForDiagnostics(readme, 'diagnostics', (d) => d.length === README_FINDINGS);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code !== null, `code of ${describeDiagnostic(diagnostic)} has no link`);
      assert.equal(code.target.fragment, String(code.value));
    }
    const boldNotBest = diagnostics.filter((d) => codeOf(d) === 'bold-not-best');
    assert.ok(boldNotBest.length > 0);
    for (const diagnostic of boldNotBest) {
      const related = diagnostic.relatedInformation ?? [];
      assert.ok(related.length > 0, `${describeDiagnostic(diagnostic)} names no best cell`);
      assert.equal(related[0]?.location.uri.toString(), readme.toString());
    }
  });

  it('update when a cell is edited, and match the CLI on the edited text', async () => {
    const editor = await open(readme);
    const before = await waitForDiagnostics(readme, 'diagnostics', (d) => d.length === README_FINDINGS);
    // The README says the Average DRAEM AUC is 92.2; the mean of its rows is 92.460: write 92.5.
    const average = before.find((d) => codeOf(d) === 'average-mismatch' && d.message.startsWith('Average DRAEM AUC is 92.2,'));
    assert.ok(average, `no average-mismatch for DRAEM AUC among: ${before.map(describeDiagnostic).join('\n')}`);
    assert.equal(editor.document.getText(average.range), '92.2');
    await replace(editor.document, average.range, '92.5');

    const after = await waitForDiagnostics(readme, 'the fixed average to disappear', (d) => d.length === README_FINDINGS - 1);
    assert.ok(!after.some((d) => d.range.isEqual(average.range) && codeOf(d) === 'average-mismatch'));

    const edited = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'results-tables-edited-')), 'README.md');
    fs.writeFileSync(edited, editor.document.getText());
    const cli = await runCli(edited);
    assert.deepEqual(after.map(describeDiagnostic).sort(), cli.findings.map(describeCliFinding).sort());

    // Breaking a row adds a finding again: the update is not one-way.
    await replace(editor.document, new vscode.Range(average.range.start, average.range.end), '92.5 | 1');
    await waitForDiagnostics(readme, 'a ragged-row finding after adding a cell', (d) => d.some((x) => codeOf(x) === 'ragged-row' && x.range.start.line === average.range.start.line));
  });

  it('are re-checked as you type in a CRLF document whose size, a line break counting one, is the typing limit', async () => {
    // Five lines of 11, 9, 15, 11 and 11 characters: 57, plus 4 line breaks, makes 61 with LF
    // and 65 with CRLF. The limit is set to 61, so the document is small, as the preview
    // plugin measures it too (markdown-it's source has LF line breaks).
    const rows = ['| M | Acc |', '|---|---|', '| A | **1.0** |', '| B | 2.0 |', '| C | 0.5 |'];
    assert.equal(rows.join('\n').length, 61);
    const settings = vscode.workspace.getConfiguration('resultsTables');
    await settings.update('maxFileSizeForTyping', 61, vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: rows.join('\r\n') });
      assert.equal(document.eol, vscode.EndOfLine.CRLF);
      const editor = await vscode.window.showTextDocument(document);
      await waitForDiagnostics(document.uri, 'bold-not-best and best-not-bold', (d) => d.length === 2);
      // One edit moves the bold to the best value and keeps the length (20 characters replaced
      // by 20): checked at once, not at the next save, which an untitled document never has.
      await replace(editor.document, new vscode.Range(2, 6, 3, 9), '1.0 |\r\n| B | **2.0**');
      assert.equal(editor.document.getText().replace(/\r\n/g, '\n').length, 61);
      await waitForDiagnostics(document.uri, 'no diagnostics once the bold is on the best', (d) => d.length === 0);
    } finally {
      await settings.update('maxFileSizeForTyping', undefined, vscode.ConfigurationTarget.Global);
      await closeAllAndWait();
    }
  });

  it('are removed when the document closes', async () => {
    await open(readme);
    await waitForDiagnostics(readme, 'diagnostics', (d) => d.length === README_FINDINGS);
    await closeAllAndWait(readme);
    await waitForDiagnostics(readme, 'no diagnostics after closing', (d) => d.length === 0);
    assert.deepEqual(ourDiagnostics(readme), []);
  });
});
