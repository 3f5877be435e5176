/**
 * Turns settings as a user writes them (VS Code's `resultsTables.*`, or the same keys in the
 * CLI's --config JSON file) into check options, with a message for every value that cannot be
 * used. The extension ignores bad values (VS Code already warns in settings.json); the CLI
 * refuses them.
 */
import { CODES } from '../rules';
import type { CheckOptions, Level } from './options';

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The setting names, without the `resultsTables.` prefix. */
export const SETTING_KEYS = ['checks', 'lowerIsBetter', 'higherIsBetter', 'averageTolerance', 'tieTolerance'] as const;

export interface SettingsResult {
  readonly options: CheckOptions;
  readonly problems: string[];
}

function patterns(key: string, value: unknown, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.push(`${key} must be a list of metric names`);
    return [];
  }
  return (value as string[]).filter((v) => v.trim() !== '');
}

/**
 * Reads settings from a plain object. Keys may carry the `resultsTables.` prefix; other keys of
 * that section (such as preview settings) are left to their own readers.
 */
export function optionsFromSettings(settings: Readonly<Record<string, unknown>>, strict = false): SettingsResult {
  const problems: string[] = [];
  const get = (key: string) => settings[key] ?? settings[`resultsTables.${key}`];
  const severity: Record<string, Level> = {};
  const checks = get('checks');
  if (checks !== undefined) {
    if (typeof checks !== 'object' || checks === null || Array.isArray(checks)) problems.push('checks must be an object of check code to severity');
    else {
      for (const [code, level] of Object.entries(checks)) {
        if (!CODES.includes(code)) problems.push(`checks: unknown check "${code}"; checks are: ${CODES.join(', ')}`);
        else if (typeof level !== 'string' || !LEVELS.includes(level)) problems.push(`checks.${code} must be one of ${LEVELS.join(', ')}`);
        else severity[code] = level as Level;
      }
    }
  }
  const tolerance = get('averageTolerance');
  let averageTolerance: 'auto' | number = 'auto';
  if (typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0) averageTolerance = tolerance;
  else if (tolerance !== undefined && tolerance !== 'auto') problems.push('averageTolerance must be "auto" or a number ≥ 0');
  const tie = get('tieTolerance');
  let tieTolerance = 0;
  if (typeof tie === 'number' && Number.isFinite(tie) && tie >= 0 && tie < 1) tieTolerance = tie;
  else if (tie !== undefined) problems.push('tieTolerance must be a number from 0 to below 1');
  if (strict) {
    for (const key of Object.keys(settings)) {
      const bare = key.replace(/^resultsTables\./, '');
      if (!(SETTING_KEYS as readonly string[]).includes(bare) && !bare.includes('.')) problems.push(`unknown setting "${key}"; settings are: ${SETTING_KEYS.join(', ')}`);
    }
  }
  return {
    options: {
      severity,
      lowerIsBetter: patterns('lowerIsBetter', get('lowerIsBetter'), problems),
      higherIsBetter: patterns('higherIsBetter', get('higherIsBetter'), problems),
      averageTolerance,
      tieTolerance,
    },
    problems,
  };
}
