/**
 * The one place that reads `resultsTables.*` settings and turns them into the core's plain
 * options, per resource (workspace folder or file). Bad values are ignored, never thrown.
 */
import * as vscode from 'vscode';
import type { CheckOptions, Level } from '../core/config/options';
import { CODES } from '../core/rules';

export const SECTION = 'resultsTables';

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** The check options for a document. */
export function readOptions(scope: vscode.ConfigurationScope | undefined): CheckOptions {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const severity: Record<string, Level> = {};
  const checks = config.get<unknown>('checks');
  if (checks && typeof checks === 'object') {
    for (const [code, level] of Object.entries(checks as Record<string, unknown>)) {
      if (CODES.includes(code) && typeof level === 'string' && LEVELS.includes(level)) severity[code] = level as Level;
    }
  }
  const tolerance = config.get<unknown>('averageTolerance');
  const tie = config.get<unknown>('tieTolerance');
  return {
    severity,
    lowerIsBetter: strings(config.get('lowerIsBetter')),
    higherIsBetter: strings(config.get('higherIsBetter')),
    averageTolerance: typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : 'auto',
    tieTolerance: typeof tie === 'number' && Number.isFinite(tie) && tie >= 0 && tie < 1 ? tie : 0,
  };
}

/** Whether a configuration change may change findings. */
export function affectsChecks(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
