/**
 * A 5 MB Markdown file: the extension host must keep answering while the file is checked. The
 * file is the real README repeated (about 17,000 findings), written into the workspace.
 *
 * Responsiveness is measured as a user would feel it: every 25 ms a command is sent to the
 * extension host; the time it waits is the time from when it was due (a timer that fires late
 * means the host was busy) until its answer arrives. The host is shared with VS Code's own
 * extensions, so a CPU profile of its thread also says whose code kept it busy: this
 * extension's time is asserted strictly, the whole host's is a known issue of VS Code's.
 */
import * as assert from 'node:assert/strict';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { checkDocument } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { fixAll } from '../../src/core/fixes/fixAll';
import { formatDocument } from '../../src/core/format/format';
import type { TextEdit } from '../../src/core/types';
import { closeAllAndWait, EXTENSION_ID, knownIssue, open, runCli, waitForDiagnostics, workspaceUri } from './helpers';

const TARGET_BYTES = 5 * 1024 * 1024;
const ANSWER_WITHIN_MS = 1000;
const TICK_MS = 25;
/**
 * This extension's own time on the host's thread while it formats or fixes a 5 MB document in
 * its worker: reading the text, sending it, and turning the answer into VS Code's edits. On
 * the host's thread, the core alone takes some 800 ms to format that document and 1 s to fix it.
 */
const OWN_WORK_MS = 300;

/** VS Code's edits as the core's, to apply them to a text with the core's `applyEdits`. */
function coreEdits(edits: readonly vscode.TextEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: e.range.start, end: e.range.end }, newText: e.newText }));
}

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

/** What the whole host's responsiveness waits for: VS Code's Markdown extension, not this one. */
const UNTIL =
  "VS Code's Markdown extension stops sending a 5 MB document's markdown-it tokens to its language server on the host's thread " +
  '(measured: 8.7 s in child_process send from markdown-language-features, 1.1 s in its tokenize)';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string };
  readonly children?: readonly number[];
}

/**
 * A CPU profile of the extension host's thread (this code runs in it), sampled every
 * millisecond. Time is charged to the nearest frame that belongs to a file of an extension or
 * of VS Code (`file:` URLs), so that Node internals and native code (serialising a message,
 * writing a string) count for whoever called them.
 */
class HostProfile {
  private readonly session = new Session();

  private post<T>(method: string, params: object = {}): Promise<T> {
    return new Promise((resolve, reject) => this.session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  }

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 1000 });
    await this.post('Profiler.start');
  }

  /** Stops; milliseconds charged to each owner (a file's URL), biggest first. */
  async stop(): Promise<Array<[string, number]>> {
    const { profile } = await this.post<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');
    this.session.disconnect();
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const owner = (id: number): string => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const url = byId.get(at)!.callFrame.url;
        if (url.startsWith('file:')) return url;
      }
      return '(unattributed: garbage collection, idle, Node)';
    };
    const charged = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const who = owner(id);
      charged.set(who, (charged.get(who) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...charged].sort((a, b) => b[1] - a[1]);
  }
}

/** This extension's code: its bundles (in development VS Code lives in the folder's .cache). */
function ownDist(): string {
  return vscode.Uri.joinPath(vscode.Uri.file(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath), 'dist').toString();
}

/** Milliseconds of the host's thread charged to this extension. */
function ownTime(charged: ReadonlyArray<[string, number]>): number {
  return charged.filter(([url]) => url.startsWith(`${ownDist()}/`)).reduce((sum, [, ms]) => sum + ms, 0);
}

/** The four owners that kept the host's thread busiest, for the report. */
function busiest(charged: ReadonlyArray<[string, number]>): string {
  const dist = ownDist();
  const label = (url: string) => (url.startsWith(`${dist}/`) ? `this extension's ${url.slice(dist.length + 1)}` : url.replace(/^.*?\/extensions\/([^/]+)\/.*$/, "VS Code's $1"));
  return `host thread busiest: ${charged.slice(0, 4).map(([url, ms]) => `${Math.round(ms)} ms ${label(url)}`).join(', ')}`;
}

/** What happened on the host's thread while `body` ran, and the report line for it. */
interface Measured {
  readonly monitor: Responsiveness;
  /** Milliseconds of the host's thread charged to this extension. */
  readonly ours: number;
  readonly report: string;
}

/** Runs `body` while sampling the host's responsiveness and profiling its thread. */
async function measured(what: string, body: () => Promise<void>): Promise<Measured> {
  const monitor = new Responsiveness();
  const profile = new HostProfile();
  await profile.start();
  const started = performance.now();
  let charged: Array<[string, number]> = [];
  try {
    await body();
  } finally {
    monitor.dispose();
    charged = await profile.stop();
  }
  const report = `${what}: ${Math.round(performance.now() - started)} ms; ${monitor.summary()}; ${busiest(charged)}`;
  console.log(`    ${report}`);
  return { monitor, ours: ownTime(charged), report };
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
    const { monitor, ours, report } = await measured('open and check', async () => {
      await open(uri);
      await waitForDiagnostics(uri, `${expected} diagnostics`, (d) => d.length === expected, 120_000);
    });
    assert.ok(monitor.waits.length > 0, 'no command was answered at all');
    // This extension's own time on the host's thread: it checks large documents in a worker and
    // its preview plugin leaves them alone (once, it checked all 5 MB three times per parse).
    // Measured: 23 ms.
    assert.ok(ours < ANSWER_WITHIN_MS, `this extension kept the host busy for ${Math.round(ours)} ms: ${report}`);
    // The whole host, which VS Code's Markdown extension shares: it tokenizes an opened
    // document with markdown-it (running this extension's preview plugin, which now skips
    // documents over maxFileSizeForTyping) and sends the tokens to its language server over
    // IPC, on the host's thread. Measured worst waits: 227 ms, 544 ms; 8.1-12 s when that send
    // happens while the file opens (a CPU profile: 8.7 s in its child_process send, 1.1 s in
    // its tokenize, 23 ms in this extension). So a failure here counts as a skip, never a pass.
    await knownIssue(this, UNTIL, async () => assert.ok(monitor.worst < ANSWER_WITHIN_MS, `the extension host was unresponsive: ${report}`), { flaky: true });
  });

  // Typing in a document over resultsTables.maxFileSizeForTyping re-checks nothing until the
  // save, and every provider reads the last findings instead of checking again.
  it(`and while it is edited`, async function () {
    const editor = await open(uri);
    await waitForDiagnostics(uri, `${expected} diagnostics`, (d) => d.length === expected, 120_000);
    const { monitor, ours, report } = await measured('edit and re-check', async () => {
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
    });
    // This extension's own time on the host's thread while the edit is applied, saved and
    // re-checked (in the worker); its findings are moved, not recomputed, meanwhile.
    assert.ok(ours < ANSWER_WITHIN_MS, `this extension kept the host busy for ${Math.round(ours)} ms: ${report}`);
    // The edit is saved at once (files.refactoring.autoSave), and the save re-checks the whole
    // document, in the worker thread: measured worst wait 320-427 ms (was 10 s on the event
    // loop), 134-459 ms since the preview plugin's fix; 11 s once, before it. The Markdown
    // extension parses the edited document too (see UNTIL), so a failure counts as a skip.
    await knownIssue(this, UNTIL, async () => assert.ok(monitor.worst < ANSWER_WITHIN_MS, `the extension host was unresponsive: ${report}`), { flaky: true });
  });

  // Format-all and fix-all of a document over resultsTables.maxFileSizeForTyping run in the
  // worker thread too: what VS Code gets must equal the core's own result on the same text.
  it('formats all its tables and fixes all its problems in the worker, as the core does', async function () {
    const editor = await open(uri);
    const text = editor.document.getText();
    const expectedFormat = applyEdits(text, formatDocument(text).edits);
    const expectedFix = fixAll(text);
    assert.notEqual(expectedFormat, text, 'the README copies are not formatted (bold cells touch their pipes)');
    assert.notEqual(expectedFix, text);

    let formatted: vscode.TextEdit[] | undefined;
    const format = await measured('format all', async () => {
      formatted = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
    });
    assert.ok(formatted && formatted.length > 0, 'the formatter gave no edits');
    assert.equal(applyEdits(text, coreEdits(formatted)), expectedFormat);
    assert.ok(format.ours < OWN_WORK_MS, `formatting kept the host busy for ${Math.round(format.ours)} ms: ${format.report}`);

    let actions: vscode.CodeAction[] | undefined;
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fix = await measured('fix all', async () => {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.resultsTables');
    });
    const action = actions?.find((a) => a.kind?.value === 'source.fixAll.resultsTables');
    assert.ok(action?.edit, `no fix-all action with an edit: ${actions?.map((a) => a.title).join(' | ')}`);
    assert.equal(applyEdits(text, coreEdits(action.edit.get(uri))), expectedFix);
    assert.ok(fix.ours < OWN_WORK_MS, `fix-all kept the host busy for ${Math.round(fix.ours)} ms: ${fix.report}`);
  });
});
