/**
 * Approach A of `shared/docs/real-vscode-tests.md`: runs an extension test suite inside the real
 * extension host, exactly as the desktop test runner does. code-server serves the workbench with
 * its smoke-test driver on; Chromium opens it with a payload naming the extension under
 * development and the suite; the workbench loads both, calls the suite's `run()`, forwards the
 * extension host's console through `codeAutomationLog`, and reports the end through
 * `codeAutomationExit`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser';
import { startCodeServer, tailOf, tempDir } from './codeServer';
import type { Tools } from './provision';

export interface ExtensionTestRun {
  readonly extensionDevelopmentPath: string;
  /** The compiled suite's index (a file or its folder), whose `run()` the workbench calls. */
  readonly extensionTestsPath: string;
  /** The folder to open, if any. */
  readonly workspace?: string | undefined;
  readonly userDataDir?: string | undefined;
  readonly extensionsDir?: string | undefined;
  /** Extra environment for the extension host. */
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Milliseconds after which a run that has not ended fails. */
  readonly timeoutMs?: number;
  /** Where each line of the suite's output goes. */
  readonly print?: (line: string) => void;
}

export interface ExtensionTestResult {
  /** 0 only for a run that ended with exit 0 after a closing summary line with no failure. */
  readonly exitCode: number;
  /** Why a run failed, in one sentence. */
  readonly reason?: string;
  readonly passed?: number;
  readonly failed?: number;
}

/** The closing line a suite prints, as CI reads it: `<word>: N passed, N failed`. */
const SUMMARY = /(?:^|\s)(\d+) passed, (\d+) failed/;

export async function runExtensionTests(tools: Tools, run: ExtensionTestRun): Promise<ExtensionTestResult> {
  const print = run.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const server = await startCodeServer(tools, {
    userDataDir: run.userDataDir,
    extensionsDir: run.extensionsDir,
    smokeTestDriver: true,
    env: run.env,
  });
  const profileDir = tempDir('chromium');
  let context: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    context = await launchBrowser(tools, { profileDir });
    const page = context.pages()[0] ?? (await context.newPage());

    let summary: { passed: number; failed: number } | undefined;
    let settle!: (result: ExtensionTestResult) => void;
    const ended = new Promise<ExtensionTestResult>((resolve) => (settle = resolve));

    await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        print(line);
        const match = SUMMARY.exec(line);
        if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => {
      const exitCode = Number(code);
      // The workbench also says 0 when the extension host died mid-run: only a suite that got
      // as far as its closing summary line has really passed.
      if (!summary) settle({ exitCode: 1, reason: `the workbench reported exit ${exitCode}, but the suite never printed its closing "N passed, N failed" line: the extension host crashed or the suite did not run` });
      else if (exitCode !== 0) settle({ exitCode, reason: `the suite ended with exit code ${exitCode}`, ...summary });
      else if (summary.failed > 0) settle({ exitCode: 1, reason: `${summary.failed} test(s) failed`, ...summary });
      else settle({ exitCode: 0, ...summary });
    });
    page.on('crash', () => settle({ exitCode: 1, reason: 'the workbench page crashed' }));
    page.on('close', () => settle({ exitCode: 1, reason: 'the workbench page closed before the suite ended' }));
    page.on('pageerror', (error) => print(`[workbench] ${error.message}`));

    const remote = (file: string): string => `vscode-remote://127.0.0.1:${server.port}${path.resolve(file)}`;
    const payload = [
      ['extensionDevelopmentPath', remote(run.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(run.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const query = [
      ...(run.workspace ? [`folder=${encodeURIComponent(path.resolve(run.workspace))}`] : []),
      `payload=${encodeURIComponent(JSON.stringify(payload))}`,
    ];
    await page.goto(`${server.origin}/?${query.join('&')}`);

    const timeoutMs = run.timeoutMs ?? 10 * 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<ExtensionTestResult>((resolve) => {
      timer = setTimeout(() => resolve({ exitCode: 1, reason: `the suite did not end within ${timeoutMs / 1000} s` }), timeoutMs);
    });
    const result = await Promise.race([ended, timedOut]);
    clearTimeout(timer);
    if (result.exitCode !== 0) {
      print(`[harness] code-server log (${server.logFile}), last lines:\n${tailOf(server.logFile, 25)}`);
    }
    return result;
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}
