/** Shared helpers for unit tests: fixture paths and compact views of findings. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../../src/core/types';

/** The repository root (tests run from `out/test/unit`, bundled). */
export const ROOT = resolve(__dirname, '..', '..', '..');

export function fixture(...parts: string[]): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** `line:col code` with 1-based line and column, as in the CLI's text output. */
export function brief(finding: Finding): string {
  return `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.code}`;
}
