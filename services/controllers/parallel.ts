// Runs calls over items with at most `limit` in flight: the controllers' writes in bulk (a GC
// pass, a node's evictions) without flooding the API with thousands of requests at once.

export async function forEachLimited<T>(items: readonly T[], limit: number, call: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await call(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}
