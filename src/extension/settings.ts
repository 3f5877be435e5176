/**
 * The one place that reads `resultsTables.*` settings and turns them into the core's plain
 * options, per resource (workspace folder or file). Bad values are ignored, never thrown: VS
 * Code already flags them in settings.json against the contributed schema.
 */
import * as vscode from 'vscode';
import { optionsFromSettings, SETTING_KEYS } from '../core/config/fromSettings';
import type { CheckOptions } from '../core/config/options';

export const SECTION = 'resultsTables';

/** The check options for a document. */
export function readOptions(scope: vscode.ConfigurationScope | undefined): CheckOptions {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) settings[key] = config.get(key);
  return optionsFromSettings(settings).options;
}

/** Whether a configuration change may change findings. */
export function affectsChecks(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
