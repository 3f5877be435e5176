/**
 * Shared helpers for the integration suite: find the extension and the workspace, wait for
 * something with a deadline (re-checking when an event fires, never sleeping a fixed time), read
 * the extension's diagnostics, and run the CLI as a real process to compare with it.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CliFinding } from '../../src/cli/format';

export const EXTENSION_ID = 'results-tables.results-tables';
/** `Diagnostic.source` of everything the extension reports. */
export const SOURCE = 'results-tables';

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not loaded`);
  return found;
}

/** The opened workspace folder (a fresh copy of `test/integration/workspace` plus the real README). */
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export interface WaitOptions {
  /** Milliseconds before giving up. */
  readonly timeoutMs?: number;
  /** Events after which to look again, besides a steady poll. */
  readonly events?: readonly vscode.Event<unknown>[];
  /** Milliseconds between two looks when no event fires. */
  readonly pollMs?: number;
}

/**
 * Resolves with the first value `probe` returns other than `undefined`, looking now, whenever one
 * of `events` fires, and every `pollMs`; rejects after `timeoutMs` with `what` and the last
 * value `describe` gave, so that a failure says what was seen instead.
 */
export function waitFor<T>(what: string, probe: () => T | undefined, options: WaitOptions & { describe?: () => string } = {}): Promise<T> {
  const { timeoutMs = 10_000, events = [], pollMs = 50, describe } = options;
  const started = Date.now();
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let done = false;
    const finish = (settle: () => void): void => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(deadline);
      for (const disposable of disposables) disposable.dispose();
      settle();
    };
    const look = (): void => {
      if (done) return;
      let value: T | undefined;
      try {
        value = probe();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value));
    };
    const poll = setInterval(look, pollMs);
    const deadline = setTimeout(() => {
      const seen = describe ? `; last seen: ${describe()}` : '';
      finish(() => reject(new Error(`timed out after ${Date.now() - started} ms waiting for ${what}${seen}`)));
    }, timeoutMs);
    for (const event of events) disposables.push(event(look));
    look();
  });
}

/** The extension's diagnostics for a document, in VS Code's order. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Waits until the extension's diagnostics for `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} (${path.basename(uri.path)})`,
    () => {
      const diagnostics = ourDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    {
      timeoutMs,
      events: [vscode.languages.onDidChangeDiagnostics],
      describe: () => `${ourDiagnostics(uri).length} diagnostics: ${ourDiagnostics(uri).slice(0, 5).map(describeDiagnostic).join(' | ')}`,
    },
  );
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** `line:col-endLine:endCol severity code message`, 1-based with an exclusive end, as the CLI's JSON. */
export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${SEVERITY_NAMES[diagnostic.severity]} ${codeOf(diagnostic)} ${diagnostic.message}`;
}

/** A finding as `results-tables check --format json` prints it: the CLI's own type. */
export type { CliFinding } from '../../src/cli/format';

export function describeCliFinding(finding: CliFinding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity} ${finding.code} ${finding.message}`;
}

/**
 * Runs `node dist/cli.js check --format json <file>` as a separate process, with the Node that
 * runs this extension host (on the desktop that is Electron, told to behave as Node).
 */
export function runCli(file: string): Promise<{ exitCode: number; findings: CliFinding[] }> {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'check', '--format', 'json', file],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error ? Number((error as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0;
        if (exitCode > 1) return reject(new Error(`the CLI failed (exit ${exitCode}): ${stderr}`));
        try {
          resolve({ exitCode, findings: JSON.parse(stdout) as CliFinding[] });
        } catch (parseError) {
          reject(new Error(`the CLI printed no JSON (${String(parseError)}): ${stdout.slice(0, 500)} ${stderr}`));
        }
      },
    );
  });
}

/**
 * Opens a file in an editor as the explorer does, and returns the editor. Not through
 * `workspace.openTextDocument`: the extension host would then hold the document for minutes
 * after its editor closes, and closing could not be tested.
 */
export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('vscode.open', uri);
  return waitFor(
    `an editor on ${path.basename(uri.path)}`,
    () => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString()),
    { events: [vscode.window.onDidChangeVisibleTextEditors], timeoutMs: 30_000 },
  );
}

/**
 * Closes every editor without saving, and waits until VS Code has really closed `uri`'s document
 * (editors close at once; the document follows when nothing holds it any more).
 */
export async function closeAllAndWait(uri?: vscode.Uri, timeoutMs = 15_000): Promise<void> {
  const closed = uri
    ? waitFor(`${uri.path} to close`, () => (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) ? undefined : true), {
        events: [vscode.workspace.onDidCloseTextDocument],
        timeoutMs,
      })
    : Promise.resolve(true);
  // Dirty editors of the tests (untitled, or in the workspace) are reverted first: closing them
  // would ask whether to save. Others, such as the user's settings.json that the workbench may
  // hold while a setting is written, are not the tests' to touch.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  const ours = (d: vscode.TextDocument) => d.uri.scheme === 'untitled' || (folder !== undefined && d.uri.toString().startsWith(folder));
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && ours(d))) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await closed;
}

/** Replaces a range of a document through the editor, as typing would. */
export async function replace(document: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

/**
 * Runs a check that is known to fail until an issue is done (a strict "expected failure"): when
 * it fails, the failure is printed and the test is reported as skipped, never as passed; when it
 * passes, the test fails, so that the marker is removed and the check guards the fix (unless it
 * is marked flaky: then a pass is a pass).
 */
export async function knownIssue(context: Mocha.Context, issue: string, body: () => Promise<void>, options: { flaky?: boolean } = {}): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.log(`    KNOWN ISSUE, ${issue}: ${error instanceof Error ? error.message : String(error)}`);
    context.skip();
  }
  // A check that fails only sometimes (options.flaky) has passed for real this time.
  if (options.flaky) return;
  throw new Error(`this passes now, but is marked as known to fail until ${issue} is done: remove its knownIssue() marker`);
}
