/**
 * The one place that reads `resultsTables.*` settings and turns them into the core's plain
 * options, per resource (workspace folder or file). Bad values are ignored, never thrown: VS
 * Code already flags them in settings.json against the contributed schema.
 */
import * as vscode from 'vscode';
import type { CheckOptions } from '../core/config/options';
import { core } from './core';

export const SECTION = 'resultsTables';

/** The check options for a document. */
export function readOptions(scope: vscode.ConfigurationScope | undefined): CheckOptions {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { optionsFromSettings, SETTING_KEYS } = core();
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) settings[key] = config.get(key);
  return optionsFromSettings(settings).options;
}

/** Default of `resultsTables.maxFileSizeForTyping`: a full check costs about 100 ms per MB. */
export const MAX_FILE_SIZE_FOR_TYPING = 1_000_000;

/**
 * Largest document, in characters, re-checked while typing (`resultsTables.maxFileSizeForTyping`);
 * larger ones are checked on open and save only. A bad value falls back to the default.
 */
export function maxFileSizeForTyping(scope: vscode.ConfigurationScope | undefined): number {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('maxFileSizeForTyping');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : MAX_FILE_SIZE_FOR_TYPING;
}

/** Whether a configuration change may change findings. */
export function affectsChecks(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
