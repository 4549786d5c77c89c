// How many seats a list takes, in the spirit of Kubernetes' list work estimator (seats grow with
// the objects a list returns, at most 10): a list is charged one seat per LIST_BYTES_PER_SEAT of
// the reply the same caller's same list got last time. The first list of a kind is charged one
// seat. Remembered for the LIST_WIDTH_ENTRIES most recent lists (per caller and request body).

export const LIST_BYTES_PER_SEAT = 20_000;
export const MAX_LIST_SEATS = 10;
export const LIST_WIDTH_ENTRIES = 4096;

export function widthOfReply(bytes: number): number {
  return Math.min(MAX_LIST_SEATS, Math.max(1, Math.ceil(bytes / LIST_BYTES_PER_SEAT)));
}

export class ListWidths {
  private readonly widths = new Map<string, number>();

  /** The seats the list `key` (caller and request) should take. */
  estimate(key: string): number {
    return this.widths.get(key) ?? 1;
  }

  /** The list `key` was answered with `bytes`. */
  observe(key: string, bytes: number): void {
    const width = widthOfReply(bytes);
    // Map order is insertion order: re-inserting keeps the most recent last, the oldest first.
    this.widths.delete(key);
    if (width > 1) this.widths.set(key, width);
    if (this.widths.size > LIST_WIDTH_ENTRIES) this.widths.delete(this.widths.keys().next().value as string);
  }
}
