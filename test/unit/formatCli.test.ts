/**
 * `results-tables format` as a real process (`node dist/cli.js`, built by `npm run build`):
 * --check writes nothing and exits 1 when a file would change; without it, files are
 * rewritten in place, tables only.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempCopy(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'results-tables-format-')), name);
  writeFileSync(path, text);
  return path;
}

describe('results-tables format (a real process)', () => {
  it('--check exits 0 and says so when the file is formatted', () => {
    const { code, stdout, stderr } = run('format', '--check', 'test/fixtures/formatter/delimiter-single-dash.md');
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.equal(stderr, '0 files would be reformatted, 1 file checked\n');
  });

  it('--check exits 1, lists the file and writes nothing when a table is not aligned', () => {
    const path = 'test/fixtures/formatter/cjk-width.md';
    const before = readFileSync(join(ROOT, path));
    const { code, stdout, stderr } = run('format', '--check', path);
    assert.equal(code, 1);
    assert.equal(stdout, `${path}: 1 table not formatted\n`);
    assert.equal(stderr, '1 file would be reformatted, 1 file checked\n');
    assert.deepEqual(readFileSync(join(ROOT, path)), before);
  });

  it('expands globs', () => {
    const { code, stdout } = run('format', '--check', 'test/fixtures/formatter/table-in-*.md');
    assert.equal(code, 1);
    assert.equal(stdout, [
      'test/fixtures/formatter/table-in-blockquote.md: 1 table not formatted',
      'test/fixtures/formatter/table-in-list.md: 1 table not formatted',
      '',
    ].join('\n'));
  });

  it('rewrites a CRLF file in place, tables only, after which --check passes', () => {
    const path = tempCopy('list.md', '1. Results on the dev set:\r\n\r\n   | model | F1 |\r\n   |---|---|\r\n   | base | 80.1 |\r\n\r\n2. Next item\r\n');
    const { code, stdout } = run('format', path);
    assert.equal(code, 0);
    assert.equal(stdout, `${path}: formatted 1 table\n`);
    assert.equal(
      readFileSync(path, 'utf8'),
      '1. Results on the dev set:\r\n\r\n   | model | F1   |\r\n   | ----- | ---- |\r\n   | base  | 80.1 |\r\n\r\n2. Next item\r\n',
    );
    assert.equal(run('format', '--check', path).code, 0);
  });

  it('leaves a ragged table as it is and says why, with the fix the editor offers', () => {
    const path = 'test/fixtures/formatter/ragged-rows.md';
    const { code, stdout, stderr } = run('format', '--check', path);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.equal(stderr, [
      `${path}:3:1: table not formatted: Row has 1 cell, header has 2; renderers add an empty cell at its end.`,
      `${path}:4:1: table not formatted: Row has 3 cells, header has 2; the third is dropped when rendered.`,
      '    fix in the editor: Pad the table to 3 columns (adds an empty header cell, so no cell is dropped)',
      '0 files would be reformatted, 1 file checked',
      '',
    ].join('\n'));
  });

  it('formats both tables of the real README and changes no other line', () => {
    const original = readFileSync(join(ROOT, 'test/fixtures/real/controldefect-README.md'), 'utf8');
    const path = tempCopy('README.md', original);
    assert.equal(run('format', '--check', path).stdout, `${path}: 2 tables not formatted\n`);
    assert.equal(run('format', path).code, 0);
    const before = original.split('\n');
    const after = readFileSync(path, 'utf8').split('\n');
    assert.equal(after.length, before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
    // The tables take lines 8-25 and 30-47. In both, the first column is padded to 10
    // (`Category  `) but `**Average**` is 11 wide, so every row of both tables changes.
    const rows = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    assert.deepEqual(changed, [...rows(8, 25), ...rows(30, 47)]);
    assert.equal(run('format', '--check', path).code, 0);
  });

  it('exits 2 for a missing file', () => {
    const { code, stderr } = run('format', '--check', 'no/such/file.md');
    assert.equal(code, 2);
    assert.match(stderr, /^results-tables: no\/such\/file\.md: no such file\n/);
  });
});
