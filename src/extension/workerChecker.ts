/**
 * Runs checks in `dist/check-worker.js` (one worker thread, started on first use). A request
 * superseded by a newer one for the same document is dropped when its answer arrives, and the
 * worker is restarted if it dies, so a crash there never takes the extension host with it.
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/config/options';
import type { Finding } from '../core/types';

interface Pending {
  readonly resolve: (findings: Finding[]) => void;
  readonly reject: (error: Error) => void;
}

export class WorkerChecker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly extensionPath: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // Required on the first large document only, so that activation does not load it.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'check-worker.js'));
    worker.on('message', (message: { id: number; findings?: Finding[]; error?: string }) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!pending) return;
      if (message.findings) pending.resolve(message.findings);
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

  /** Checks `text` in the worker. The width function stays here: the worker uses its own default. */
  check(text: string, options: CheckOptions): Promise<Finding[]> {
    const { stringWidth: _width, ...plain } = options;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, text, options: plain });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
  }
}
