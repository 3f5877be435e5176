/**
 * Runs long work in `dist/check-worker.js` (one worker thread, started on first use): checks,
 * format-all and fix-all of documents too large to handle on the extension host's thread.
 *
 * Work can be cancelled: a check superseded by a newer check of the same document, or whose
 * document closed, and any job whose VS Code cancellation token fires. The worker then stops
 * before its next table (or never starts it) and answers that it was cancelled. The worker is
 * restarted if it dies, so a crash there never takes the extension host with it.
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/config/options';
import type { LineSpan } from '../core/fixes/fixAll';
import type { FormatResult } from '../core/format/format';
import type { Finding, Range, TextEdit } from '../core/types';
import type { Cancelled, WorkerJob, WorkerReply, WorkerRequest, WorkerResults } from './checkWorker';

/** What a job in the worker gives: its result, or how far it got before it was cancelled. */
export type WorkerAnswer<T> = { readonly result: T; readonly cancelled?: undefined } | { readonly result?: undefined; readonly cancelled: Cancelled };

/** The part of `vscode.CancellationToken` used here, so that this file needs no `vscode`. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
}

export class CoreWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The newest check's cancellation flag, by document. */
  private readonly checks = new Map<string, Int32Array>();

  constructor(private readonly extensionPath: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // Required on the first large document only, so that activation does not load it.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'check-worker.js'));
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      pending?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the check worker exited with code ${code}`)));
    // An idle worker must not keep the extension host (or a test run) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Posts a job with its flag and waits for the answer; cancelled at once if `signal` already is. */
  private async run<K extends WorkerJob['kind']>(job: WorkerJob & { kind: K }, flag: Int32Array, signal?: CancellationSignal): Promise<WorkerAnswer<WorkerResults[K]>> {
    if (signal?.isCancellationRequested) return { cancelled: { asked: 0 } };
    const listener = signal?.onCancellationRequested(() => Atomics.store(flag, 0, 1));
    const id = this.nextId++;
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        const request: WorkerRequest = { id, job, cancel: flag };
        this.start().postMessage(request);
      });
      if (reply.cancelled) return { cancelled: reply.cancelled };
      if (reply.result === undefined) throw new Error(reply.error ?? 'the check worker failed');
      return { result: reply.result as WorkerResults[K] };
    } finally {
      listener?.dispose();
    }
  }

  /**
   * Checks `text`, the content of document `key`, cancelling the document's previous check if
   * it is still running or queued. The width function stays here: the worker uses its own
   * default.
   */
  check(key: string, text: string, options: CheckOptions): Promise<WorkerAnswer<Finding[]>> {
    const { stringWidth: _width, ...plain } = options;
    this.cancel(key);
    const flag = newFlag();
    this.checks.set(key, flag);
    return this.run({ kind: 'check', text, options: plain }, flag).finally(() => {
      if (this.checks.get(key) === flag) this.checks.delete(key);
    });
  }

  /** Formats the tables of `text` (those in `range`, if given), as `formatDocument` does. */
  format(text: string, range: Range | undefined, signal?: CancellationSignal): Promise<WorkerAnswer<FormatResult>> {
    return this.run(range ? { kind: 'format', text, range } : { kind: 'format', text }, newFlag(), signal);
  }

  /** The edits of fix-all over `span` (or all of `text`), as `minimalEdit` of `fixAll` gives them. */
  fixAll(text: string, options: CheckOptions, span: LineSpan | undefined, signal?: CancellationSignal): Promise<WorkerAnswer<TextEdit[]>> {
    const { stringWidth: _width, ...plain } = options;
    return this.run(span ? { kind: 'fixAll', text, options: plain, span } : { kind: 'fixAll', text, options: plain }, newFlag(), signal);
  }

  /** Cancels document `key`'s check, if one is running or queued. */
  cancel(key: string): void {
    const flag = this.checks.get(key);
    if (flag) Atomics.store(flag, 0, 1);
    this.checks.delete(key);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
    this.checks.clear();
  }
}

/** A cancellation flag the worker can read while it works: one Int32 in shared memory. */
function newFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}
