/** The workspace the VS Code tiers open: a fresh copy, so that tests may edit and save. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './codeServer';
import { REPO_ROOT } from './paths';

/** Copies `test/integration/workspace` and the real README (as `README.md`) into a new folder. */
export function makeWorkspace(): string {
  const workspace = tempDir('workspace');
  fs.cpSync(path.join(REPO_ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md'), path.join(workspace, 'README.md'));
  return workspace;
}
