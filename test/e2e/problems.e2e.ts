/**
 * A user installs the packaged .vsix, opens the real README from the explorer, and reads the
 * findings in the Problems panel: the same ones the CLI reports.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../harness/paths';
import { editorText, openWorkbench, type Workbench } from './workbench';

interface CliFinding {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

function cliFindings(file: string): CliFinding[] {
  try {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    return [];
  } catch (error) {
    // Exit code 1: problems found, printed on stdout.
    return JSON.parse((error as { stdout: string }).stdout) as CliFinding[];
  }
}

/** Polls `probe` until it holds, for at most 30 s. */
async function expectSoon(probe: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a user with the packaged extension', function () {
  let workbench: Workbench;

  before(async function () {
    this.timeout(180_000);
    workbench = await openWorkbench();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      console.log(`    screenshot: ${await workbench.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`)}`);
    }
  });

  after(async () => workbench?.close());

  it('installs the .vsix with --install-extension', () => {
    assert.match(workbench.installOutput, /Extension 'results-tables-[\d.]+\.vsix' was successfully installed/);
  });

  it('opens README.md from the explorer', async () => {
    const { page } = workbench;
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^README\.md$/ });
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'README.md' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent?.includes('|'));
    assert.match(await editorText(page), /\|/);
    await workbench.screenshot('readme-open');
  });

  it('shows the findings in the Problems panel, as the CLI reports them', async () => {
    const { page } = workbench;
    const expected = cliFindings(path.join(workbench.workspace, 'README.md'));
    assert.equal(expected.length, 23);
    await page.keyboard.press('Control+Shift+M');
    const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'README.md' }).first();
    await fileRow.waitFor({ timeout: 30_000 });
    await page.locator('.markers-panel .monaco-list-row[aria-label^="23 problems in file README.md"]').waitFor();
    assert.match((await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '', /Warnings: 23/);
    await workbench.screenshot('problems');

    // The list is virtual: walk it with the keyboard and read each row as it becomes focused.
    // Clicking the file row would fold it: start at the first problem under it.
    await page.locator('.markers-panel .monaco-list-row').nth(1).click();
    const seen = new Map<string, string>();
    let last = '';
    for (let i = 0; i < 200; i++) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      const focused = page.locator('.markers-panel .monaco-list-row.focused');
      const label = (await focused.getAttribute('aria-label')) ?? '';
      if (label === last) break;
      last = label;
      const marker = /^Warning: (.*) at line (\d+) and character (\d+)\./.exec(label);
      if (marker) seen.set(`${marker[2]}:${marker[3]} ${marker[1]}`, (await focused.textContent()) ?? '');
    }
    assert.deepEqual(
      [...seen.keys()].sort(),
      expected.map((f) => `${f.line}:${f.column} ${f.message}`).sort(),
    );
    for (const finding of expected) {
      // The row shows the source, the code (a link to its documentation) and the position.
      const row = seen.get(`${finding.line}:${finding.column} ${finding.message}`) ?? '';
      assert.match(row, new RegExp(`results-tables\\(?${finding.code}\\)?\\[Ln ${finding.line}, Col ${finding.column}\\]$`));
    }
  });

  it('applies a quick fix with Ctrl+. and Enter', async () => {
    const { page } = workbench;
    // README.md:10:93: DFMGAN AP 90.2 is bold but is not the best AP in row bottle (AnoDiff 94.1 is).
    await page.locator('.editor-instance .monaco-editor .view-lines').click();
    // Go to line and column through Quick Open, as a user would type it.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(':10:93');
    await page.keyboard.press('Enter');
    await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 10, Col 93' }).waitFor();
    // Ctrl+. right after the cursor lands can be swallowed while Quick Open hands focus back:
    // press again until the menu shows, within a deadline.
    const menu = page.locator('.action-widget .monaco-list-row');
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.keyboard.press('Control+.');
      const shown = await menu.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (Date.now() > deadline) throw new Error('Ctrl+. never showed the quick-fix menu');
    }
    const offered = await menu.allTextContents();
    await workbench.screenshot('quick-fix-menu');
    assert.ok(offered.length > 0);
    await page.keyboard.press('Enter');
    assert.match(offered[1] ?? '', /^Bold the best AP in row bottle: 94\.1/);
    // The preferred fix is first: 94.1 is bold already, so it unbolds 90.2, and the finding goes.
    await page.locator('.markers-panel .monaco-list-row[aria-label^="22 problems in file README.md"]').waitFor({ timeout: 30_000 });
    assert.doesNotMatch(await editorText(page), /\*\*90\.2\*\*/);
    await workbench.screenshot('after-quick-fix');
    console.log(`      offered: ${offered.join(' | ')}`);
  });

  it('runs Chart Table from the command palette and shows the chart in a webview', async () => {
    const { page } = workbench;
    // The cursor is still in the first table (line 10), whose AUC chart has 15 rows x 5 methods.
    await page.locator('.editor-instance .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('Results Tables: Chart Table');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Chart Table' }).first().waitFor();
    await page.keyboard.press('Enter');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    // The chart is drawn: 15 category rows + the Average row, 5 methods each, 80 bars, plus axes.
    await frame.locator('#chart svg').waitFor({ timeout: 60_000 });
    await expectSoon(async () => (await frame.locator('#chart svg path').count()) >= 80, 'at least 80 bars');
    for (const method of ['DRAEM', 'PRN', 'DFMGAN', 'AnoDiff', 'Ours']) {
      await frame.locator('button', { hasText: method }).first().waitFor();
    }
    // The quick fix above left 19 of table 1's 20 problems.
    await frame.getByText('19 problems in this table.').waitFor();
    console.log(`      screenshot: ${await workbench.screenshot('chart-panel')}`);
  });
});
