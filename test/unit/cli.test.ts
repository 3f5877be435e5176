/**
 * The CLI as a real process: `node dist/cli.js` (built by `npm run build`, which `npm test`
 * runs first), its output formats and its exit codes.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const REAL = 'test/fixtures/real/controldefect-README.md';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('results-tables check (a real process)', () => {
  it('prints the 23 findings of the real README as path:line:col lines and exits 1', () => {
    const { code, stdout, stderr } = run('check', REAL);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 23);
    assert.equal(
      lines[1],
      `${REAL}:10:93: warning bold-not-best DFMGAN AP 90.2 is bold but is not the best AP in row bottle: AnoDiff AP 94.1 is higher.`,
    );
    assert.equal(stderr, '23 problems in 1 file\n');
  });

  it('prints JSON records with 1-based, end-exclusive positions', () => {
    const { code, stdout } = run('check', '--format', 'json', REAL);
    assert.equal(code, 1);
    const records = JSON.parse(stdout) as Array<Record<string, unknown>>;
    assert.equal(records.length, 23);
    // Line 25, "| **Average**| 92.2 ...": 92.2 takes columns 16 to 19, so the end is 20.
    assert.deepEqual(records.find((r) => r.code === 'average-mismatch'), {
      file: REAL,
      line: 25,
      column: 16,
      endLine: 25,
      endColumn: 20,
      severity: 'warning',
      code: 'average-mismatch',
      message: 'Average DRAEM AUC is 92.2, but the mean of its 15 values is 92.460 (1386.9 / 15); rounding explains a difference of at most 0.1.',
    });
  });

  it('exits 0 with no output on clean files, found through a glob', () => {
    const { code, stdout, stderr } = run('check', 'test/fixtures/formatter/table-in-*.md');
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.equal(stderr, '0 problems in 2 files\n');
  });

  it('reports a missing file in one line, no stack, and exits 2', () => {
    const { code, stderr } = run('check', 'no/such/file.md');
    assert.equal(code, 2);
    assert.match(stderr, /^results-tables: no\/such\/file\.md: no such file\n/);
    assert.doesNotMatch(stderr, /\bat \w+ \(/);
  });

  it('exits 2 on usage errors, with the usage', () => {
    for (const args of [[], ['frobnicate', 'x.md'], ['check'], ['check', '--format', 'xml', REAL], ['check', '--nope', REAL]]) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^results-tables: .+\n\nUsage:/);
    }
  });

  it('exits 2 on a glob that matches nothing', () => {
    const { code, stderr } = run('check', 'nothing-here/**/*.md');
    assert.equal(code, 2);
    assert.match(stderr, /no file matches nothing-here\/\*\*\/\*\.md/);
  });

  it('checks a file with hostile content without crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-cli-'));
    const file = join(dir, 'hostile.md');
    const row = '| <img src=x onerror=alert(1)> | **</script>** | 1.0 |\n';
    writeFileSync(file, `| a | b | c |\n|---|---|---|\n${row}${row}| x |\n\0\uFFFF\uD800`);
    const { code, stdout } = run('check', file);
    assert.equal(code, 1);
    assert.match(stdout, /:5:1: warning ragged-row Row has 1 cell, header has 3/);
  });

  it('--fix repairs the real README in place, leaving only the duplicated column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-fix-'));
    const file = join(dir, 'README.md');
    copyFileSync(join(ROOT, REAL), file);
    const { code, stdout, stderr } = run('check', '--fix', file);
    assert.equal(code, 1);
    // 22 findings carry a fix; the duplicated column has none and is what remains.
    assert.match(stderr, /README\.md: fixed 22 problems\n/);
    assert.equal(stdout.trimEnd().split('\n').length, 1);
    // Column 177, not 176: the PRN F1 column widened by one to fit grid's **58.9**.
    assert.match(stdout, /:8:177: warning duplicate-column /);
    const fixed = readFileSync(file, 'utf8');
    // Average DRAEM AUC: 1386.9 / 15 = 92.46 -> 92.5.
    assert.match(fixed.split('\n')[24]!, /^\| \*\*Average\*\*\| 92\.5      \| 55\.9     \| 54\.5     \|/);
    // Running it again changes nothing.
    const again = run('check', '--fix', file);
    assert.equal(readFileSync(file, 'utf8'), fixed);
    assert.doesNotMatch(again.stderr, /fixed/);
  });

  it('--config reads the same settings as VS Code, with or without the prefix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-config-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ 'resultsTables.checks': { 'average-mismatch': 'off', 'duplicate-column': 'error' } }));
    const { code, stdout } = run('check', '--config', config, REAL);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    // 23 findings less the 11 average mismatches.
    assert.equal(lines.length, 12);
    assert.match(lines[0]!, /: error duplicate-column /);
    writeFileSync(config, JSON.stringify({ checks: { 'avg-mismatch': 'off' } }));
    const bad = run('check', '--config', config, REAL);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown check "avg-mismatch"/);
    writeFileSync(config, '{ not json');
    assert.equal(run('check', '--config', config, REAL).code, 2);
    assert.match(run('check', '--config', join(dir, 'missing.json'), REAL).stderr, /missing\.json: no such file/);
  });

  it('never rewrites a file that is not UTF-8, and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-latin1-'));
    const file = join(dir, 'latin1.md');
    // "Résultats" in Latin-1 (0xE9), then a table whose bold is on the wrong value.
    const bytes = Buffer.concat([Buffer.from('R'), Buffer.from([0xe9]), Buffer.from('sultats\n\n| M | Acc |\n|---|---|\n| A | **80.0** |\n| B | 81.0 |\n')]);
    writeFileSync(file, bytes);
    const { code, stderr } = run('check', '--fix', file);
    assert.equal(code, 2);
    assert.match(stderr, /latin1\.md: not valid UTF-8; left unchanged/);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('reads a file with a byte order mark as VS Code does, and keeps the mark when it rewrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-bom-'));
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    // A fence on the first line: the table inside is code, in VS Code and so here; with the BOM
    // read as text, the fence was a paragraph and its table had 2 findings.
    const fenced = join(dir, 'fenced.md');
    writeFileSync(fenced, Buffer.concat([BOM, Buffer.from('```\n| Method | AP |\n|---|---|\n| A | **1.0** |\n| B | 2.0 |\n```\n')]));
    assert.deepEqual(run('check', fenced), { code: 0, stdout: '', stderr: '0 problems in 1 file\n' });
    // A directive on the first line is read; lower=AP makes 1.0 (A) the best, which is bold.
    const directive = join(dir, 'directive.md');
    writeFileSync(directive, Buffer.concat([BOM, Buffer.from('<!-- results-tables: lower=AP -->\n| Method | AP |\n|---|---|\n| A | **1.0** |\n| B | 2.0 |\n')]));
    assert.deepEqual(run('check', directive), { code: 0, stdout: '', stderr: '0 problems in 1 file\n' });
    // --fix moves the bold from 80.0 to 81.0 (the best Acc) and keeps the BOM, at line 1
    // column 1 of the text as VS Code counts it (the BOM is no column).
    const fix = join(dir, 'fix.md');
    writeFileSync(fix, Buffer.concat([BOM, Buffer.from('| M | Acc |\n|---|---|\n| A | **80.0** |\n| B | 81.0 |\n')]));
    const checked = run('check', fix);
    assert.match(checked.stdout, /fix\.md:3:9: warning bold-not-best/);
    assert.equal(run('check', '--fix', fix).code, 0);
    assert.deepEqual(readFileSync(fix), Buffer.concat([BOM, Buffer.from('| M | Acc |\n|---|---|\n| A | 80.0 |\n| B | **81.0** |\n')]));
    // format keeps it too: one space around each cell (every column is one character wide, and
    // a one-dash delimiter stays one dash), the three bytes first.
    const format = join(dir, 'format.md');
    writeFileSync(format, Buffer.concat([BOM, Buffer.from('|a|b|\n|-|-|\n|1|2|\n')]));
    assert.equal(run('format', format).code, 0);
    assert.deepEqual(readFileSync(format), Buffer.concat([BOM, Buffer.from('| a | b |\n| - | - |\n| 1 | 2 |\n')]));
  });

  it('checks a UTF-16 file as VS Code opens it, and never rewrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-utf16-'));
    const file = join(dir, 'u16.md');
    // Little-endian with its mark: the bold 1.0 is not the best Acc (2.0 is), at line 3 column 9.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('| Method | Acc |\n|---|---|\n| A | **1.0** |\n| B | 2.0 |\n', 'utf16le')]);
    writeFileSync(file, bytes);
    const checked = run('check', file);
    assert.equal(checked.code, 1);
    assert.deepEqual(checked.stdout.trimEnd().split('\n').map((line) => line.split(' ').slice(0, 3).join(' ')), [
      `${file}:3:9: warning bold-not-best`,
      `${file}:4:7: warning best-not-bold`,
    ]);
    const fixed = run('check', '--fix', file);
    assert.equal(fixed.code, 2);
    assert.match(fixed.stderr, /u16\.md: not valid UTF-8; left unchanged/);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('stops quietly when the reader of its output closes the pipe early', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-pipe-'));
    const file = join(dir, 'many.md');
    // 300 copies of the real README: 6,900 lines of findings, far more than one pipe buffer.
    writeFileSync(file, readFileSync(join(ROOT, REAL), 'utf8').repeat(300));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check "${file}" | head -n 1`], { encoding: 'utf8' });
    assert.equal(result.stdout.split('\n').length, 2);
    assert.doesNotMatch(result.stderr, /EPIPE|Error/);
  });

  it('format counts a file that is not UTF-8 as left unchanged, not as reformatted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-latin1-format-'));
    const file = join(dir, 'l.md');
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n\n|a|b|\n|-|-|\n|1|2|\n')]);
    writeFileSync(file, bytes);
    const { code, stderr } = run('format', file);
    assert.equal(code, 2);
    assert.equal(stderr, `results-tables: ${file}: not valid UTF-8; left unchanged (rewriting it would lose bytes)\n0 files reformatted, 1 file checked\n`);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('exits 0 when only information is left, and takes -- as the end of options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-info-'));
    const file = join(dir, '--odd.md');
    // Ours is bold throughout but 70.5 < 71.0 on A: information only.
    writeFileSync(file, '| Method | A | B | C |\n|---|---|---|---|\n| Base | 71.0 | 80.2 | 66.0 |\n| **Ours** | **70.5** | **81.0** | **67.9** |\n');
    const result = spawnSync(process.execPath, [CLI, 'check', '--', '--odd.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /--odd\.md:4:16: information bold-not-best The highlighted row Ours includes A 70\.5/);
  });
});
