/**
 * Runs the integration suite (`test/integration/`) inside a real VS Code through
 * `@vscode/test-electron`'s `runTests()`, on a fresh workspace holding the real README and the
 * small fixtures.
 *
 * Which VS Code: by default code-server through `vscodeShim.js` (these machines cannot download
 * a desktop VS Code); `RESULTS_TABLES_VSCODE=desktop` lets `runTests()` download one, and
 * `RESULTS_TABLES_VSCODE=/path/to/code` uses that executable. Same test files either way.
 *
 * Before the suite, a self-test proves that a crashed extension host fails the run: a suite that
 * kills its own extension host must make `runTests()` fail.
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../codeServer';
import { OUT_TEST_DIR, REPO_ROOT } from '../paths';
import { makeWorkspace } from '../workspace';
import { MissingToolError, provision } from '../provision';

const SHIM = path.join(OUT_TEST_DIR, 'harness', 'vscodeShim.js');
const SUITE = path.join(OUT_TEST_DIR, 'integration', 'index.js');
const CRASH_SUITE = path.join(OUT_TEST_DIR, 'integration', 'selftest', 'crash.js');

async function runSuite(vscodeExecutablePath: string | undefined, extensionTestsPath: string, workspace: string): Promise<number> {
  const profile = tempDir('profile');
  try {
    return await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      launchArgs: [`--user-data-dir=${path.join(profile, 'user-data')}`, `--extensions-dir=${path.join(profile, 'extensions')}`, workspace],
      extensionTestsEnv: { RESULTS_TABLES_WORKSPACE: workspace },
    });
  } catch (error) {
    // runTests() rejects with TestRunFailedError on a non-zero exit; its message is enough.
    console.error(`integration: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const choice = process.env.RESULTS_TABLES_VSCODE;
  let executable: string | undefined;
  if (!choice) {
    provision();
    fs.chmodSync(SHIM, 0o755);
    executable = SHIM;
  } else if (choice !== 'desktop') {
    executable = choice;
  }
  const workspace = makeWorkspace();
  try {
    if (executable === SHIM) {
      console.log('integration: self-test: a suite that kills its own extension host must fail the run');
      const crashCode = await runSuite(executable, CRASH_SUITE, workspace);
      if (crashCode === 0) {
        console.error('integration: self-test FAILED: a crashed extension host was reported as a pass');
        console.log('harness: 0 passed, 1 failed');
        return 1;
      }
      console.log('harness: 1 passed, 0 failed');
    }
    return await runSuite(executable, SUITE, workspace);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MissingToolError ? `integration: ${error.message}` : error);
    process.exit(1);
  },
);
