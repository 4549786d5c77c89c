// Which free slot of a range to try first. Random probes spread concurrent allocators (two API
// replicas rarely try the same slot, so compare-and-set rarely loses); once they keep hitting
// taken slots the range is crowded, and the caller scans what is left instead.

/** `count` distinct random indexes of a range of `size` (fewer when the range is smaller). */
export function randomProbes(size: number, count: number, random: (max: number) => number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, size)) picked.add(random(size));
  return [...picked];
}

/** Every index of a range of `size` once, from `start` onwards and wrapping around, except `skip`. */
export function* scanFrom(size: number, start: number, skip: (index: number) => boolean): Generator<number> {
  for (let step = 0; step < size; step++) {
    const index = (start + step) % size;
    if (!skip(index)) yield index;
  }
}
