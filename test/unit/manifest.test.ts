/**
 * The package manifest and the README say what the code does: the fields VS Code reads, and
 * the list of checks, which must match the rules' own metadata.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../src/core/rules';
import { ROOT } from './helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('package.json', () => {
  it('has the identity and entry points the extension needs', () => {
    assert.equal(pkg.name, 'results-tables');
    assert.equal(pkg.displayName, 'Results Tables');
    assert.equal(pkg.publisher, 'results-tables');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.bin['results-tables'], './dist/cli.js');
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });

  it('targets VS Code 1.90 at the newest, so that it loads in 1.90 up to today', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d+)\.\d+$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(pkg.engines.vscode)![1]) <= 90);
    // The API types must not be newer than the engine, or the code could call missing APIs.
    assert.match(pkg.devDependencies['@types/vscode'], /^[~^]?1\.(\d+)\./);
    const typesMinor = Number(/1\.(\d+)\./.exec(pkg.devDependencies['@types/vscode'])![1]);
    assert.ok(typesMinor <= 90, `@types/vscode ${pkg.devDependencies['@types/vscode']}`);
  });

  it('keeps the core out of the extension bundle: activation does not evaluate it, the first check loads it', () => {
    const extension = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    assert.ok(!/node_modules\/(markdown-it|string-width|markdown-table)\/|RGI_Emoji/.test(extension));
    assert.match(extension, /__dirname, "core\.js"/);
    assert.match(readFileSync(join(ROOT, 'dist', 'core.js'), 'utf8'), /RGI_Emoji/);
  });
});

describe('README.md', () => {
  it('documents exactly the rules there are, with their descriptions, in order', () => {
    const documented = [...readme.matchAll(/^### `([a-z-]+)`\n(.+)$/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(documented, CHECKS.map((check) => [check.code, check.description]));
  });

  it('shows the two commands', () => {
    assert.match(readme, /npm install && npm start/);
    assert.match(readme, /^npm test/m);
  });

  it('quotes output that the CLI really prints for the example', () => {
    const quoted = [...readme.matchAll(/^(examples\/README\.md:\d+:\d+: .+)$/gm)].map((m) => m[1]!);
    assert.ok(quoted.length >= 2);
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', 'examples/README.md'], { cwd: ROOT, encoding: 'utf8' });
    const printed = result.stdout.split('\n');
    for (const line of quoted) assert.ok(printed.includes(line), line);
    assert.equal(printed.filter((l) => l !== '').length, 23);
  });
});
