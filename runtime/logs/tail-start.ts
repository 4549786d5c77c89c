// Where to start reading one subject of the logs stream so that about its last N lines arrive,
// not everything the stream keeps (a `--tail 10` over a gigabyte of logs). The stream interleaves
// every container's lines, so the guess spreads N over the subject's share of the sequence space;
// a reader that finds too few pending messages widens the window and asks again. Pure.

export interface SubjectExtent {
  /** The stream's first sequence. */
  firstSeq: number;
  /** The subject's last message's sequence. */
  lastSeq: number;
  /** Messages of the subject in the stream. */
  count: number;
}

/** The first sequence of a window holding about `tail` of the subject's messages, widened `attempt` times (x4 each). */
export function tailStartSeq(extent: SubjectExtent, tail: number, attempt = 0): number {
  const span = Math.max(1, extent.lastSeq - extent.firstSeq + 1);
  const density = Math.min(1, extent.count / span);
  const window = Math.ceil(((Math.max(1, tail) / Math.max(density, Number.EPSILON)) * 1.25 + 1) * 4 ** attempt);
  return Math.max(extent.firstSeq, extent.lastSeq - window + 1);
}
