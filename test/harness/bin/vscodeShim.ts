/**
 * A stand-in for the desktop `code` executable, for `@vscode/test-electron`'s
 * `runTests({ vscodeExecutablePath })`: it takes the flags the desktop runner passes
 * (`--extensionDevelopmentPath=… --extensionTestsPath=… --user-data-dir=… <folder>`) and runs
 * the suite in code-server's real extension host instead (see `extensionTests.ts`). Its exit
 * code is the run's: 0 only when the suite printed its closing line with no failure.
 */
import { runExtensionTests } from '../extensionTests';
import { locateTools } from '../provision';

interface DesktopArgs {
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

/** Reads the desktop runner's flags; flags that only matter to Electron are ignored. */
export function parseDesktopArgs(argv: readonly string[]): DesktopArgs {
  const parsed: DesktopArgs = {};
  const keys: Record<string, keyof DesktopArgs> = {
    '--extensionDevelopmentPath': 'extensionDevelopmentPath',
    '--extensionTestsPath': 'extensionTestsPath',
    '--user-data-dir': 'userDataDir',
    '--extensions-dir': 'extensionsDir',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) {
      parsed.folder = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const key = keys[name];
    if (!key) continue;
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value !== undefined) parsed[key] = value;
  }
  return parsed;
}

async function main(): Promise<number> {
  const args = parseDesktopArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    console.error('vscode-shim: --extensionDevelopmentPath and --extensionTestsPath are required');
    return 2;
  }
  const result = await runExtensionTests(locateTools(), {
    extensionDevelopmentPath: args.extensionDevelopmentPath,
    extensionTestsPath: args.extensionTestsPath,
    workspace: args.folder,
    userDataDir: args.userDataDir,
    extensionsDir: args.extensionsDir,
    timeoutMs: Number(process.env.RESULTS_TABLES_SUITE_TIMEOUT_MS ?? 10 * 60_000),
  });
  if (result.exitCode !== 0) console.error(`vscode-shim: FAILED: ${result.reason ?? `exit ${result.exitCode}`}`);
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('vscode-shim:', error);
    process.exit(1);
  },
);
