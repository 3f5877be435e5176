/** The manifest contributes `resultsTables.maxFileSizeForTyping`, and the bench scripts exist. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { type: string; default: unknown; minimum?: number; markdownDescription?: string }> } };
  scripts: Record<string, string>;
};

describe('the typing-size setting', () => {
  it('is a non-negative number of characters, 1,000,000 by default, with a description', () => {
    const setting = pkg.contributes.configuration.properties['resultsTables.maxFileSizeForTyping'];
    assert.ok(setting);
    assert.equal(setting.type, 'number');
    assert.equal(setting.default, 1_000_000);
    assert.equal(setting.minimum, 0);
    assert.match(setting.markdownDescription ?? '', /open and save/);
  });

  it('has the bench and the long differential run as npm scripts', () => {
    assert.match(pkg.scripts.bench ?? '', /bench\/tmp\/bench\.js/);
    assert.match(pkg.scripts['fuzz:long'] ?? '', /bench\/tmp\/differential\.js/);
  });
});
