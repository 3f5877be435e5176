/**
 * Runs checks in `dist/check-worker.js` (one worker thread, started on first use). A request
 * superseded by a newer one for the same document, or whose document closed, is cancelled: the
 * worker stops it before its next table (or never starts it) and answers that it was cancelled.
 * The worker is restarted if it dies, so a crash there never takes the extension host with it.
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/config/options';
import type { Finding } from '../core/types';
import type { CheckReply, CheckRequest } from './checkWorker';

/** What a check in the worker gives: findings, or how far it got before it was cancelled. */
export type WorkerAnswer =
  | { readonly findings: Finding[]; readonly cancelled?: undefined }
  | { readonly findings?: undefined; readonly cancelled: { readonly checkedTables: number; readonly tableCount: number } };

interface Pending {
  readonly resolve: (answer: WorkerAnswer) => void;
  readonly reject: (error: Error) => void;
}

export class WorkerChecker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The newest request's cancellation flag, by document. */
  private readonly flags = new Map<string, Int32Array>();

  constructor(private readonly extensionPath: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // Required on the first large document only, so that activation does not load it.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'check-worker.js'));
    worker.on('message', (message: CheckReply) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!pending) return;
      if (message.findings) pending.resolve({ findings: message.findings });
      else if (message.cancelled) pending.resolve({ cancelled: message.cancelled });
      else pending.reject(new Error(message.error ?? 'the check worker failed'));
    });
    const fail = (error: Error) => {
      this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the check worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /**
   * Checks `text`, the content of document `key`, in the worker, cancelling the document's
   * previous check if it is still running or queued. The width function stays here: the
   * worker uses its own default.
   */
  check(key: string, text: string, options: CheckOptions): Promise<WorkerAnswer> {
    const { stringWidth: _width, ...plain } = options;
    const id = this.nextId++;
    this.cancel(key);
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    this.flags.set(key, cancel);
    return new Promise<WorkerAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: CheckRequest = { id, text, options: plain, cancel };
      this.start().postMessage(request);
    }).finally(() => {
      if (this.flags.get(key) === cancel) this.flags.delete(key);
    });
  }

  /** Cancels document `key`'s check, if one is running or queued. */
  cancel(key: string): void {
    const flag = this.flags.get(key);
    if (flag) Atomics.store(flag, 0, 1);
    this.flags.delete(key);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
    this.flags.clear();
  }
}
