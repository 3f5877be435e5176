/**
 * One place that knows the findings and the analysis of each open Markdown document, computed
 * at most once per document version: the diagnostics, quick fixes, hovers, CodeLens and chart
 * panel all ask here instead of checking the whole text again. Findings come from a
 * per-document incremental checker, so a check after typing re-analyses only around the edit.
 *
 * Documents larger than `resultsTables.maxFileSizeForTyping` are checked in a worker thread, on
 * open and on save only: the extension host never blocks on them. Between those checks the
 * providers get the last findings (`current` is false), and hovers and CodeLens, which need the
 * whole analysis, are not offered for them.
 */
import * as vscode from 'vscode';
import type { AnalyzedDocument } from '../core/check';
import type { IncrementalChecker } from '../core/incremental';
import type { Finding } from '../core/types';
import { core } from './core';
import { maxFileSizeForTyping, readOptions } from './settings';
import type { CoreWorker } from './coreWorker';

interface Entry {
  readonly checker: IncrementalChecker;
  /** The version `findings` are for (from the checker, or from the worker). */
  version: number;
  findings: Finding[];
  /** The version the incremental checker last checked, whose analysis it holds. */
  checkerVersion: number;
}

/** Findings with the version they were computed for. */
export interface VersionedFindings {
  readonly findings: readonly Finding[];
  /** Whether they are for the document's current text. */
  readonly current: boolean;
}

/**
 * The document's length in characters, a line break counting one (as in markdown-it's source,
 * which the preview plugin measures against the same limit), without copying its text.
 */
export function documentLength(document: vscode.TextDocument): number {
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return document.eol === vscode.EndOfLine.CRLF ? length - (document.lineCount - 1) : length;
}

/** Whether a document is too large to check on every keystroke. */
export function isLarge(document: vscode.TextDocument): boolean {
  return documentLength(document) > maxFileSizeForTyping(document);
}

export class DocumentFindings implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => {
    const key = document.uri.toString();
    this.entries.delete(key);
    this.worker.cancel(key);
  });

  /** `worker` checks the large documents; its owner disposes of it. */
  constructor(private readonly worker: CoreWorker) {}

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { checker: new (core().IncrementalChecker)(), version: -1, findings: [], checkerVersion: -1 }));
    return entry;
  }

  /**
   * Checks a large document in the worker thread. Resolves with its findings, or with
   * undefined when the document changed or closed meanwhile, or a newer check cancelled this one.
   */
  async checkInWorker(document: vscode.TextDocument): Promise<Finding[] | undefined> {
    const version = document.version;
    const { result: findings } = await this.worker.check(document.uri.toString(), document.getText(), readOptions(document));
    if (!findings || document.isClosed || document.version !== version) return undefined;
    const entry = this.entry(document);
    entry.findings = findings;
    entry.version = version;
    return findings;
  }

  /** Checks the document now (whatever its size) and returns its findings. */
  check(document: vscode.TextDocument): Finding[] {
    const entry = this.entry(document);
    if (entry.version !== document.version) this.runChecker(entry, document);
    return entry.findings;
  }

  private runChecker(entry: Entry, document: vscode.TextDocument): void {
    entry.findings = entry.checker.check(document.getText(), readOptions(document));
    entry.version = entry.checkerVersion = document.version;
  }

  /** Forgets every result, so that the next request checks again (after a settings change). */
  invalidate(): void {
    for (const entry of this.entries.values()) entry.version = entry.checkerVersion = -1;
  }

  /** The findings for a provider: current ones, or for a large document being typed in, the last ones. */
  findings(document: vscode.TextDocument): VersionedFindings {
    if (isLarge(document)) {
      // Never checked here: the worker's last answer, current or not.
      const entry = this.entries.get(document.uri.toString());
      return { findings: entry?.findings ?? [], current: entry !== undefined && entry.version === document.version };
    }
    return { findings: this.check(document), current: true };
  }

  /**
   * The understood tables of the document, undefined for a large document: the incremental
   * checker's own models, so that after an edit only the touched table was analysed again.
   */
  analysis(document: vscode.TextDocument): AnalyzedDocument | undefined {
    if (isLarge(document)) return undefined;
    const entry = this.entry(document);
    if (entry.checkerVersion !== document.version) this.runChecker(entry, document);
    return entry.checker.analysis();
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
