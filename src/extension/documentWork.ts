/**
 * Format-all and fix-all of a whole document, wherever they can run without freezing the
 * editor: on the extension host's thread for a document up to
 * `resultsTables.maxFileSizeForTyping` (some 150 ms at most), in the worker thread for a larger
 * one (format-all of 5 MB takes the core about 0.8 s, fix-all about 1 s). There VS Code's
 * cancellation token reaches the worker, which stops before its next table; a cancelled or
 * outdated result is given as undefined, never applied.
 */
import type * as vscode from 'vscode';
import type { LineSpan } from '../core/fixes/fixAll';
import type { FormatResult } from '../core/format/format';
import type { Range, TextEdit } from '../core/types';
import { core } from './core';
import { isLarge } from './documentFindings';
import { readOptions } from './settings';
import type { CoreWorker, WorkerAnswer } from './coreWorker';

export class DocumentWork {
  constructor(private readonly worker: CoreWorker) {}

  /** Formats the document's tables (those in `range`, if given), as `formatDocument` does. */
  format(document: vscode.TextDocument, range: Range | undefined, token?: vscode.CancellationToken): Promise<FormatResult | undefined> {
    const text = document.getText();
    if (!isLarge(document)) return Promise.resolve(core().formatDocument(text, range ? { range } : {}));
    return this.current(document, this.worker.format(text, range, token));
  }

  /** The edits of fix-all over `span` (or the whole document). */
  fixAllEdits(document: vscode.TextDocument, span?: LineSpan, token?: vscode.CancellationToken): Promise<TextEdit[] | undefined> {
    const text = document.getText();
    const options = readOptions(document);
    if (!isLarge(document)) {
      const { fixAll, minimalEdit } = core();
      return Promise.resolve(minimalEdit(text, fixAll(text, options, span)));
    }
    return this.current(document, this.worker.fixAll(text, options, span, token));
  }

  /** The worker's result, unless it was cancelled or the document changed meanwhile. */
  private async current<T>(document: vscode.TextDocument, answer: Promise<WorkerAnswer<T>>): Promise<T | undefined> {
    const version = document.version;
    const { result } = await answer;
    return document.isClosed || document.version !== version ? undefined : result;
  }
}
