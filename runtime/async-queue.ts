// A queue that producers push into and one consumer drains with `for await`: the iterator waits
// while the queue is empty, ends after end() (once drained) or close() (at once), and throws what
// fail() was given.
import { Fifo } from "./fifo.ts";

export class AsyncQueue<T> implements AsyncIterable<T> {
  readonly #items = new Fifo<T>();
  #wake: (() => void) | undefined;
  #closed = false;
  #ended = false;
  #failure: Error | undefined;

  push(item: T): void {
    if (this.#closed || this.#ended) return;
    this.#items.push(item);
    this.#wake?.();
  }

  /** Ends the iteration with `error` once the items already queued are consumed. */
  fail(error: Error): void {
    this.#failure = error;
    this.#wake?.();
  }

  /** Ends the iteration once the items already queued are consumed; later pushes are ignored. */
  end(): void {
    this.#ended = true;
    this.#wake?.();
  }

  /** Ends the iteration now; queued items are dropped. */
  close(): void {
    this.#closed = true;
    this.#items.clear();
    this.#wake?.();
  }

  get closed(): boolean {
    return this.#closed;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    while (!this.#closed) {
      if (this.#items.length > 0) {
        yield this.#items.shift() as T;
        continue;
      }
      if (this.#failure) throw this.#failure;
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }
}
