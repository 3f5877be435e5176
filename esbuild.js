// Builds one bundle per runtime: the extension (Node, CommonJS, `vscode` external), the CLI,
// and, with --tests, every unit test file. `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
// --integration: the suites that run in a real VS Code (test/integration, in the extension
// host) and their harness (test/harness, in Node: code-server, Chromium, packaging checks).
const integration = process.argv.includes('--integration');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some ESM dependencies call createRequire(import.meta.url); give them the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // markdown-it imports only entities' decoders, from the package's index, which also pulls in
  // the encoder and its 23 KB table (a `new Map` that esbuild cannot prove unused): import the
  // decoders' own module instead, the same code.
  alias: { entities: 'entities/lib/decode.js' },
};

/** Lists the files under `dir` whose names end with `suffix`. */
function filesUnder(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith(suffix));
}

// Nothing in the extension or its core uses import.meta.url (esbuild warns if that changes):
// they go without the banner, which would cost activation a pathToFileURL.
const noImportMeta = { define: {}, banner: {} };

const builds = [
  { ...common, ...noImportMeta, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The core (markdown-it, string-width, the rules), required by the extension on its first
  // check, format or hover, so that activation does not evaluate it (src/extension/core.ts).
  { ...common, ...noImportMeta, entryPoints: ['src/extension/coreBundle.ts'], outfile: 'dist/core.js' },
  // Large documents are checked in a worker thread, off the extension host's event loop.
  { ...common, entryPoints: ['src/extension/checkWorker.ts'], outfile: 'dist/check-worker.js' },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  // The static chart renderer (ECharts), required lazily by the preview plugin, so that
  // activation never pays for the chart library.
  { ...common, entryPoints: ['src/chart/renderSvg.ts'], outfile: 'dist/chart-svg.js' },
  // The chart panel's script: a browser bundle of its own, loaded only when a chart is shown.
  { ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['src/webview/chart/main.ts'], outfile: 'dist/chart-webview.js', define: {}, banner: {} },
];
if (tests) {
  builds.length = 0;
  builds.push({
    ...common,
    entryPoints: filesUnder('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    external: ['mocha', 'fast-check', 'markdown-it'],
  });
}

// --browser: tests that load the chart panel's page and the preview's HTML in Chromium.
if (process.argv.includes('--browser')) {
  builds.length = 0;
  builds.push({ ...common, entryPoints: filesUnder('test/browser', '.test.ts'), outdir: 'out/test/browser', outbase: 'test/browser', external: ['playwright-core', 'mocha', 'markdown-it'] });
}

if (integration) {
  builds.length = 0;
  builds.push(
    {
      ...common,
      entryPoints: [...filesUnder('test/integration', '.ts').filter((f) => !f.includes(`${path.sep}workspace${path.sep}`) && !f.endsWith('helpers.ts'))],
      outdir: 'out/test/integration',
      outbase: 'test/integration',
      external: ['vscode', 'mocha'],
    },
    {
      ...common,
      // Only the executables: the other harness modules are bundled into them.
      entryPoints: filesUnder('test/harness/bin', '.ts'),
      outdir: 'out/test/harness',
      outbase: 'test/harness/bin',
      external: ['playwright-core', '@vscode/test-electron', 'mocha'],
      banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
    },
    {
      ...common,
      entryPoints: filesUnder('test/e2e', '.ts'),
      outdir: 'out/test/e2e',
      outbase: 'test/e2e',
      external: ['playwright-core', 'mocha'],
    },
  );
}

async function run() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] watching for changes');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (!tests && !integration && !process.argv.includes('--browser')) fs.chmodSync('dist/cli.js', 0o755);
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
