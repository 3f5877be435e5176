/**
 * `node out/test/harness/provision.js`: installs what the VS Code test tiers need (see
 * ../provision.ts) and prints what it found, or exits 1 naming what is missing.
 */
import { spawnSync } from 'node:child_process';
import { CODE_SERVER_VERSION, MissingToolError, provision } from '../provision';

try {
  const started = Date.now();
  const tools = provision();
  const node = spawnSync(tools.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`provision: Node ${node}, code-server ${CODE_SERVER_VERSION}, ${tools.chromium} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof MissingToolError ? `provision: ${error.message}` : error);
  process.exit(1);
}
