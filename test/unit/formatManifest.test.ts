/**
 * The manifest contributes exactly the formatting commands the code registers, with the same
 * titles, under the category "Results Tables", shown in the palette for Markdown only.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_CATEGORY, FORMAT_COMMANDS } from '../../src/extension/formatCommandIds';
import { ROOT } from './helpers';

interface Contributed {
  command: string;
  title: string;
  category?: string;
  when?: string;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands?: Contributed[]; menus?: { commandPalette?: Contributed[] } };
};

describe('package.json formatting commands', () => {
  const ours = Object.values(FORMAT_COMMANDS);

  it('contributes every formatting command with its title and category', () => {
    const contributed = (pkg.contributes.commands ?? []).filter((c) => ours.some((o) => o.id === c.command));
    assert.deepEqual(
      contributed.map((c) => [c.command, c.title, c.category]),
      ours.map((o) => [o.id, o.title, COMMAND_CATEGORY]),
    );
  });

  it('shows them in the command palette only for Markdown', () => {
    const palette = pkg.contributes.menus?.commandPalette ?? [];
    for (const command of ours) {
      assert.deepEqual(palette.find((m) => m.command === command.id), { command: command.id, when: 'editorLangId == markdown' });
    }
  });

  it('has the two commands the issue names', () => {
    assert.equal(FORMAT_COMMANDS.formatTable.title, 'Format Table');
    assert.equal(FORMAT_COMMANDS.formatAllTables.title, 'Format All Tables');
  });
});
