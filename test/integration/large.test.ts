/**
 * A 5 MB Markdown file: the extension host must keep answering while the file is checked. The
 * file is the real README repeated (about 17,000 findings), written into the workspace.
 *
 * Responsiveness is measured as a user would feel it: every 25 ms a command is sent to the
 * extension host; the time it waits is the time from when it was due (a timer that fires late
 * means the host was busy) until its answer arrives.
 */
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { checkDocument } from '../../src/core/check';
import { closeAllAndWait, open, runCli, waitForDiagnostics, workspaceUri } from './helpers';

const TARGET_BYTES = 5 * 1024 * 1024;
const ANSWER_WITHIN_MS = 1000;
const TICK_MS = 25;

/**
 * Samples how long a command sent to the extension host waits for its answer, and how long
 * the host's event loop was blocked (Node's own histogram, which sees every stall).
 */
class Responsiveness implements vscode.Disposable {
  readonly waits: number[] = [];
  private readonly pending = new Set<number>();
  private readonly command: vscode.Disposable;
  private readonly timer: NodeJS.Timeout;
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private stoppedAt = 0;

  constructor() {
    const id = `resultsTables.test.ping.${Date.now()}`;
    this.command = vscode.commands.registerCommand(id, () => performance.now());
    this.loop.enable();
    let due = performance.now() + TICK_MS;
    this.timer = setInterval(() => {
      // A tick that fires late stands for a command that was sent when it was due and could not
      // be answered before now.
      const sent = due;
      due = Math.max(due + TICK_MS, performance.now());
      this.pending.add(sent);
      void vscode.commands.executeCommand(id).then(
        () => {
          if (this.pending.delete(sent)) this.waits.push(performance.now() - sent);
        },
        () => undefined,
      );
    }, TICK_MS);
  }

  /** The longest wait, counting commands still unanswered when the monitor stopped. */
  get worst(): number {
    return Math.max(0, ...this.waits, ...[...this.pending].map((sent) => this.stoppedAt - sent));
  }

  summary(): string {
    const sorted = [...this.waits].sort((a, b) => a - b);
    const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    return (
      `${this.waits.length} commands answered, ${this.pending.size} unanswered, median ${at(0.5)} ms, p99 ${at(0.99)} ms, ` +
      `worst ${Math.round(this.worst)} ms; event loop blocked at most ${Math.round(this.loop.max / 1e6)} ms`
    );
  }

  dispose(): void {
    this.stoppedAt = performance.now();
    clearInterval(this.timer);
    this.loop.disable();
    this.command.dispose();
  }
}

describe('a 5 MB Markdown file', function () {
  this.timeout(180_000);
  const uri = workspaceUri('large.md');
  let expected = 0;

  before(async () => {
    const readme = await vscode.workspace.fs.readFile(workspaceUri('README.md'));
    const copies = Math.ceil(TARGET_BYTES / (readme.length + 1));
    const text = `${Buffer.from(readme).toString('utf8')}\n`.repeat(copies);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    let started = performance.now();
    expected = (await runCli(uri.fsPath)).findings.length;
    const cliMs = performance.now() - started;
    // For the report: how long the core alone takes on this text, in this extension host.
    started = performance.now();
    checkDocument(text);
    const coreMs = performance.now() - started;
    console.log(
      `    large.md: ${text.length} characters, ${copies} copies of the README; the CLI finds ${expected} in ${Math.round(cliMs)} ms; ` +
        `checkDocument alone takes ${Math.round(coreMs)} ms here`,
    );
  });

  // Closing a 5 MB document takes VS Code longer than a small one.
  after(() => closeAllAndWait(uri, 60_000));

  it(`gets the CLI's diagnostics, and the extension host answers within ${ANSWER_WITHIN_MS} ms while it is checked on open`, async function () {
    const monitor = new Responsiveness();
    const started = performance.now();
    try {
      await open(uri);
      await waitForDiagnostics(uri, `${expected} diagnostics`, (d) => d.length === expected, 120_000);
    } finally {
      monitor.dispose();
    }
    const report = `open and check: ${Math.round(performance.now() - started)} ms; ${monitor.summary()}`;
    console.log(`    ${report}`);
    assert.ok(monitor.waits.length > 0, 'no command was answered at all');
    // Large documents are checked in a worker thread. The host used to stall 11-16 s here:
    // VS Code's Markdown extension parses an opened document in the extension host, preview
    // open or not, and ran this extension's preview plugin, which checked all 5 MB three times
    // (with the plugin's settings off, or the Markdown extension removed, the worst wait fell
    // to 170-540 ms). The plugin now skips documents over maxFileSizeForTyping. Measured
    // since: worst wait 227 ms.
    assert.ok(monitor.worst < ANSWER_WITHIN_MS, `the extension host was unresponsive: ${report}`);
  });

  // Typing in a document over resultsTables.maxFileSizeForTyping re-checks nothing until the
  // save, and every provider reads the last findings instead of checking again.
  it(`and while it is edited`, async function () {
    const editor = await open(uri);
    await waitForDiagnostics(uri, `${expected} diagnostics`, (d) => d.length === expected, 120_000);
    const monitor = new Responsiveness();
    const started = performance.now();
    try {
      // A new first line shifts every finding down by one: wait until the last one has moved.
      const lastLine = Math.max(...vscode.languages.getDiagnostics(uri).map((d) => d.range.start.line));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), 'Edited.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(editor.document.lineAt(0).text, 'Edited.');
      await waitForDiagnostics(
        uri,
        'diagnostics moved down by the edit',
        (d) => d.length === expected && Math.max(...d.map((x) => x.range.start.line)) === lastLine + 2,
        120_000,
      );
    } finally {
      monitor.dispose();
    }
    const report = `edit and re-check: ${Math.round(performance.now() - started)} ms; ${monitor.summary()}`;
    console.log(`    ${report}`);
    // The edit is saved at once (files.refactoring.autoSave), and the save re-checks the whole
    // document, in the worker thread: measured worst wait 320-427 ms (was 10 s on the event
    // loop; 11 s once, from the preview plugin, see above), 364 ms since the plugin's fix.
    assert.ok(monitor.worst < ANSWER_WITHIN_MS, `the extension host was unresponsive: ${report}`);
  });
});
