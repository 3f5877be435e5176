/**
 * Starts code-server (the real VS Code workbench and Node extension host) for one test run:
 * a private config, user-data and extensions folder, a port the OS chooses, no network, and a
 * process group that is killed whole at the end so that nothing is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Tools } from './provision';

export interface CodeServerOptions {
  /** Folder for VS Code's user data; a temporary one when absent. */
  readonly userDataDir?: string | undefined;
  /** Folder of installed extensions; a temporary one when absent. */
  readonly extensionsDir?: string | undefined;
  /** Lets the workbench run an extension test suite from the URL's payload (approach A). */
  readonly smokeTestDriver?: boolean;
  /** Extra environment for the server and so for the extension host. */
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Milliseconds to wait for the server to listen and answer. */
  readonly startTimeoutMs?: number;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** The server's own output, for failure reports. */
  readonly logFile: string;
  /** Stops the server and everything it started; safe to call twice. */
  stop(): Promise<void>;
}

/** The settings every test run starts with: no welcome page, no trust prompt, no AI, no network. */
export const TEST_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.tips.enabled': false,
};

/** Makes a fresh temporary folder whose name says what it is for. */
export function tempDir(purpose: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `results-tables-${purpose}-`));
}

/** Installs a .vsix into an extensions folder with code-server's own CLI, as a user would. */
export async function installExtension(tools: Tools, vsix: string, extensionsDir: string, userDataDir: string): Promise<string> {
  const config = path.join(userDataDir, 'config.yaml');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(config, 'auth: none\n');
  const child = spawn(
    tools.node,
    [tools.codeServer, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: serverEnv(undefined), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0 || !/successfully installed/.test(output)) throw new Error(`installing ${vsix} failed (exit ${code}):\n${output}`);
  return output.trim();
}

export async function startCodeServer(tools: Tools, options: CodeServerOptions = {}): Promise<CodeServer> {
  const root = tempDir('code-server');
  const userDataDir = options.userDataDir ?? path.join(root, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(root, 'extensions');
  const config = path.join(root, 'config.yaml');
  const logFile = path.join(root, 'server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Without --config, code-server writes ~/.config/code-server/config.yaml with a random password.
  fs.writeFileSync(config, 'auth: none\n');
  const settings = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, `${JSON.stringify(TEST_SETTINGS, null, 2)}\n`);

  const args = [
    tools.codeServer,
    ...['--config', config, '--auth', 'none', '--bind-addr', '127.0.0.1:0'],
    ...['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    ...['--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened'],
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const log = fs.openSync(logFile, 'a');
  // Detached: the server gets its own process group, so stop() can end the extension host and
  // every other child with one signal.
  const child = spawn(tools.node, args, { detached: true, env: serverEnv(options.env), stdio: ['ignore', 'pipe', log] });
  const killGroup = (): void => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killGroup);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      process.removeListener('exit', killGroup);
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        const timer = setTimeout(killGroup, 5000);
        await exited;
        clearTimeout(timer);
      }
      // The extension host may outlive the server by a moment; make sure the group is gone.
      killGroup();
      fs.closeSync(log);
      // Failures print the log's tail before stopping; RESULTS_TABLES_KEEP_LOGS keeps it all.
      if (!process.env.RESULTS_TABLES_KEEP_LOGS) fs.rmSync(root, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    const port = await waitForPort(child, logFile, options.startTimeoutMs ?? 60_000);
    const origin = `http://127.0.0.1:${port}`;
    await warmUp(origin, logFile);
    return { origin, port, userDataDir, extensionsDir, logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The server's environment: no password or port overrides, no outer VS Code, no gallery. */
function serverEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, EXTENSIONS_GALLERY: '{}' };
  for (const name of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI']) delete env[name];
  return env;
}

/** Reads the port from the line `HTTP server listening on http://127.0.0.1:NNNNN/`. */
function waitForPort(child: ChildProcess, logFile: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`code-server did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      fs.appendFileSync(logFile, chunk);
      buffered += chunk.toString();
      const match = /HTTP server listening on https?:\/\/[^\s:]+:(\d+)/.exec(buffered);
      if (match) {
        cleanup();
        // Keep draining stdout into the log so that the server never blocks on a full pipe.
        child.stdout?.on('data', (more: Buffer) => fs.appendFileSync(logFile, more));
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null, signal: string | null): void => fail(new Error(`code-server exited (${code ?? signal}) before listening`));
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.removeListener('data', onData);
      child.removeListener('exit', onExit);
    };
    const fail = (error: Error): void => {
      cleanup();
      reject(new Error(`${error.message}; its log (${logFile}):\n${tailOf(logFile)}`));
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Asks for the workbench page once. Under the wrong Node, code-server says it is listening and
 * fails on the first request; asking now turns that into an immediate, clear error.
 */
async function warmUp(origin: string, logFile: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`code-server listens at ${origin} but does not answer (${String(error)}); its log:\n${tailOf(logFile)}`);
  }
  if (response.status >= 400) throw new Error(`code-server answered ${response.status} at ${origin}/; its log:\n${tailOf(logFile)}`);
}

export function tailOf(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
