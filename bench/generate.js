// Generators of realistic benchmark documents: research READMEs with results tables like the
// real one (test/fixtures/real/controldefect-README.md): 8–20 columns, bold best values,
// Average rows, with prose, lists, fenced code and HTML between the tables. Deterministic
// (seeded), so that every run measures the same text.
'use strict';

/** A small seeded PRNG (mulberry32), so documents are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = ['DRAEM', 'PRN', 'DFMGAN', 'AnoDiff', 'PatchCore', 'SimpleNet', 'Ours', 'CFlow', 'FastFlow'];
const METRICS = ['AUC', 'AP', 'F1', 'PRO', 'FID↓', 'IS', 'LPIPS↓', 'Acc'];
const ITEMS = ['bottle', 'cable', 'capsule', 'carpet', 'grid', 'hazelnut', 'leather', 'metal_nut', 'pill', 'screw', 'tile', 'toothbrush', 'transistor', 'wood', 'zipper'];
const WORDS = 'the model we results table anomaly detection dataset training evaluation baseline improves segmentation pixel image level method metric average score benchmark proposed approach diffusion synthesis defect samples'.split(' ');

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function sentence(r, words = 8 + Math.floor(r() * 14)) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(r, WORDS));
  if (r() < 0.3) out.splice(2, 0, '`code_span`');
  if (r() < 0.2) out.splice(1, 0, '[link](https://example.com/a_b)');
  if (r() < 0.2) out.push('**emphasis**');
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function pad(text, width) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** One results table: `columns` columns (label + metrics), `rows` body rows and an Average row. */
function resultsTable(r, columns, rows) {
  const metricsPerMethod = 1 + Math.floor(r() * 3);
  const headers = ['Category'];
  for (let m = 0; headers.length < columns; m++) {
    for (let k = 0; k < metricsPerMethod && headers.length < columns; k++) headers.push(`${METHODS[m % METHODS.length]} ${METRICS[k]}`);
  }
  const width = headers.map((h) => Math.max(h.length, 10));
  const body = [];
  for (let i = 0; i < rows; i++) {
    const cells = [i < ITEMS.length ? ITEMS[i] : `item_${i}`];
    for (let c = 1; c < columns; c++) cells.push((50 + r() * 50).toFixed(1));
    body.push(cells);
  }
  // Bold the best of each metric in most rows, and get a few wrong, as real READMEs do.
  for (const cells of body) {
    for (let c = 1; c < columns; c++) if (r() < 0.12) cells[c] = `**${cells[c]}**`;
  }
  const avg = ['**Average**'];
  for (let c = 1; c < columns; c++) {
    let sum = 0;
    for (const cells of body) sum += Number(cells[c].replace(/\*/g, ''));
    avg.push((sum / rows + (r() < 0.1 ? 0.3 : 0)).toFixed(1));
  }
  const line = (cells) => `| ${cells.map((c, i) => pad(c, width[i])).join(' | ')} |`;
  return [line(headers), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line), line(avg)].join('\n');
}

/** Prose, lists, fenced code and HTML, as between the tables of a README. */
function filler(r) {
  const parts = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const kind = r();
    if (kind < 0.4) parts.push([sentence(r), sentence(r), sentence(r)].join(' '));
    else if (kind < 0.6) parts.push(['- ' + sentence(r, 6), '- ' + sentence(r, 5), '  - nested ' + sentence(r, 4), '- a | pipe in a list'].join('\n'));
    else if (kind < 0.75) parts.push(['```python', 'def score(x):', '    return x | mask  # not a table', '| a | b |', '|---|---|', '```'].join('\n'));
    else if (kind < 0.85) parts.push(['<details>', '<summary>More results</summary>', '', '<p align="center"><img src="fig.png" width="80%"></p>', '', '</details>'].join('\n'));
    else if (kind < 0.92) parts.push(['<!--', '| hidden | table |', '|---|---|', '-->'].join('\n'));
    else parts.push(['> **Note**: ' + sentence(r, 10), '> ' + sentence(r, 8)].join('\n'));
  }
  return parts.join('\n\n');
}

/** A README of about `bytes` characters with one results table every `bytes / tables` characters. */
function readme(bytes, tables, seed = 1) {
  const r = rng(seed);
  const per = bytes / tables;
  const out = ['# Benchmark results', '', sentence(r), ''];
  let size = out.join('\n').length;
  let count = 0;
  while (size < bytes) {
    const section = [`## Experiment ${count + 1}`, '', filler(r), ''];
    const table = resultsTable(r, 8 + Math.floor(r() * 13), 6 + Math.floor(r() * 12));
    section.push(table, '', filler(r), '');
    // Keep the density of tables at the target: fill with prose when a table was small.
    let text = section.join('\n');
    while (text.length < per * 0.95) text += '\n' + filler(r) + '\n';
    out.push(text);
    size += text.length + 1;
    count++;
  }
  return { text: out.join('\n'), tables: count };
}

/** One table of `rows` body rows (and 16 columns). */
function bigTable(rows, seed = 2) {
  const r = rng(seed);
  return `# One big table\n\n${resultsTable(r, 16, rows)}\n`;
}

/** About `bytes` of lines that stress every regular expression: pipes, stars, backslashes, ... */
function adversarial(bytes, seed = 3) {
  const r = rng(seed);
  const atoms = ['|', '*', '\\', '<', '`', '$', '±', '(', '_', '**', '\\|', '1', '.', ' ', '-', ':', '{', '<b>', '9'];
  const lines = [];
  let size = 0;
  // A few tables whose cells are long runs of one character, plus long lines of mixed atoms.
  for (const ch of ['|', '*', '\\', '<', '`', '$', '±', '(']) {
    const cell = ch.repeat(4000);
    lines.push(`| a | b |`, `|---|---|`, `| ${cell} | 1${cell} |`, `| **${cell} | ${'1 ± '.repeat(1000)} |`, '');
    lines.push(cell + ch.repeat(1) + 'x', '');
  }
  while (size < bytes) {
    let line = '';
    const len = 20000 + Math.floor(r() * 20000);
    while (line.length < len) line += pick(r, atoms);
    lines.push('| h | h |', '|---|---|', `| ${line} | ${line.slice(0, 2000)} |`, line, '');
    size += 2 * line.length + 40;
  }
  return lines.join('\n');
}

/**
 * About `bytes` of results tables whose cells are all analysed and hostile: numbers inside deep
 * or unbalanced wrappers, long runs of mark characters, spreads, thousands separators, LaTeX,
 * each cell a few hundred characters; headers and labels too. Unlike `adversarial`, whose long
 * lines mostly fall in cells of tables with no numbers, every cell here goes through the value
 * reader, the labels and the layout scoring.
 */
function adversarialCells(bytes, seed = 4) {
  const r = rng(seed);
  // Long, but still numbers as the reader sees them (so the columns are numeric and every
  // rule runs), and a few that are not.
  const n = (d = 1) => (50 + r() * 50).toFixed(d);
  const hostile = [
    () => `<b><u>**$\\mathbf{${n()}}$**</u></b><sup>${'a'.repeat(300)}</sup>`,
    () => `${'<b>'.repeat(12)}${n()}${'</b>'.repeat(12)}`,
    () => `${n()}${' '.repeat(300)}± ${' '.repeat(200)}0.4`,
    () => `${'9'.repeat(300)}.${'9'.repeat(200)}`,
    () => `**${n()}**${'†'.repeat(300)}`,
    () => `$${n()}_{\\pm ${'0'.repeat(200)}.3}$`,
    () => `${n(100)}${"7".repeat(200)}%`,
    () => `1,234,${'567,'.repeat(60)}890.5`,
    () => `${'*'.repeat(150)}${n()}${'_'.repeat(150)}`,
    () => `<u>${'<'.repeat(150)}${n()}</u>${'>'.repeat(150)}`,
    () => n(),
  ];
  const out = [];
  let size = 0;
  for (let t = 0; size < bytes; t++) {
    const columns = 12;
    const header = ['**Method** ' + '*'.repeat(100), ...Array.from({ length: columns - 1 }, (_, c) => `${'<i>'.repeat(20)}M${c} ${'_'.repeat(50)}↓`)];
    const rows = [header.join(' | '), Array(columns).fill('---').join(' | ')];
    for (let i = 0; i < 20; i++) {
      const cells = [i === 19 ? '**Average**' : `${'**'.repeat(30)}method_${i}${'_*'.repeat(40)}`];
      for (let c = 1; c < columns; c++) cells.push(pick(r, hostile)());
      rows.push(cells.join(' | '));
    }
    const table = rows.map((row) => `| ${row} |`).join('\n');
    out.push(`## Table ${t}`, '', table, '');
    size += table.length + 12;
  }
  return out.join('\n');
}

module.exports = { rng, readme, bigTable, adversarial, adversarialCells, resultsTable };
