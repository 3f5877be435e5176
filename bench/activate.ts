/**
 * Cold start of the extension: time to `require` dist/extension.js and run `activate` with a
 * stub `vscode` module, in a fresh process. Then, apart, the time to load the core (core.js
 * beside the bundle), which the extension does on its first check, just after activation.
 * Prints milliseconds as JSON.
 */
import Module from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Just enough of the `vscode` API for activation: every unknown member is a no-op stub. */
function stub(name: string): unknown {
  const disposable = { dispose: () => undefined };
  const handler: ProxyHandler<(...args: unknown[]) => unknown> = {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      if (key === 'dispose') return () => undefined;
      if (key === 'textDocuments' || key === 'visibleTextEditors' || key === 'workspaceFolders') return [];
      if (key === Symbol.toPrimitive) return () => name;
      return stub(`${name}.${String(key)}`);
    },
    apply: () => new Proxy(function () {} as (...args: unknown[]) => unknown, { ...handler, get: (t, k) => (k === 'dispose' ? disposable.dispose : handler.get!(t, k, undefined)) }),
    construct: () => stub(`new ${name}`) as object,
  };
  return new Proxy(function () {} as (...args: unknown[]) => unknown, handler);
}

/**
 * The stub module: an object with every name that @types/vscode exports (bundlers copy a
 * module's own properties, so a bare Proxy is not enough), each a stub.
 */
function vscodeModule(): Record<string, unknown> {
  const types = readFileSync(resolve('node_modules/@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\t?export (?:class|namespace|enum|function|const|let) (\w+)/gm)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((name) => [name, stub(name)]));
}

const vscode = vscodeModule();
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = (request, ...rest) =>
  request === 'vscode' ? vscode : load(request, ...rest);

const path = resolve(process.argv[2] ?? 'dist/extension.js');
const start = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(path) as { activate: (context: unknown) => unknown };
const required = performance.now();
const subscriptions: unknown[] = [];
const context = stub('context') as Record<string, unknown>;
Promise.resolve(extension.activate(new Proxy(context, { get: (t, k) => (k === 'subscriptions' ? subscriptions : (t as never)[k]) })))
  .then(() => {
    const activated = performance.now();
    // Not part of activation: the extension loads the core on its first check.
    const core = join(dirname(path), 'core.js');
    let coreMs: number | null = null;
    if (existsSync(core)) {
      const before = performance.now();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(core);
      coreMs = performance.now() - before;
    }
    process.stdout.write(JSON.stringify({ requireMs: required - start, activateMs: activated - required, totalMs: activated - start, coreMs }));
  })
  .catch((error: unknown) => {
    process.stdout.write(JSON.stringify({ error: String(error) }));
  });
