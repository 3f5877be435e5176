/** `results-tables chart`: one SVG per results table of the real README. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { ROOT } from './helpers';
import { parseSvg } from './svgHelpers';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('results-tables chart', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rt-chart-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one SVG per table of the real README, each with 80 AUC bars (15 rows × 5 methods + the Average row)', async () => {
    const input = join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md');
    const result = await run(['chart', '--out', dir, input]);
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(readdirSync(dir).sort(), ['controldefect-README-table-1.svg', 'controldefect-README-table-2.svg']);
    assert.equal(result.out, `${join(dir, 'controldefect-README-table-1.svg')}\n${join(dir, 'controldefect-README-table-2.svg')}\n`);
    assert.equal(result.err, '2 charts written\n');
    for (const file of readdirSync(dir)) {
      const elements = parseSvg(readFileSync(join(dir, file), 'utf8'));
      assert.equal(elements.filter((e) => e.attrs['ecmeta_ssr_type'] === 'chart').length, 80, file);
    }
  });

  it('charts the metric asked for, and says which metrics there are when it does not exist', async () => {
    const input = join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md');
    const ok = await run(['chart', '--out', dir, '--metric', 'f1', '--kind', 'line', input]);
    assert.equal(ok.code, 0);
    const svg = readFileSync(join(dir, 'controldefect-README-table-1.svg'), 'utf8');
    assert.match(svg, />Pixel-level anomaly detection and segmentation performance comparison: F1</);
    const missing = await run(['chart', '--out', dir, '--metric', 'FID', input]);
    assert.match(missing.err, /table 1 has no metric FID \(it has AUC, AP, F1\)/);
  });

  it('requires --out', async () => {
    const result = await run(['chart', 'README.md']);
    assert.equal(result.code, 2);
    assert.match(result.err, /--out <dir> is required/);
  });
});
