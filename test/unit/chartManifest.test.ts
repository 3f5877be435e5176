/** The manifest contributes what the chart feature's code uses: command, settings, preview hooks. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_MODES } from '../../src/core/chart/documentCharts';
import { CHART_COMMANDS, CHART_SETTINGS } from '../../src/extension/chart/ids';
import { CHART_VIEW_TYPE } from '../../src/webview/protocol';
import { ROOT } from './helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json chart contributions', () => {
  it('contributes "Chart Table" under Results Tables, in the palette for Markdown', () => {
    const command = pkg.contributes.commands.find((c: { command: string }) => c.command === CHART_COMMANDS.chartTable.id);
    assert.deepEqual([command.title, command.category], ['Chart Table', 'Results Tables']);
    const palette = pkg.contributes.menus.commandPalette.find((c: { command: string }) => c.command === CHART_COMMANDS.chartTable.id);
    assert.equal(palette.when, 'editorLangId == markdown');
  });

  it('declares each chart setting with the default the code falls back to', () => {
    const properties = pkg.contributes.configuration.properties;
    for (const setting of Object.values(CHART_SETTINGS)) assert.equal(properties[setting.key].default, setting.default, setting.key);
    assert.deepEqual(properties[CHART_SETTINGS.previewCharts.key].enum, [...CHART_MODES]);
  });

  it('hooks into the Markdown preview and revives the panel after a reload', () => {
    assert.equal(pkg.contributes['markdown.markdownItPlugins'], true);
    for (const style of pkg.contributes['markdown.previewStyles']) assert.ok(existsSync(join(ROOT, style)), style);
    assert.ok(pkg.activationEvents.includes(`onWebviewPanel:${CHART_VIEW_TYPE}`));
  });

  it('keeps the chart library out of the extension bundle (it loads with the first chart)', () => {
    const extension = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    assert.ok(!/zrender|echarts/i.test(extension));
    assert.match(readFileSync(join(ROOT, 'dist', 'chart-svg.js'), 'utf8'), /renderToSVGString/);
    assert.ok(existsSync(join(ROOT, 'dist', 'chart-webview.js')));
  });
});
