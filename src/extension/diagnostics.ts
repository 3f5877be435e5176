/**
 * Keeps the `results-tables` diagnostics of every open Markdown document up to date: checked
 * on open, re-checked after edits (debounced, and dropped when a newer version arrived in the
 * meantime), and removed on close. Each document has an incremental checker, so a re-check
 * after typing re-parses and re-analyses only around the edit; documents larger than
 * `resultsTables.maxFileSizeForTyping` are checked on open and save only.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './convert';
import { isLarge, type DocumentFindings } from './documentFindings';
import { affectsChecks } from './settings';

/** Milliseconds to wait after the last keystroke before checking again. */
const DEBOUNCE_MS = 250;

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The first check of the documents open at activation, until it has run. */
  private initial: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: DocumentFindings) {
    this.subscriptions.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.check(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.check(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsChecks(event)) return;
        this.store.invalidate();
        for (const document of vscode.workspace.textDocuments) this.check(document);
      }),
    );
    // The documents already open are checked just after activation rather than during it:
    // the first check loads the core (dist/core.js), and activation only registers providers.
    this.initial = setTimeout(() => {
      this.initial = undefined;
      for (const document of vscode.workspace.textDocuments) this.check(document);
    }, 0);
  }

  /** Checks a document now, if it is Markdown. */
  check(document: vscode.TextDocument): void {
    if (!isMarkdown(document) || document.isClosed) return;
    if (isLarge(document)) {
      // Off the event loop; an answer for an older version is dropped by the store.
      this.store.checkInWorker(document).then(
        (findings) => {
          if (findings && !document.isClosed) this.publish(document, findings);
        },
        (error: unknown) => console.error(`results-tables: checking ${document.uri.toString()} failed: ${String(error)}`),
      );
      return;
    }
    this.publish(document, this.store.check(document));
  }

  private publish(document: vscode.TextDocument, findings: readonly Finding[]): void {
    this.collection.set(
      document.uri,
      findings.map((finding) => toDiagnostic(document.uri, finding)),
    );
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isMarkdown(document)) return;
    // Huge documents wait for the save: their diagnostics stay as they were until then.
    if (isLarge(document)) return;
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer edit has its own timer; this one's text is stale.
        if (document.version === version) this.check(document);
      }, DEBOUNCE_MS),
    );
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    if (this.initial) clearTimeout(this.initial);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
