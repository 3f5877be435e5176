// Bundles the benchmark and the long differential run (TypeScript, importing the core) into
// bench/tmp/, which git ignores. Run through `npm run bench` and `npm run fuzz:long`.
'use strict';
const esbuild = require('esbuild');
const path = require('node:path');

esbuild
  .build({
    entryPoints: ['bench.ts', 'differential.ts', 'activate.ts', 'peak.ts'].map((f) => path.join(__dirname, f)),
    outdir: path.join(__dirname, 'tmp'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: true,
    logLevel: 'warning',
    // Baselines are measured as their packages ship; the core is bundled as the extension bundles it.
    external: ['markdownlint', 'markdownlint/*', 'fast-check', 'esbuild'],
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
