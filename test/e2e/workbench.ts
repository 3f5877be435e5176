/**
 * A user's VS Code for end-to-end tests (approach B of `shared/docs/real-vscode-tests.md`): the
 * packaged .vsix installed with code-server's `--install-extension`, as `code
 * --install-extension` would, then the workbench opened on a fresh workspace in headless
 * Chromium. No test payload and no smoke-test driver: everything goes through the UI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { installExtension, startCodeServer, tempDir, type CodeServer } from '../harness/codeServer';
import { REPO_ROOT, RESULTS_DIR } from '../harness/paths';
import { locateTools } from '../harness/provision';
import { makeWorkspace } from '../harness/workspace';

/** The .vsix that `npm run package` writes: `results-tables-<version>.vsix`. */
export function packagedVsix(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(REPO_ROOT, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run \`npm run package\` first`);
  return vsix;
}

export interface Workbench {
  readonly page: Page;
  readonly workspace: string;
  /** What code-server printed while installing the .vsix. */
  readonly installOutput: string;
  readonly extensionsDir: string;
  /** Saves a screenshot as test-results/e2e-<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkbench(): Promise<Workbench> {
  const tools = locateTools();
  const root = tempDir('e2e');
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const installOutput = await installExtension(tools, packagedVsix(), extensionsDir, userDataDir);
  const workspace = makeWorkspace();
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  try {
    server = await startCodeServer(tools, { userDataDir, extensionsDir });
    context = await launchBrowser(tools, { profileDir: path.join(root, 'chromium'), viewport: { width: 1600, height: 1000 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const screenshot = async (name: string): Promise<string> => {
      const file = path.join(RESULTS_DIR, `e2e-${name}.png`);
      await page.screenshot({ path: file });
      return file;
    };
    return { page, workspace, installOutput, extensionsDir, screenshot, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The editor's visible text, with the non-breaking spaces Monaco renders turned back into spaces. */
export async function editorText(page: Page): Promise<string> {
  return (await page.locator('.editor-instance .monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
}
