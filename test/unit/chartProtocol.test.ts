/** Messages from the chart webview are checked field by field before the extension acts. */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/check';
import { chartDataOf } from '../../src/core/chart/chartData';
import { pointAt } from '../../src/core/chart/chartOption';
import { parsePanelState, parseWebviewMessage } from '../../src/webview/protocol';
import { chartHtml, chartCsp } from '../../src/extension/chart/html';
import { shiftedLine } from '../../src/extension/chart/lineTracking';
import { fixture } from './helpers';

describe('chart protocol', () => {
  it('accepts well-formed messages as they are', () => {
    const messages = [
      { type: 'ready' },
      { type: 'viewChanged', view: { kind: 'line', metric: 2, orientation: 'horizontal' } },
      { type: 'reveal', cell: { line: 9, start: 15, end: 19 } },
      { type: 'export', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
      { type: 'export', format: 'png', data: 'iVBORw0KGgo=' },
      { type: 'reformat', action: 'sortBestFirst' },
      { type: 'pong', id: 3, bars: 80, title: 'T' },
    ];
    for (const message of messages) assert.deepEqual(parseWebviewMessage(message), message);
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { type: 'run', command: 'workbench.action.terminal.new' },
      { type: 'viewChanged', view: { kind: 'pie', metric: 0, orientation: 'vertical' } },
      { type: 'viewChanged', view: { kind: 'bars', metric: -1, orientation: 'vertical' } },
      { type: 'reveal', cell: { line: '9', start: 0, end: 1 } },
      { type: 'reveal', cell: { line: 1.5, start: 0, end: 1 } },
      { type: 'reveal', cell: { line: 1, start: 5, end: 1 } },
      { type: 'export', format: 'html', data: '<svg></svg>' },
      { type: 'export', format: 'svg', data: '<script>alert(1)</script>' },
      { type: 'export', format: 'png', data: 'not base64!' },
      { type: 'reformat', action: 'deleteTable' },
      { type: 'pong', id: 1, bars: -2, title: '' },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });

  it('revives only a well-formed saved state', () => {
    const state = { uri: 'file:///r/README.md', startLine: 7, view: { kind: 'bars', metric: 0, orientation: 'vertical' } };
    assert.deepEqual(parsePanelState(state), state);
    assert.equal(parsePanelState({ ...state, startLine: -1 }), undefined);
    assert.equal(parsePanelState({ uri: 'x' }), undefined);
  });
});

describe('chart panel page', () => {
  it('allows only its own script by nonce, its own styles, and data: images for PNG export', () => {
    assert.equal(chartCsp('https://x.vscode-cdn.net', 'abc'), "default-src 'none'; script-src 'nonce-abc'; style-src https://x.vscode-cdn.net; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net");
  });

  it('puts document text only in the escaped data-state attribute', () => {
    const html = chartHtml({ cspSource: 'https://c', nonce: 'n1', scriptUri: 'https://c/chart.js', styleUri: 'https://c/chart.css', initial: { type: 'noTable', state: { uri: 'file:///a"<b>.md', startLine: 0, view: { kind: 'bars', metric: 0, orientation: 'vertical' } }, reason: '</script><img src=x onerror=alert(1)>' } });
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal((html.match(/<script /g) ?? []).length, 1);
    assert.match(html, /<script nonce="n1" src="https:\/\/c\/chart.js"><\/script>/);
  });
});

describe('pointAt: the cell behind a clicked bar', () => {
  const { lines, models } = analyzeDocument(fixture('real', 'controldefect-README.md'));
  const data = chartDataOf(models[0]!, lines)!;
  const bars = { kind: 'bars', metric: 0, orientation: 'vertical' } as const;

  it('maps body and summary series of each method to their cells', () => {
    // Series 0 is DRAEM's 15 rows, series 1 its Average; bar 0 of series 0 is bottle 96.7.
    assert.deepEqual(pointAt(data, bars, 0, 0)?.cell, { line: 9, start: 15, end: 19 });
    assert.equal(pointAt(data, bars, 1, 0)?.value, 92.2);
    // Series 8 is Ours' rows: zipper (row 15) AUC 99.8.
    assert.equal(pointAt(data, bars, 8, 14)?.value, 99.8);
    assert.equal(pointAt(data, { ...bars, kind: 'ranking' }, 0, 0), undefined);
    assert.equal(pointAt(data, bars, 10, 0), undefined);
  });
});

describe('following a table through edits', () => {
  const at = (startLine: number, endLine: number, text: string) => ({ range: { start: { line: startLine }, end: { line: endLine } }, text });

  it('moves the header by the lines added or removed above it, and not for edits below', () => {
    assert.equal(shiftedLine(7, [at(2, 2, 'a\nb\n')]), 9);
    assert.equal(shiftedLine(7, [at(1, 3, '')]), 5);
    assert.equal(shiftedLine(7, [at(7, 7, 'x')]), 7);
    assert.equal(shiftedLine(7, [at(12, 14, '\n\n\n')]), 7);
    assert.equal(shiftedLine(2, [at(0, 6, '')]), 2);
  });
});
