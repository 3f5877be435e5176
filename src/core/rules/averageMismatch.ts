/**
 * `average-mismatch`: a summary cell (an `Average` row or an `Avg` column) differs from the mean
 * of the values it summarises by more than rounding explains. Both the summary and its inputs
 * are rounded as displayed, so the allowed difference is half a unit of the summary's last
 * place plus half a unit of the coarsest input's (0.1 when both show one decimal).
 */
import { cellEdits } from '../fixes/cellEdits';
import type { CellRef } from '../model/groups';
import { rowLabel } from '../model/labels';
import type { ResultsTable } from '../model/resultsTable';
import { numberAt, summaries, type Summary } from '../model/summaries';
import { decimalMean, withThousands } from '../values/decimalMean';
import type { NumberValue } from '../values/parseValue';
import { formatNumber, shown, valueRange, type Rule, type RuleFinding } from './rule';

/** The values of a candidate scope, or undefined when one is missing. */
function valuesOf(model: ResultsTable, inputs: readonly CellRef[]): NumberValue[] | undefined {
  const out: NumberValue[] = [];
  for (const ref of inputs) {
    const value = numberAt(model, ref);
    if (!value) return undefined;
    out.push(value);
  }
  return out.length >= 2 ? out : undefined;
}

/** How far the reported value may be from the mean of `inputs` and still be right. */
export function averageTolerance(model: ResultsTable, reported: NumberValue, inputs: readonly NumberValue[]): number {
  if (model.options.averageTolerance !== 'auto') return model.options.averageTolerance;
  let coarsest = Infinity;
  for (const v of inputs) coarsest = Math.min(coarsest, v.decimals);
  return 0.5 * 10 ** -reported.decimals + 0.5 * 10 ** -coarsest;
}

function sumOf(values: readonly NumberValue[]): number {
  let total = 0;
  for (const v of values) total += v.value;
  return total;
}

function explains(model: ResultsTable, reported: NumberValue, inputs: readonly NumberValue[]): boolean {
  const mean = sumOf(inputs) / inputs.length;
  return Math.abs(reported.value - mean) <= averageTolerance(model, reported, inputs) * (1 + 1e-9);
}

function mismatch(model: ResultsTable, lines: readonly string[], summary: Summary): RuleFinding | undefined {
  const reported = numberAt(model, summary.target);
  if (!reported) return undefined;
  // Candidates in order, stopping at the first that explains the summary (the common case):
  // a finding reports on the first candidate whose values are all there.
  let first: { inputs: readonly CellRef[]; values: NumberValue[] } | undefined;
  for (const candidate of summary.candidates) {
    const candidateValues = valuesOf(model, candidate);
    if (!candidateValues) continue;
    if (explains(model, reported, candidateValues)) return undefined;
    first ??= { inputs: candidate, values: candidateValues };
  }
  if (!first) return undefined;
  const { inputs, values } = first;
  const sum = sumOf(values);
  // A loop, not Math.max(...): spreading a 100,000-row column overflows the stack. Places are
  // capped at 100, all toFixed accepts.
  let inputDecimals = 0;
  for (const v of values) inputDecimals = Math.max(inputDecimals, v.decimals);
  inputDecimals = Math.min(100, inputDecimals);
  const places = Math.min(100, reported.decimals);
  const tolerance = averageTolerance(model, reported, values);
  const allowed = formatNumber(tolerance, Math.max(places, inputDecimals) + 1);
  const message =
    `${summary.name} is ${shown(model, summary.target)}, but the mean of its ${values.length} values is ` +
    `${(sum / values.length).toFixed(Math.min(100, places + 2))} (${sum.toFixed(inputDecimals)} / ${values.length}); ` +
    (model.options.averageTolerance === 'auto'
      ? `rounding explains a difference of at most ${allowed}.`
      : `the tolerance set (averageTolerance or a tolerance= directive) allows at most ${allowed}.`);
  const acrossRow = inputs.every((ref) => ref.row === summary.target.row);
  const cell = model.table.rows[summary.target.row]!.cells[summary.target.column]!;
  const written = cell.text.slice(reported.numberStart, reported.numberEnd);
  // The mean at the cell's precision; a tolerance set tighter than that precision allows needs
  // more decimals, and when a few more do not do, no fix is offered rather than one that
  // leaves the finding in place.
  const mean = sum / values.length;
  const meanAt = (digits: number) => decimalMean(values.map((v) => v.value), values.map((v) => v.decimals), digits);
  const passes = (written: string) => Math.abs(Number(written) - mean) <= tolerance * (1 + 1e-9);
  let digits = places;
  let corrected = meanAt(digits);
  while (!passes(corrected) && digits < Math.min(100, places + 6)) corrected = meanAt(++digits);
  const fixable = passes(corrected);
  // Keep the author's minus sign (ASCII or Unicode) and thousands separators; never write -0.
  if (/^-0(\.0*)?$/.test(corrected)) corrected = corrected.slice(1);
  if (written.includes(',')) corrected = withThousands(corrected);
  if (written.startsWith('−')) corrected = corrected.replace('-', '−');
  const fixed = cell.text.slice(0, reported.numberStart) + corrected + cell.text.slice(reported.numberEnd);
  return {
    range: valueRange(model, summary.target),
    message,
    ...(fixable
      ? {
          fix: {
            title: `Replace ${written} with the mean ${corrected}`,
            edits: cellEdits(model, lines, [{ ref: summary.target, text: fixed }]),
            preferred: true,
          },
        }
      : {}),
    related: inputs.map((ref) => ({
      range: valueRange(model, ref),
      message: `${acrossRow ? model.columns[ref.column]!.header : rowLabel(model, ref.row)}: ${shown(model, ref)}`,
    })),
  };
}

export const averageMismatch: Rule = {
  code: 'average-mismatch',
  description: 'An Average/Mean row or column differs from the mean of the values it summarises by more than rounding explains.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    for (const summary of summaries(model)) {
      const found = mismatch(model, lines, summary);
      if (found) findings.push(found);
    }
    return findings;
  },
};
