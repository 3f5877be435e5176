/**
 * The incremental checker: the same findings as `checkDocument`, for a document checked again
 * and again as it is edited. Detection re-parses only around the edit (`scan.ts`), and a
 * table's findings are reused when its rows, its caption and the options in force for it are
 * unchanged, moved by the lines added above it. The unit tests compare it with
 * `checkDocument` after random edits.
 */
import { compareFindings, checkTable, optionsFor, type AnalyzedDocument } from '../check';
import { readDirectives } from '../config/directives';
import { tableOptions, type CheckOptions, type TableOptions } from '../config/options';
import { captionWithLines } from '../model/caption';
import { analyzeTable, type ResultsTable } from '../model/resultsTable';
import { CODES } from '../rules';
import { directiveFindings, invalidDirective } from '../rules/invalidDirective';
import type { Finding, Table } from '../types';
import { DocumentScan, type ScanChange } from './scan';
import { shiftFinding } from './shift';

interface Entry {
  readonly caption: string;
  /** Lines `[captionTop, captionBottom)` that the caption was read from, in this check's lines. */
  readonly captionTop: number;
  readonly captionBottom: number;
  /** The table's directive and disabled checks, as a comparable string. */
  readonly directive: string;
  readonly model: ResultsTable;
  readonly findings: readonly Finding[];
}

/** Options as a comparable string; a width function is compared by identity. */
function optionsKey(options: CheckOptions): string {
  return JSON.stringify(options, (key, value: unknown) => (key === 'stringWidth' ? undefined : value));
}

function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

export class IncrementalChecker {
  private readonly scan = new DocumentScan();
  private started = false;
  private options = '';
  private width: CheckOptions['stringWidth'];
  /**
   * Each table's result, by the table object: tables the edit did not touch are the same
   * objects from check to check, and the entries of tables gone are collected with them.
   */
  private cache = new WeakMap<Table, Entry>();
  private analyzed: AnalyzedDocument | undefined;

  /** Every finding in `text`, as `checkDocument(text, options)` gives them. */
  check(text: string, options: CheckOptions = {}): Finding[] {
    const key = optionsKey(options);
    let change: ScanChange;
    if (!this.started || key !== this.options || options.stringWidth !== this.width) {
      change = this.scan.reset(text);
      this.cache = new WeakMap();
      this.started = true;
      this.options = key;
      this.width = options.stringWidth;
    } else {
      change = this.scan.update(text);
    }
    // Only lines in the re-parsed window changed: a caption read from lines outside it is the same.
    const unchanged = (top: number, bottom: number) => bottom <= change.from || top >= change.to;
    const { lines, tables, htmlBlocks, moved } = this.scan;
    const directives = readDirectives(htmlBlocks, tables, CODES);
    const base = tableOptions(options);
    const perTable: Array<readonly Finding[]> = [];
    const models: ResultsTable[] = [];
    tables.forEach((table, i) => {
      const directive = directives.perTable.get(i);
      const disabled = directives.disabled.get(i);
      const directiveKey = directive || disabled ? JSON.stringify([directive ?? null, disabled ? [...disabled].sort() : null]) : '';
      const known = this.cache.get(table);
      let entry = known;
      const previous = moved.get(table);
      if (!entry && previous) {
        const old = this.cache.get(previous);
        const delta = table.startLine - previous.startLine;
        if (old) {
          // A model holds its table, which alone knows lines: the rest is unchanged by a move.
          entry = {
            ...old, captionTop: old.captionTop + delta, captionBottom: old.captionBottom + delta,
            model: { ...old.model, table }, findings: old.findings.map((f) => shiftFinding(f, delta)),
          };
        }
      }
      if (!entry || entry.directive !== directiveKey) entry = this.analyze(table, lines, optionsFor(base, directive, disabled), directiveKey);
      else if (!unchanged(entry.captionTop, entry.captionBottom)) {
        const caption = captionWithLines(lines, table.startLine, table.endLine);
        entry = caption.text === entry.caption
          ? { ...entry, captionTop: caption.top, captionBottom: caption.bottom }
          : this.analyze(table, lines, optionsFor(base, directive, disabled), directiveKey);
      }
      if (entry !== known) this.cache.set(table, entry);
      perTable.push(entry.findings);
      models.push(entry.model);
    });
    const level = base.severity[invalidDirective.code] ?? invalidDirective.defaultSeverity;
    const problems = level === 'off' ? [] : directiveFindings(directives.problems, level);
    const findings = [...problems];
    for (const list of perTable) for (const finding of list) findings.push(finding);
    this.analyzed = {
      lines,
      tables,
      models,
      chart: tables.map((_, i) => directives.perTable.get(i)?.chart ?? false),
      directiveFindings: problems,
    };
    return isSorted(findings) ? findings : findings.sort(compareFindings);
  }

  /**
   * The text last checked, understood: what `analyzeDocument` gives for it, from the models of
   * this check (tables the edit did not touch keep theirs), so that asking costs nothing.
   */
  analysis(): AnalyzedDocument | undefined {
    return this.analyzed;
  }

  /** Understands and checks one table afresh. */
  private analyze(table: Table, lines: readonly string[], options: TableOptions, directive: string): Entry {
    const caption = captionWithLines(lines, table.startLine, table.endLine);
    const model = analyzeTable(table, lines, options);
    return { caption: caption.text, captionTop: caption.top, captionBottom: caption.bottom, directive, model, findings: checkTable(model, lines).sort(compareFindings) };
  }
}
