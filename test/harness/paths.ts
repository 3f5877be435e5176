/**
 * Where the VS Code test harness finds things. The harness is bundled to `out/test/harness`,
 * three levels below the repository root.
 */
import * as path from 'node:path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The git-ignored folder that holds Node 24 and code-server, the way `@vscode/test-electron`
 * keeps its VS Code in `.vscode-test/`. `RESULTS_TABLES_CACHE` moves it (for example to share
 * one install between clones).
 */
export const CACHE_DIR = path.resolve(process.env.RESULTS_TABLES_CACHE ?? path.join(REPO_ROOT, '.cache'));

/** The git-ignored folder for screenshots and logs that a person may want to look at. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

/** The compiled test suites. */
export const OUT_TEST_DIR = path.join(REPO_ROOT, 'out', 'test');
