/**
 * The entry of dist/check-worker.js: a worker thread that does the long work on documents
 * larger than `resultsTables.maxFileSizeForTyping` (checking them, formatting all their tables,
 * fixing all their problems) off the extension host's event loop, so that a 5 MB README never
 * freezes the editor's extensions. Requests and answers are plain data and cross the thread
 * boundary as they are. The worker loads the extension's own core bundle (dist/core.js) rather
 * than a copy of it.
 *
 * Each request carries a cancellation flag in shared memory: the host raises it when a newer
 * check of the same document supersedes this one, the document closes, or VS Code cancels the
 * format or code action that asked. The worker reads it before each table (and each pass of
 * fix-all), so cancelled work stops within one table, and work still queued behind another
 * never starts.
 */
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import type { LineSpan } from '../core/fixes/fixAll';
import type { FormatResult } from '../core/format/format';
import type { Finding, Range, TextEdit } from '../core/types';
import { core } from './core';

/** The work a request asks for. */
export type WorkerJob =
  | { readonly kind: 'check'; readonly text: string; readonly options: CheckOptions }
  | { readonly kind: 'format'; readonly text: string; readonly range?: Range }
  | { readonly kind: 'fixAll'; readonly text: string; readonly options: CheckOptions; readonly span?: LineSpan };

/** What each kind of job gives when it runs to its end. */
export interface WorkerResults {
  readonly check: Finding[];
  readonly format: FormatResult;
  /** Fix-all as one edit of the lines that change (none when nothing does). */
  readonly fixAll: TextEdit[];
}

/** A request from the extension host. */
export interface WorkerRequest {
  readonly id: number;
  readonly job: WorkerJob;
  /** One Int32 over a SharedArrayBuffer: non-zero once the host cancels the request. */
  readonly cancel: Int32Array;
}

/** How far cancelled work got: how many times it asked whether to go on (once per table). */
export interface Cancelled {
  readonly asked: number;
}

/** The worker's answer: the job's result, or that it was cancelled, or an error. */
export interface WorkerReply {
  readonly id: number;
  readonly result?: WorkerResults[WorkerJob['kind']];
  readonly cancelled?: Cancelled;
  readonly error?: string;
}

/** Runs a job; undefined when `cancelled` said yes before it was done. */
function run(job: WorkerJob, cancelled: () => boolean): WorkerResults[WorkerJob['kind']] | undefined {
  const c = core();
  switch (job.kind) {
    case 'check':
      return c.checkDocumentUnless(job.text, job.options, cancelled).findings;
    case 'format':
      return c.formatDocumentUnless(job.text, job.range ? { range: job.range } : {}, cancelled);
    case 'fixAll': {
      const fixed = c.fixAllUnless(job.text, job.options, job.span, cancelled);
      return fixed === undefined ? undefined : c.minimalEdit(job.text, fixed);
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    let asked = 0;
    const cancelled = () => (asked++, Atomics.load(request.cancel, 0) !== 0);
    // Work cancelled while it was queued never starts.
    const result = Atomics.load(request.cancel, 0) !== 0 ? undefined : run(request.job, cancelled);
    reply = result === undefined ? { id: request.id, cancelled: { asked } } : { id: request.id, result };
  } catch (error) {
    reply = { id: request.id, error: String(error) };
  }
  parentPort!.postMessage(reply);
});
