// CPU usage as a rate: cores used between two cumulative samples of one container, as
// metrics-server computes it from the kubelet's two latest cumulative CPU figures.

export interface CpuSample {
  cpuSeconds: number;
  /** When it was taken, in milliseconds (any monotonic clock). */
  atMs: number;
}

/** Cores used between `previous` and `current`; undefined without a usable earlier sample (none, same time, or a counter that went back: a restarted container). */
export function cpuCores(previous: CpuSample | undefined, current: CpuSample): number | undefined {
  if (!previous) return undefined;
  const elapsedSeconds = (current.atMs - previous.atMs) / 1000;
  const used = current.cpuSeconds - previous.cpuSeconds;
  if (elapsedSeconds <= 0 || used < 0) return undefined;
  return used / elapsedSeconds;
}
