/**
 * Whether a metric is better high or low, and why. In order: an arrow in its header, a
 * directive before the table, a caption near the table that says so, the user's settings,
 * the built-in list of metrics that are better low; otherwise higher is better.
 */
import { matchesPattern } from '../config/options';

export type Direction = 'higher' | 'lower';

/** Why a direction was chosen; the hover explains it. */
export type DirectionReason = 'arrow' | 'directive' | 'caption' | 'setting' | 'builtin' | 'default';

export interface DirectionInfo {
  readonly direction: Direction;
  readonly reason: DirectionReason;
}

/**
 * Metrics that are better when lower. Each is matched as a whole word, case-insensitively,
 * anywhere in the header (`Top-1 Err`, `Latency (ms)`, `Params (M)`).
 */
export const LOWER_IS_BETTER: readonly string[] = [
  'FID', 'KID', 'LPIPS', 'error', 'errors', 'err', 'loss', 'latency', 'time', 'runtime', 'ms', 'sec',
  'params', 'param', '#params', 'parameters', 'FLOPs', 'GFLOPs', 'MACs', 'memory', 'mem', 'VRAM',
  'WER', 'CER', 'TER', 'perplexity', 'PPL', 'MAE', 'MSE', 'RMSE', 'EER', 'FPR', 'FNR', 'NLL',
  'bpd', 'bpc', 'EPE', 'ADE', 'FDE', 'Chamfer', 'CD', 'HD95', 'ASSD', 'ECE', 'miss rate', 'distance',
  'FVD', 'FAD', 'KL', 'AbsRel', 'Abs Rel', 'SqRel', 'Sq Rel', 'RMSE log', 'NFE', 'rank', 'MR', 'MedR',
  'HTER', 'ACER', 'APCER', 'BPCER', 'collision', 'collisions', 'hours', 'energy', 'cost', 'size', 'regret',
  'RTF', 'MnR', 'MdR', 'minDCF',
];

/**
 * Headers that name a rate or an efficiency (`Throughput`, `img/s`, `tokens per second`,
 * `Energy efficiency`, `Mean Reciprocal Rank`, `Speedup`): better high, whatever unit or word
 * of the list they hold (`sec` in `images/sec`, `energy`, `rank`).
 */
const HIGHER_WORDS =
  /(?:^|[^\p{L}\p{N}])(?:throughput|efficiency|speed-?ups?|reciprocal|fps)(?![\p{L}\p{N}])|\/\s*(?:s|secs?|seconds?|min|hours?|hr|h)(?![\p{L}\p{N}])|\bper\s+(?:second|sec|minute|hour)\b/iu;

const LOWER_WORDS = new RegExp(
  `(?:^|[^\\p{L}\\p{N}#])(?:${LOWER_IS_BETTER.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

const ARROW_DOWN = /[↓⬇▼]|\\downarrow/;
const ARROW_UP = /[↑⬆▲]|\\uparrow/;
const SAYS_LOWER = /\b(?:lower|smaller|less)\s+(?:is|=)\s+better\b/i;
const SAYS_HIGHER = /\b(?:higher|larger|greater|more)\s+(?:is|=)\s+better\b/i;

/** The direction an explicit arrow in `text` sets, if any. */
export function arrowDirection(text: string): Direction | undefined {
  const down = ARROW_DOWN.test(text);
  const up = ARROW_UP.test(text);
  if (down === up) return undefined;
  return down ? 'lower' : 'higher';
}

/** The direction a caption states for the whole table, when it states exactly one. */
export function captionDirection(caption: string): Direction | undefined {
  const lower = SAYS_LOWER.test(caption);
  const higher = SAYS_HIGHER.test(caption);
  if (lower === higher) return undefined;
  return lower ? 'lower' : 'higher';
}

/** `Rank-1`, `Rank 5`, `rank10`: the accuracy at a rank (re-identification's CMC), better high. */
const RANK_K = /(?:^|[^\p{L}\p{N}])rank[-\s]?\d+(?![\p{L}\p{N}])/giu;

/**
 * Whether a metric name is on the built-in list of lower-is-better metrics. `rank` alone is
 * (mean rank, median rank), `Rank-1` is not: it is read as if absent.
 */
export function isBuiltinLower(metric: string): boolean {
  return !HIGHER_WORDS.test(metric) && LOWER_WORDS.test(metric.replace(RANK_K, ' '));
}

/** The user's patterns, from a directive and from the settings. */
export interface DirectionPatterns {
  readonly directiveLower: readonly string[];
  readonly directiveHigher: readonly string[];
  readonly lowerIsBetter: readonly string[];
  readonly higherIsBetter: readonly string[];
}

const NO_PATTERNS: DirectionPatterns = { directiveLower: [], directiveHigher: [], lowerIsBetter: [], higherIsBetter: [] };

/** The direction of a column, given its header, the caption's statement and the user's patterns. */
export function directionOf(header: string, caption: Direction | undefined, patterns: DirectionPatterns = NO_PATTERNS): DirectionInfo {
  const arrow = arrowDirection(header) ?? captionDirection(header);
  if (arrow) return { direction: arrow, reason: 'arrow' };
  if (matchesPattern(header, patterns.directiveHigher)) return { direction: 'higher', reason: 'directive' };
  if (matchesPattern(header, patterns.directiveLower)) return { direction: 'lower', reason: 'directive' };
  if (caption) return { direction: caption, reason: 'caption' };
  if (matchesPattern(header, patterns.higherIsBetter)) return { direction: 'higher', reason: 'setting' };
  if (matchesPattern(header, patterns.lowerIsBetter)) return { direction: 'lower', reason: 'setting' };
  if (isBuiltinLower(header)) return { direction: 'lower', reason: 'builtin' };
  return { direction: 'higher', reason: 'default' };
}

/** Explains a direction in words, for the hover. */
export function explainDirection(info: DirectionInfo): string {
  const which = info.direction === 'lower' ? 'lower is better' : 'higher is better';
  const why: Record<DirectionReason, string> = {
    arrow: 'from the header (an arrow, or "lower is better")',
    directive: 'from the results-tables directive before the table',
    caption: 'from the caption next to the table',
    setting: 'from the resultsTables.lowerIsBetter / higherIsBetter settings',
    builtin: 'from the built-in list of metrics that are better low',
    default: 'the default',
  };
  return `${which} (${why[info.reason]})`;
}
