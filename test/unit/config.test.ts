/**
 * Options and directives: each setting and each directive changes exactly what it says, and an
 * invalid directive is itself a finding.
 */
import * as assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check';
import { readDirectives } from '../../src/core/config/directives';
import { matchesPattern } from '../../src/core/config/options';
import type { HtmlBlock } from '../../src/core/detect/blocks';
import type { Table } from '../../src/core/types';
import fc from 'fast-check';
import { brief } from './helpers';

const codes = (text: string, options = {}) => checkDocument(text, options).map(brief);

// Bold on 0.31, but "Dist" (not on the built-in list) is higher-is-better by default: 0.45 is best.
const DIST = '| Model | Dist |\n|---|---|\n| a | **0.31** |\n| b | 0.45 |\n| c | 0.40 |\n';

describe('settings', () => {
  it('lowerIsBetter and higherIsBetter patterns set a metric direction', () => {
    assert.deepEqual(codes(DIST), ['3:9 bold-not-best', '4:7 best-not-bold']);
    assert.deepEqual(codes(DIST, { lowerIsBetter: ['dist'] }), []);
    assert.deepEqual(codes(DIST, { lowerIsBetter: ['Di*'] }), []);
    // "Latency" is on the built-in list; a higherIsBetter pattern overrides it.
    const latency = DIST.replace('Dist', 'Latency');
    assert.deepEqual(codes(latency), []);
    assert.deepEqual(codes(latency, { higherIsBetter: ['latency'] }), ['3:9 bold-not-best', '4:7 best-not-bold']);
  });

  it('patterns match whole words only and are never regular expressions', () => {
    assert.equal(matchesPattern('Top-1 Err', ['err']), true);
    assert.equal(matchesPattern('Terror', ['err']), false);
    assert.equal(matchesPattern('a.b', ['a.b']), true);
    assert.equal(matchesPattern('axb', ['a.b']), false);
    assert.equal(matchesPattern('(((((a', ['((((']), true);
  });

  it('severity per check, and off', () => {
    const findings = checkDocument(DIST, { severity: { 'bold-not-best': 'error', 'best-not-bold': 'off' } });
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['bold-not-best', 'error']]);
  });

  it('averageTolerance as a number replaces the automatic one', () => {
    // (90.0 + 80.0 + 70.5) / 3 = 80.1667; 80.4 is 0.233 off: reported with auto (0.1), not with 0.25.
    const text = '| Model | Acc |\n|---|---|\n| a | 90.0 |\n| b | 80.0 |\n| c | 70.5 |\n| Average | 80.4 |\n';
    assert.deepEqual(codes(text), ['6:13 average-mismatch']);
    assert.deepEqual(codes(text, { averageTolerance: 0.25 }), []);
  });

  it('tieTolerance makes near-equal values tie for best', () => {
    // 72.40 and 72.45 differ by 0.069%: tied at 0.001, not at 0.
    const text = '| M | Acc |\n|---|---|\n| a | **72.40** |\n| b | 72.45 |\n| c | 70.00 |\n';
    assert.deepEqual(codes(text), ['3:9 bold-not-best', '4:7 best-not-bold']);
    assert.deepEqual(codes(text, { tieTolerance: 0.001 }), ['4:7 best-not-bold']);
  });
});

describe('directives', () => {
  it('lower= sets the direction for the next table only', () => {
    const text = `<!-- results-tables: lower=Dist -->\n\n${DIST}\n${DIST}`;
    // First table (lines 3-7) is clean; the second (lines 9-13) is checked as before.
    assert.deepEqual(codes(text), ['11:9 bold-not-best', '12:7 best-not-bold']);
  });

  it('ignore= turns checks off for the next table', () => {
    assert.deepEqual(codes(`<!-- results-tables: ignore=bold-not-best,best-not-bold -->\n${DIST}`), []);
  });

  it('bold=top2 accepts bold on the best two values', () => {
    const text = '<!-- results-tables: bold=top2 -->\n| M | Acc |\n|---|---|\n| a | **72.4** |\n| b | **71.0** |\n| c | 70.1 |\n';
    assert.deepEqual(codes(text), []);
    const missing = text.replace('**71.0**', '71.0');
    assert.deepEqual(codes(missing), ['5:7 best-not-bold']);
    assert.match(checkDocument(missing)[0]!.message, /^b 71\.0 is the second best Acc but is not bold\.$/);
  });

  it('bold=none turns bold checks off for the table', () => {
    assert.deepEqual(codes(`<!-- results-tables: bold=none -->\n${DIST}`), []);
  });

  it('tolerance= and tie= apply to the next table', () => {
    const text = '| Model | Acc |\n|---|---|\n| a | 90.0 |\n| b | 80.0 |\n| c | 70.5 |\n| Average | 80.4 |\n';
    assert.deepEqual(codes(`<!-- results-tables: tolerance=0.25 -->\n${text}`), []);
  });

  it('underline=none stops second-best checks; tie= ties near-equal values', () => {
    // 72.4 best (bold), 71.0 second but 70.1 is underlined.
    const text = '| M | Acc |\n|---|---|\n| A | 71.0 |\n| B | **72.4** |\n| C | <u>70.1</u> |\n';
    assert.deepEqual(checkDocument(text).map((f) => f.code), ['second-not-underlined', 'underline-not-second']);
    assert.deepEqual(codes(`<!-- results-tables: underline=none -->\n${text}`), []);
    // 72.40 vs 72.45: 0.069% apart, tied under tie=0.001, so the bold 72.40 is a best value.
    const near = '| M | Acc |\n|---|---|\n| a | **72.40** |\n| b | 72.45 |\n| c | 70.00 |\n';
    assert.deepEqual(codes(`<!-- results-tables: tie=0.001 -->\n${near}`), ['5:7 best-not-bold']);
    assert.deepEqual(checkDocument('<!-- results-tables: tie=2 -->\n' + near).map((f) => f.code)[0], 'invalid-directive');
  });

  it('disable and enable switch checks off for the tables in between', () => {
    const text = `<!-- results-tables-disable -->\n\n${DIST}\n<!-- results-tables-enable -->\n\n${DIST}`;
    // Second table: header on line 11, rows 13-15.
    assert.deepEqual(codes(text), ['13:9 bold-not-best', '14:7 best-not-bold']);
    const one = `<!-- results-tables-disable best-not-bold -->\n\n${DIST}`;
    assert.deepEqual(codes(one), ['5:9 bold-not-best']);
  });

  it('reports invalid directives with a clear message', () => {
    const cases: Array<[string, string]> = [
      ['<!-- results-tables: lowr=FID -->', 'Invalid results-tables directive: unknown key "lowr"; known keys: lower, higher, ignore, bold, underline, tolerance, tie, chart.'],
      ['<!-- results-tables: bold=top3 -->', 'Invalid results-tables directive: bold must be best, top2 or none, not "top3".'],
      ['<!-- results-tables: ignore=bold-best -->', 'Invalid results-tables directive: unknown check "bold-best" in ignore; checks are: average-mismatch, bold-not-best, best-not-bold, second-not-underlined, underline-not-second, duplicate-column, ragged-row, invalid-directive.'],
      ['<!-- results-tables: tolerance=-1 -->', 'Invalid results-tables directive: tolerance must be auto or a number ≥ 0, not "-1".'],
      ['<!-- results-tables-disabled -->', 'Unknown directive results-tables-disabled; use results-tables:, results-tables-disable or results-tables-enable.'],
    ];
    for (const [comment, message] of cases) {
      const findings = checkDocument(`${comment}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`);
      assert.deepEqual(findings.map((f) => [f.code, f.message, f.range.start.line, f.range.start.character, f.range.end.character]), [
        ['invalid-directive', message, 0, 0, comment.length],
      ]);
    }
    const alone = checkDocument('Text.\n\n<!-- results-tables: lower=FID -->\n');
    assert.deepEqual(alone.map((f) => f.message), ['This results-tables directive is not followed by any table, so it has no effect.']);
  });

  it('ignores directive text inside code, as the preview does', () => {
    const text = '```\n<!-- results-tables: lowr=FID -->\n```\n\n' + DIST;
    assert.deepEqual(codes(text), ['7:9 bold-not-best', '8:7 best-not-bold']);
  });
});

describe('directives written inside a paragraph', () => {
  it('are reported, not ignored silently, and not applied', () => {
    const table = '| Model | Dist |\n|---|---|\n| a | **0.31** |\n| b | 0.45 |\n| c | 0.40 |\n';
    const text = `Costs below. <!-- results-tables: lower=Dist -->\n\n${table}`;
    const findings = checkDocument(text);
    // The directive is not applied: Dist stays higher-is-better (0.45 best, 0.31 bold).
    assert.deepEqual(findings.map((f) => f.code), ['invalid-directive', 'bold-not-best', 'best-not-bold']);
    assert.equal(findings[0]!.message, 'This results-tables comment is inside a paragraph, so it is not read: put it on a line of its own, with a blank line before it.');
    assert.deepEqual([findings[0]!.range.start.line, findings[0]!.range.start.character], [0, 13]);
  });

  it('are left alone when shown as code', () => {
    const text = 'Write `<!-- results-tables: lower=FID -->` before a table.\n';
    assert.deepEqual(checkDocument(text), []);
  });
});

describe('disable and enable regions', () => {
  /** The rule as first written: every switch before a table, applied again for each table. */
  function reference(switches: Array<{ line: number; off: boolean; codes: string[] }>, starts: number[]): Array<string[] | undefined> {
    return starts.map((start) => {
      const off = new Set<string>();
      for (const s of switches) {
        if (s.line > start) break;
        const codes = s.codes.length > 0 ? s.codes : ['*'];
        if (s.off) codes.forEach((c) => off.add(c));
        else if (s.codes.length === 0) off.clear();
        else codes.forEach((c) => off.delete(c));
      }
      return off.size > 0 ? [...off].sort() : undefined;
    });
  }

  it('gives each table the checks switched off before it, in one sweep, as the per-table walk did', () => {
    const CODES = ['bold-not-best', 'average-mismatch', 'ragged-row'];
    // A document of items in order: a switch (disable/enable, with or without codes) or a table.
    const item = fc.oneof(
      fc.record({ off: fc.boolean(), codes: fc.subarray(CODES) }),
      fc.constant('table' as const),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const blocks: HtmlBlock[] = [];
        const tables: Table[] = [];
        const switches: Array<{ line: number; off: boolean; codes: string[] }> = [];
        items.forEach((it, i) => {
          const line = i * 3;
          if (it === 'table') {
            tables.push({ startLine: line, endLine: line + 2 } as Table);
          } else {
            const name = it.off ? 'results-tables-disable' : 'results-tables-enable';
            blocks.push({ startLine: line, endLine: line + 1, content: `<!-- ${name} ${it.codes.join(' ')} -->` });
            switches.push({ line: line + 1, off: it.off, codes: it.codes });
          }
        });
        const { disabled, problems } = readDirectives(blocks, tables, CODES);
        assert.deepEqual(problems, []);
        const got = tables.map((_, index) => (disabled.get(index) ? [...disabled.get(index)!].sort() : undefined));
        assert.deepEqual(got, reference(switches, tables.map((t) => t.startLine)));
      }),
      { numRuns: 2000, seed: 31 },
    );
  });
});
