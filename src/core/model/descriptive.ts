/**
 * Columns that describe a setup rather than score it: Params, FLOPs, Year, Epochs, Classes,
 * `#`… Authors neither average nor compare them, so averages leave them out and rows of
 * methods are not ranked on them.
 */
import type { ResultsTable } from './resultsTable';

const DESCRIPTIVE =
  /(?:^|[^\p{L}\p{N}])(?:params?|parameters|flops|gflops|tflops|macs|size|year|date|time|latency|memory|tokens?|fps|throughput|epochs?|steps?|iters?|iterations|resolution|res|batch(?:\s*size)?|bs|k|n|classes|layers?|dim|depth|width|heads|samples|images|shots?|seeds?|gpus?|hours|days)(?![\p{L}\p{N}])|#|\bno\./iu;

/** Whether a header names a descriptive column. */
export function isDescriptiveHeader(header: string): boolean {
  return DESCRIPTIVE.test(header);
}

/** Whether every number in the column is a whole number written without decimals. */
export function isWholeNumberColumn(model: Pick<ResultsTable, 'values' | 'summaryRows'>, column: number): boolean {
  let numbers = 0;
  for (let r = 0; r < model.values.length; r++) {
    if (model.summaryRows[r]) continue;
    const value = model.values[r]![column]!;
    if (value.kind !== 'number') continue;
    if (value.decimals > 0) return false;
    numbers++;
  }
  return numbers > 0;
}

/**
 * Whether a numeric column is descriptive: by its header, or because it holds only whole
 * numbers while the table's scores (`decimalsElsewhere`) are written with decimals.
 */
export function isDescriptiveColumn(model: ResultsTable, column: number, decimalsElsewhere: boolean): boolean {
  return isDescriptiveHeader(model.columns[column]!.header) || (decimalsElsewhere && isWholeNumberColumn(model, column));
}
