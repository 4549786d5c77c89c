// kube-scheduler's activeQ order: higher spec.priority first, then first come first served.
// A binary heap of keys; the queue skips entries that are no longer active when it pops.
interface Entry {
  readonly key: string;
  readonly priority: number;
  readonly seq: number;
}

function before(a: Entry, b: Entry): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.seq < b.seq;
}

export class ActiveHeap {
  #entries: Entry[] = [];
  #seq = 0;

  get length(): number {
    return this.#entries.length;
  }

  push(key: string, priority: number): void {
    const entries = this.#entries;
    entries.push({ key, priority, seq: this.#seq++ });
    let i = entries.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entries[i], entries[parent])) break;
      [entries[i], entries[parent]] = [entries[parent], entries[i]];
      i = parent;
    }
  }

  shift(): string | undefined {
    const entries = this.#entries;
    if (entries.length === 0) return undefined;
    const top = entries[0];
    const last = entries.pop() as Entry;
    if (entries.length > 0) {
      entries[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < entries.length && before(entries[left], entries[best])) best = left;
        if (right < entries.length && before(entries[right], entries[best])) best = right;
        if (best === i) break;
        [entries[i], entries[best]] = [entries[best], entries[i]];
        i = best;
      }
    }
    return top.key;
  }

  clear(): void {
    this.#entries = [];
  }
}
