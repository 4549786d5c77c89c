// Wakes a log follower when its file may have grown: on a directory watch event (inotify, fast) or
// on a poll tick (for filesystems where watching misses events, and while the directory does not
// exist yet), and ends the wait when the reader is aborted or its `until` promise settles.
import { watch } from "node:fs";
import type { FSWatcher } from "node:fs";
import { dirname } from "node:path";

export class ChangeWaiter {
  readonly #dir: string;
  readonly #pollIntervalMs: number;
  readonly #signal: AbortSignal | undefined;
  #watcher: FSWatcher | undefined;
  #wake: (() => void) | undefined;
  #changed = false;
  #untilSettled = false;

  constructor(path: string, pollIntervalMs: number, signal: AbortSignal | undefined, until: PromiseLike<unknown> | undefined) {
    this.#dir = dirname(path);
    this.#pollIntervalMs = pollIntervalMs;
    this.#signal = signal;
    signal?.addEventListener("abort", this.#notify, { once: true });
    const settle = () => {
      this.#untilSettled = true;
      this.#notify();
    };
    until?.then(settle, settle);
  }

  get aborted(): boolean {
    return this.#signal?.aborted ?? false;
  }

  /** True once `until` settled: the follower drains the file one last time and ends. */
  get untilSettled(): boolean {
    return this.#untilSettled;
  }

  /** Resolves after the next change, poll tick, abort or `until`. */
  async wait(): Promise<void> {
    this.#ensureWatcher();
    if (this.#changed || this.aborted || this.#untilSettled) {
      this.#changed = false;
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.#wake = resolve;
      timer = setTimeout(resolve, this.#pollIntervalMs);
    });
    clearTimeout(timer);
    this.#wake = undefined;
    this.#changed = false;
  }

  close(): void {
    this.#signal?.removeEventListener("abort", this.#notify);
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  readonly #notify = (): void => {
    this.#changed = true;
    this.#wake?.();
  };

  #ensureWatcher(): void {
    if (this.#watcher) return;
    try {
      this.#watcher = watch(this.#dir, { persistent: false }, this.#notify);
      this.#watcher.on("error", () => {
        this.#watcher?.close();
        this.#watcher = undefined;
      });
    } catch {
      // The directory does not exist yet (or cannot be watched): polling covers it.
    }
  }
}
