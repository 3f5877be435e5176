/** What a cell shows: value, displayed decimals, marks, and where the number is. */
import * as assert from 'node:assert/strict';
import { parseValue, type NumberValue } from '../../src/core/values/parseValue';

function number(text: string): NumberValue {
  const value = parseValue(text);
  assert.equal(value.kind, 'number', `${text} should be a number`);
  return value as NumberValue;
}

/** [cell text, value, decimals, bold, underline, the number as written] */
const CASES: Array<[string, number, number, boolean, boolean, string]> = [
  ['99.1', 99.1, 1, false, false, '99.1'],
  ['**99.1**', 99.1, 1, true, false, '99.1'],
  ['__99.1__', 99.1, 1, true, false, '99.1'],
  ['<b>99.1</b>', 99.1, 1, true, false, '99.1'],
  ['<strong>99.10</strong>', 99.1, 2, true, false, '99.10'],
  ['<u>87.5</u>', 87.5, 1, false, true, '87.5'],
  ['<ins>87.5</ins>', 87.5, 1, false, true, '87.5'],
  ['**<u>87.5</u>**', 87.5, 1, true, true, '87.5'],
  ['*42.0*', 42, 1, false, false, '42.0'],
  ['12.3%', 12.3, 1, false, false, '12.3'],
  ['12.3±0.4', 12.3, 1, false, false, '12.3'],
  ['12.3 ± 0.4', 12.3, 1, false, false, '12.3'],
  ['12.3 (0.4)', 12.3, 1, false, false, '12.3'],
  ['$12.3_{\\pm 0.4}$', 12.3, 1, false, false, '12.3'],
  ['$\\mathbf{12.3}_{\\pm 0.4}$', 12.3, 1, true, false, '12.3'],
  ['\\underline{71.0}', 71, 1, false, true, '71.0'],
  ['1,234', 1234, 0, false, false, '1,234'],
  ['−1.5', -1.5, 1, false, false, '−1.5'],
  ['-0.25', -0.25, 2, false, false, '-0.25'],
  ['1e-3', 0.001, 3, false, false, '1e-3'],
  ['2.5e3', 2500, 0, false, false, '2.5e3'],
  ['.5', 0.5, 1, false, false, '.5'],
  ['**12.3** ± 0.4', 12.3, 1, true, false, '12.3'],
  ['78.2†', 78.2, 1, false, false, '78.2'],
];

describe('parseValue', () => {
  for (const [text, value, decimals, bold, underline, written] of CASES) {
    it(`reads ${text}`, () => {
      const parsed = number(text);
      assert.equal(parsed.value, value);
      assert.equal(parsed.decimals, decimals);
      assert.equal(parsed.bold, bold);
      assert.equal(parsed.underline, underline);
      assert.equal(text.slice(parsed.numberStart, parsed.numberEnd), written);
    });
  }

  it('reads the spread and the percent sign', () => {
    assert.equal(number('12.3±0.4').spread, 0.4);
    assert.equal(number('12.3 (0.4)').spread, 0.4);
    assert.equal(number('$12.3_{\\pm 0.4}$').spread, 0.4);
    assert.equal(number('12.3%').percent, true);
    assert.equal(number('12.3').percent, false);
  });

  for (const text of ['-', '—', 'N/A', 'n/a', '✗', '', '**-**', 'NA']) {
    it(`reads ${JSON.stringify(text)} as no value, never 0`, () => {
      assert.equal(parseValue(text).kind, 'missing');
    });
  }

  for (const text of ['bottle', 'ResNet-50', '99.1 (ours)', 'v2.1.0', '12.3 ± abc', '**Average**', '`1.0`']) {
    it(`reads ${JSON.stringify(text)} as text`, () => {
      assert.equal(parseValue(text).kind, 'text');
    });
  }

  it('keeps the bold of a text cell', () => {
    const value = parseValue('**Average**');
    assert.equal(value.kind, 'text');
    assert.equal(value.bold, true);
  });
});
